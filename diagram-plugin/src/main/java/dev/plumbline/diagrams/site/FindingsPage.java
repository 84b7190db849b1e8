package dev.plumbline.diagrams.site;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/** A gate's findings as a table, each at its file and line, linked to the document's page where there is one. */
final class FindingsPage {

    private FindingsPage() {
    }

    static void write(Map<String, byte[]> files, String page, String title, String gate, Findings findings,
            DocPages docs) {
        StringBuilder body = new StringBuilder("<h1>").append(Html.text(title)).append("</h1>\n");
        body.append("<p class=\"status status-").append(findings.state().replace(' ', '-')).append("\">Status: <strong>")
                .append(findings.state()).append("</strong></p>\n");
        if (findings.problem().isPresent()) {
            body.append("<p>").append(Html.text(findings.problem().get())).append("</p>\n");
        }
        if (!findings.ran()) {
            body.append("<p>No results of ").append(gate).append(" were found when the site was built. Run the goal "
                    + "before the site (for example <code>mvn verify site</code>) to see them here.</p>\n");
        } else if (findings.rows().isEmpty()) {
            body.append("<p>No findings: ").append(gate).append(" found nothing to report.</p>\n");
        } else {
            body.append("<p>").append(findings.errors()).append(" errors and ").append(findings.warnings())
                    .append(" warnings not accepted by the baseline; ").append(findings.rows().size())
                    .append(" findings in all.</p>\n<table class=\"findings\">\n<thead><tr><th scope=\"col\">Where</th>"
                            + "<th scope=\"col\">Severity</th><th scope=\"col\">Rule</th><th scope=\"col\">Message</th>"
                            + "<th scope=\"col\">Baseline</th></tr></thead>\n<tbody>\n");
            for (Findings.Row row : findings.rows()) {
                String where = Html.text(row.file() + (row.line() > 0 ? ":" + row.line() : ""));
                String url = docs.pageOf(row.file()).orElse(null);
                body.append("<tr class=\"level-").append(Html.text(row.level())).append("\"><td>")
                        .append(url == null ? "<code>" + where + "</code>"
                                : "<a href=\"" + url + "\"><code>" + where + "</code></a>")
                        .append("</td><td>").append(Html.text(row.level())).append("</td><td>")
                        .append(Html.text(row.rule())).append("</td><td>").append(Html.text(row.message()))
                        .append("</td><td>").append(row.accepted() ? "accepted" : "new").append("</td></tr>\n");
            }
            body.append("</tbody>\n</table>\n");
        }
        files.put(page, Layout.page("", title, body.toString()).getBytes(StandardCharsets.UTF_8));
    }
}
