package dev.plumbline.diagrams.site;

import com.structurizr.model.Element;
import dev.plumbline.diagrams.site.SiteModel.Space;
import dev.plumbline.diagrams.site.changes.ArchitectureChanges;
import dev.plumbline.diagrams.site.changes.ArchitectureChanges.Change;
import dev.plumbline.diagrams.site.changes.ArchitectureChanges.Kind;
import dev.plumbline.diagrams.site.changes.ArchitectureChanges.Subject;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The page a reviewer opens on a pull request: what changed since the revision, each item linked to its page; the
 * same as Markdown in {@code changes.md} for a pull-request comment.
 */
final class ChangesPage {

    private ChangesPage() {
    }

    static void write(Map<String, byte[]> files, SiteModel model, ArchitectureChanges.Report report) {
        StringBuilder out = new StringBuilder("<h1>Changes since ").append(Html.text(report.since())).append("</h1>\n");
        if (!report.commit().isEmpty()) {
            out.append("<p>Compared with commit <code>").append(Html.text(report.commit())).append("</code>. ");
        } else {
            out.append("<p>");
        }
        out.append("As Markdown for a pull-request comment: <a href=\"changes.md\">changes.md</a>.</p>\n");
        if (report.unavailable().isPresent()) {
            out.append("<p class=\"status status-not-run\">Not available: ")
                    .append(Html.text(report.unavailable().get())).append("</p>\n");
        } else if (report.changes().isEmpty()) {
            out.append("<p>No elements, relationships or views changed.</p>\n");
        } else {
            section(out, model, "Views", report.of(Subject.VIEW));
            section(out, model, "Elements", report.of(Subject.ELEMENT));
            section(out, model, "Relationships", report.of(Subject.RELATIONSHIP));
        }
        files.put("changes.html", Layout.page("", "Changes", out.toString()).getBytes(StandardCharsets.UTF_8));
        files.put("changes.md", report.markdown().getBytes(StandardCharsets.UTF_8));
    }

    private static void section(StringBuilder out, SiteModel model, String title, List<Change> changes) {
        if (changes.isEmpty()) {
            return;
        }
        out.append("<section><h2>").append(title).append(" (").append(changes.size()).append(")</h2>\n")
                .append("<table class=\"changes\">\n<thead><tr><th scope=\"col\">Change</th><th scope=\"col\">Workspace"
                        + "</th><th scope=\"col\">Name</th><th scope=\"col\">What changed</th></tr></thead>\n<tbody>\n");
        for (Change change : changes) {
            String kind = change.kind().name().toLowerCase(Locale.ROOT);
            Optional<String> url = change.kind() == Kind.REMOVED ? Optional.empty() : url(model, change);
            out.append("<tr class=\"").append(kind).append("\"><td>").append(kind).append("</td><td>")
                    .append(Html.text(change.workspace())).append("</td><td>")
                    .append(url.map(u -> "<a href=\"" + u + "\">" + Html.text(change.name()) + "</a>")
                            .orElse(Html.text(change.name())))
                    .append("</td><td>").append(Html.text(change.detail())).append("</td></tr>\n");
        }
        out.append("</tbody>\n</table></section>\n");
    }

    private static Optional<String> url(SiteModel model, Change change) {
        Optional<Space> space = model.spaces().stream().filter(s -> s.folder().equals(change.workspace())).findFirst();
        if (space.isEmpty()) {
            return Optional.empty();
        }
        return switch (change.subject()) {
            case VIEW -> model.views(space.get()).stream().filter(v -> v.view().getKey().equals(change.key()))
                    .findFirst().map(SiteModel.ViewPage::url);
            case ELEMENT -> element(space.get(), change.key()).map(model::elementUrl);
            case RELATIONSHIP -> element(space.get(), change.key().substring(0, change.key().indexOf(" -> ")))
                    .map(model::elementUrl);
        };
    }

    private static Optional<Element> element(Space space, String canonicalName) {
        return space.workspace().structurizr().getModel().getElements().stream()
                .filter(e -> e.getCanonicalName().equals(canonicalName)).findFirst();
    }
}
