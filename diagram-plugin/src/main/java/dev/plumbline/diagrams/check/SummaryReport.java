package dev.plumbline.diagrams.check;

import dev.plumbline.model.Finding;
import static dev.plumbline.diagrams.reports.Reports.markdownCell;
import static dev.plumbline.diagrams.reports.Reports.xml;

import dev.plumbline.diagrams.check.DocsCheck.CheckRun;
import dev.plumbline.diagrams.check.DocsCheck.Checked;
import dev.plumbline.diagrams.check.DocsCheck.Reported;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** A summary for the documentation site: per-document counts and every finding, as Markdown or as plain HTML. */
final class SummaryReport {

    private record Row(String document, int diagrams, int matched, long errors, long warnings) {
    }

    private SummaryReport() {
    }

    static String markdown(CheckRun run) {
        StringBuilder out = new StringBuilder("# Architecture drift check\n\n").append(headline(run)).append("\n\n");
        out.append("| Document | Diagrams | Matched to a view | Errors | Warnings |\n|---|---:|---:|---:|---:|\n");
        for (Row row : rows(run)) {
            out.append("| ").append(markdownCell(row.document())).append(" | ").append(row.diagrams()).append(" | ")
                    .append(row.matched()).append(" | ").append(row.errors()).append(" | ").append(row.warnings())
                    .append(" |\n");
        }
        if (!run.reported().isEmpty()) {
            out.append("\n## Findings\n\n| Location | Severity | Rule | Message |\n|---|---|---|---|\n");
            for (Reported r : run.reported()) {
                Finding f = r.issue().finding();
                out.append("| ").append(markdownCell(f.file() + ":" + f.line())).append(" | ")
                        .append(severity(r)).append(" | ").append(r.issue().rule().id()).append(" | ")
                        .append(markdownCell(f.message())).append(" |\n");
            }
        }
        return out.toString();
    }

    static String html(CheckRun run) {
        StringBuilder out = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<title>Architecture drift check</title>\n</head>\n<body>\n")
                .append("<h1>Architecture drift check</h1>\n<p>").append(xml(headline(run))).append("</p>\n")
                .append("<table>\n<thead><tr><th>Document</th><th>Diagrams</th><th>Matched to a view</th>")
                .append("<th>Errors</th><th>Warnings</th></tr></thead>\n<tbody>\n");
        for (Row row : rows(run)) {
            out.append("<tr><td>").append(xml(row.document())).append("</td><td>").append(row.diagrams())
                    .append("</td><td>").append(row.matched()).append("</td><td>").append(row.errors())
                    .append("</td><td>").append(row.warnings()).append("</td></tr>\n");
        }
        out.append("</tbody>\n</table>\n");
        if (!run.reported().isEmpty()) {
            out.append("<h2>Findings</h2>\n<table>\n<thead><tr><th>Location</th><th>Severity</th><th>Rule</th>")
                    .append("<th>Message</th></tr></thead>\n<tbody>\n");
            for (Reported r : run.reported()) {
                Finding f = r.issue().finding();
                out.append("<tr><td>").append(xml(f.file() + ":" + f.line())).append("</td><td>")
                        .append(xml(severity(r))).append("</td><td>").append(xml(r.issue().rule().id()))
                        .append("</td><td>").append(xml(f.message())).append("</td></tr>\n");
            }
            out.append("</tbody>\n</table>\n");
        }
        return out.append("</body>\n</html>\n").toString();
    }

    private static String headline(CheckRun run) {
        long matched = run.blocks().stream().filter(b -> b.viewKey().isPresent()).count();
        long errors = count(run.reported(), Finding.Severity.ERROR);
        long warnings = count(run.reported(), Finding.Severity.WARNING);
        long accepted = run.reported().stream().filter(Reported::accepted).count();
        return run.blocks().size() + " diagrams in " + run.documents().size() + " documents, " + matched
                + " matched to one of " + run.views() + " views; " + errors + " errors and " + warnings
                + " warnings not in the baseline, " + accepted + " findings accepted by it.";
    }

    private static List<Row> rows(CheckRun run) {
        Map<String, List<Checked>> byDocument = new TreeMap<>();
        run.documents().forEach(d -> byDocument.put(DocsCheck.slashed(d), new ArrayList<>()));
        run.blocks().forEach(b -> byDocument.computeIfAbsent(DocsCheck.slashed(b.block().file()), d -> new ArrayList<>())
                .add(b));
        List<Row> rows = new ArrayList<>();
        byDocument.forEach((document, blocks) -> {
            List<Reported> findings = run.reported().stream()
                    .filter(r -> r.issue().finding().file().equals(document)).toList();
            rows.add(new Row(document, blocks.size(), (int) blocks.stream().filter(b -> b.viewKey().isPresent()).count(),
                    count(findings, Finding.Severity.ERROR), count(findings, Finding.Severity.WARNING)));
        });
        return rows;
    }

    private static long count(List<Reported> reported, Finding.Severity severity) {
        return reported.stream().filter(r -> !r.accepted() && r.issue().finding().severity() == severity).count();
    }

    private static String severity(Reported r) {
        String severity = r.issue().finding().severity().name().toLowerCase(Locale.ROOT);
        return r.accepted() ? severity + " (accepted)" : severity;
    }
}
