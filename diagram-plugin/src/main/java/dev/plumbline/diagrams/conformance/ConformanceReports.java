package dev.plumbline.diagrams.conformance;

import dev.plumbline.diagrams.conformance.Conformance.Result;
import dev.plumbline.diagrams.conformance.Conformance.Run;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The conformance reports, in the forms {@code check} writes: JUnit XML (one test case per rule), SARIF 2.1.0 (one
 * result per violation at its file and line), and a Markdown and an HTML summary for the site.
 */
final class ConformanceReports {

    /** Rule ids in the order the rules run, with what each proves. */
    static final Map<String, String> RULES = rules();

    private final Run run;
    private final List<Boolean> accepted;

    ConformanceReports(Run run, List<Boolean> accepted) {
        this.run = run;
        this.accepted = List.copyOf(accepted);
    }

    private static Map<String, String> rules() {
        Map<String, String> rules = new LinkedHashMap<>();
        rules.put("workspace", "The workspace loads and its plumbline.code mapping is well-formed.");
        rules.put("classes", "The module has compiled classes to check.");
        rules.put("every-class-in-one-element", "Every class belongs to exactly one mapped element.");
        rules.put("dependencies-declared", "A code dependency between two elements is a relationship of the model.");
        rules.put("relationships-in-code", "Every relationship between mapped elements has a code dependency.");
        rules.put("no-undeclared-cycles", "No dependency cycle between elements that the model does not declare.");
        rules.put("every-element-has-code", "Every mapped element and each of its package patterns has a class.");
        rules.put("baseline", "The baseline file can be read.");
        return rules;
    }

    Map<String, byte[]> files(ConformanceOptions options) {
        Map<String, byte[]> files = new TreeMap<>();
        if (options.wants("junit")) {
            files.put("conformance.xml", junit().getBytes(StandardCharsets.UTF_8));
        }
        if (options.wants("sarif")) {
            files.put("conformance.sarif", sarif().getBytes(StandardCharsets.UTF_8));
        }
        if (options.wants("markdown")) {
            files.put("conformance.md", markdown().getBytes(StandardCharsets.UTF_8));
        }
        if (options.wants("html")) {
            files.put("conformance.html", html().getBytes(StandardCharsets.UTF_8));
        }
        return files;
    }

    private List<Integer> of(String rule, boolean onlyNew) {
        List<Integer> indexes = new java.util.ArrayList<>();
        for (int i = 0; i < run.results().size(); i++) {
            if (run.results().get(i).rule().equals(rule) && !(onlyNew && accepted.get(i))) {
                indexes.add(i);
            }
        }
        return indexes;
    }

    String junit() {
        long failures = RULES.keySet().stream().filter(r -> !of(r, true).isEmpty()).count();
        StringBuilder out = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<testsuites name=\"plumbline conformance\" tests=\"").append(RULES.size())
                .append("\" failures=\"").append(failures).append("\">\n")
                .append("  <testsuite name=\"plumbline conformance\" tests=\"").append(RULES.size())
                .append("\" failures=\"").append(failures).append("\" errors=\"0\" skipped=\"0\">\n");
        for (String rule : RULES.keySet()) {
            List<Integer> fresh = of(rule, true);
            List<Integer> old = of(rule, false).stream().filter(accepted::get).toList();
            out.append("    <testcase classname=\"plumbline.conformance\" name=\"").append(xml(rule)).append("\"");
            if (fresh.isEmpty() && old.isEmpty()) {
                out.append("/>\n");
                continue;
            }
            out.append(">\n");
            if (!fresh.isEmpty()) {
                out.append("      <failure type=\"conformance\" message=\"").append(fresh.size())
                        .append(fresh.size() == 1 ? " violation" : " violations").append("\">")
                        .append(xml(lines(fresh))).append("</failure>\n");
            }
            if (!old.isEmpty()) {
                out.append("      <system-out>").append(xml(lines(old) + " [accepted in baseline]"))
                        .append("</system-out>\n");
            }
            out.append("    </testcase>\n");
        }
        return out.append("  </testsuite>\n</testsuites>\n").toString();
    }

    private String lines(List<Integer> indexes) {
        return String.join("\n", indexes.stream().map(i -> run.results().get(i).toString()).toList());
    }

    String sarif() {
        List<String> ids = List.copyOf(RULES.keySet());
        StringBuilder out = new StringBuilder("{\n  \"$schema\": \"https://json.schemastore.org/sarif-2.1.0.json\",\n")
                .append("  \"version\": \"2.1.0\",\n  \"runs\": [\n    {\n      \"tool\": {\n        \"driver\": {\n")
                .append("          \"name\": \"plumbline-conformance\",\n          \"rules\": [\n");
        for (int i = 0; i < ids.size(); i++) {
            out.append("            {\"id\": ").append(json(ids.get(i))).append(", \"shortDescription\": {\"text\": ")
                    .append(json(RULES.get(ids.get(i)))).append("}}").append(i + 1 < ids.size() ? ",\n" : "\n");
        }
        out.append("          ]\n        }\n      },\n      \"results\": [");
        for (int i = 0; i < run.results().size(); i++) {
            Result r = run.results().get(i);
            out.append(i == 0 ? "\n" : ",\n").append("        {\"ruleId\": ").append(json(r.rule()))
                    .append(", \"ruleIndex\": ").append(ids.indexOf(r.rule()))
                    .append(", \"level\": \"error\", \"message\": {\"text\": ").append(json(r.message())).append("}")
                    .append(", \"locations\": [{\"physicalLocation\": {\"artifactLocation\": {\"uri\": ")
                    .append(json(slashed(r.file()))).append(", \"uriBaseId\": \"%SRCROOT%\"}, \"region\": {\"startLine\": ")
                    .append(Math.max(1, r.line())).append("}}}]")
                    .append(", \"partialFingerprints\": {\"plumblineConformance/v1\": ")
                    .append(json(r.fingerprint())).append("}, \"baselineState\": ")
                    .append(json(accepted.get(i) ? "unchanged" : "new"));
            if (accepted.get(i)) {
                out.append(", \"suppressions\": [{\"kind\": \"external\", \"justification\": "
                        + "\"accepted in the conformance baseline\"}]");
            }
            out.append("}");
        }
        out.append(run.results().isEmpty() ? "]\n" : "\n      ]\n");
        return out.append("    }\n  ]\n}\n").toString();
    }

    String headline() {
        long fresh = accepted.stream().filter(a -> !a).count();
        return run.classes() + " classes checked against " + run.workspaces().size() + " workspace"
                + (run.workspaces().size() == 1 ? "" : "s") + " (" + String.join(", ", run.workspaces().stream()
                .map(ConformanceReports::slashed).toList()) + "); " + fresh + " violations not in the baseline, "
                + (run.results().size() - fresh) + " accepted by it";
    }

    String markdown() {
        StringBuilder out = new StringBuilder("# Code conformance\n\n").append(headline()).append(".\n\n")
                .append("| Rule | What it proves | Violations |\n|---|---|---:|\n");
        RULES.forEach((rule, what) -> out.append("| ").append(rule).append(" | ").append(what).append(" | ")
                .append(of(rule, true).size()).append(" |\n"));
        if (!run.results().isEmpty()) {
            out.append("\n## Violations\n\n| Location | Rule | Message |\n|---|---|---|\n");
            for (int i = 0; i < run.results().size(); i++) {
                Result r = run.results().get(i);
                out.append("| ").append(cell(slashed(r.file()) + ":" + Math.max(1, r.line()))).append(" | ")
                        .append(r.rule()).append(accepted.get(i) ? " (accepted)" : "").append(" | ")
                        .append(cell(r.message())).append(" |\n");
            }
        }
        return out.toString();
    }

    String html() {
        StringBuilder out = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<title>Code conformance</title>\n</head>\n<body>\n<h1>Code conformance</h1>\n<p>")
                .append(xml(headline())).append(".</p>\n<table>\n<thead><tr><th>Rule</th><th>What it proves</th>")
                .append("<th>Violations</th></tr></thead>\n<tbody>\n");
        RULES.forEach((rule, what) -> out.append("<tr><td>").append(xml(rule)).append("</td><td>").append(xml(what))
                .append("</td><td>").append(of(rule, true).size()).append("</td></tr>\n"));
        out.append("</tbody>\n</table>\n");
        if (!run.results().isEmpty()) {
            out.append("<h2>Violations</h2>\n<table>\n<thead><tr><th>Location</th><th>Rule</th><th>Message</th></tr>")
                    .append("</thead>\n<tbody>\n");
            for (int i = 0; i < run.results().size(); i++) {
                Result r = run.results().get(i);
                out.append("<tr><td>").append(xml(slashed(r.file()) + ":" + Math.max(1, r.line()))).append("</td><td>")
                        .append(xml(r.rule() + (accepted.get(i) ? " (accepted)" : ""))).append("</td><td>")
                        .append(xml(r.message())).append("</td></tr>\n");
            }
            out.append("</tbody>\n</table>\n");
        }
        return out.append("</body>\n</html>\n").toString();
    }

    static String slashed(Path path) {
        return path.toString().replace('\\', '/');
    }

    private static String xml(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> {
                    if (c == '\n' || c == '\t' || c >= 0x20) {
                        out.appendCodePoint(c);
                    }
                }
            }
        });
        return out.toString();
    }

    private static String json(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    private static String cell(String text) {
        return text.replace("\\", "\\\\").replace("|", "\\|").replace("\n", " ").replace("<", "&lt;");
    }
}
