package dev.plumbline.diagrams.site.changes;

import dev.plumbline.diagrams.site.changes.ArchitectureChanges.Change;
import dev.plumbline.diagrams.site.changes.ArchitectureChanges.Report;
import dev.plumbline.diagrams.site.changes.ArchitectureChanges.Subject;
import java.util.List;
import java.util.Locale;

/** The changes as a pull-request comment: a count line, then one table per subject. */
final class ChangesMarkdown {

    private ChangesMarkdown() {
    }

    static String write(Report report) {
        StringBuilder out = new StringBuilder("## Architecture changes since ").append(cell(report.since()));
        if (!report.commit().isEmpty()) {
            out.append(" (`").append(report.commit()).append("`)");
        }
        out.append("\n\n");
        if (report.unavailable().isPresent()) {
            return out.append("Not available: ").append(cell(report.unavailable().get())).append("\n").toString();
        }
        if (report.changes().isEmpty()) {
            return out.append("No elements, relationships or views changed.\n").toString();
        }
        out.append(String.format(Locale.ROOT, "%d elements, %d relationships and %d views added, removed or changed.\n",
                report.of(Subject.ELEMENT).size(), report.of(Subject.RELATIONSHIP).size(),
                report.of(Subject.VIEW).size()));
        section(out, "Elements", report.of(Subject.ELEMENT));
        section(out, "Relationships", report.of(Subject.RELATIONSHIP));
        section(out, "Views", report.of(Subject.VIEW));
        return out.toString();
    }

    private static void section(StringBuilder out, String title, List<Change> changes) {
        if (changes.isEmpty()) {
            return;
        }
        out.append("\n### ").append(title).append("\n\n| Change | Workspace | Name | What changed |\n|---|---|---|---|\n");
        for (Change change : changes) {
            out.append("| ").append(change.kind().name().toLowerCase(Locale.ROOT)).append(" | ")
                    .append(cell(change.workspace())).append(" | ").append(cell(change.name())).append(" | ")
                    .append(cell(change.detail())).append(" |\n");
        }
    }

    /** A table cell that cannot break the table or inject markup: pipes, newlines and HTML escaped. */
    private static String cell(String text) {
        return text.replace("\\", "\\\\").replace("|", "\\|").replace("<", "&lt;").replace(">", "&gt;")
                .replace("\r", " ").replace("\n", " ");
    }
}
