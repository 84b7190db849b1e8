package dev.plumbline.diagrams.conformance;

import dev.plumbline.diagrams.conformance.Conformance.Result;
import dev.plumbline.diagrams.conformance.Conformance.Run;
import dev.plumbline.diagrams.reports.Reports;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
        List<Integer> indexes = new ArrayList<>();
        for (int i = 0; i < run.results().size(); i++) {
            if (run.results().get(i).rule().equals(rule) && !(onlyNew && accepted.get(i))) {
                indexes.add(i);
            }
        }
        return indexes;
    }

    String junit() {
        List<Reports.TestCase> cases = new ArrayList<>();
        for (String rule : RULES.keySet()) {
            List<Integer> fresh = of(rule, true);
            List<Integer> old = of(rule, false).stream().filter(accepted::get).toList();
            Optional<Reports.Failure> failure = fresh.isEmpty() ? Optional.empty() : Optional.of(new Reports.Failure(
                    "conformance", fresh.size() + (fresh.size() == 1 ? " violation" : " violations"), lines(fresh)));
            cases.add(new Reports.TestCase("plumbline.conformance", rule, failure, Optional.empty(),
                    old.isEmpty() ? Optional.empty() : Optional.of(lines(old) + " [accepted in baseline]")));
        }
        return Reports.junit("plumbline conformance", List.of(new Reports.TestSuite("plumbline conformance", cases)));
    }

    private String lines(List<Integer> indexes) {
        return String.join("\n", indexes.stream().map(i -> run.results().get(i).toString()).toList());
    }

    String sarif() {
        List<Reports.SarifRule> rules = RULES.entrySet().stream()
                .map(rule -> new Reports.SarifRule(rule.getKey(), rule.getValue(), "error")).toList();
        List<Reports.SarifResult> results = new ArrayList<>();
        for (int i = 0; i < run.results().size(); i++) {
            Result r = run.results().get(i);
            results.add(new Reports.SarifResult(r.rule(), "error", r.message(), slashed(r.file()), r.line(),
                    "plumblineConformance/v1", r.fingerprint(), accepted.get(i)));
        }
        return Reports.sarif("plumbline-conformance", rules, results, "accepted in the conformance baseline");
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
                out.append("| ").append(Reports.markdownCell(slashed(r.file()) + ":" + Math.max(1, r.line()))).append(" | ")
                        .append(r.rule()).append(accepted.get(i) ? " (accepted)" : "").append(" | ")
                        .append(Reports.markdownCell(r.message())).append(" |\n");
            }
        }
        return out.toString();
    }

    String html() {
        StringBuilder out = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<title>Code conformance</title>\n</head>\n<body>\n<h1>Code conformance</h1>\n<p>")
                .append(Reports.xml(headline())).append(".</p>\n<table>\n<thead><tr><th>Rule</th><th>What it proves</th>")
                .append("<th>Violations</th></tr></thead>\n<tbody>\n");
        RULES.forEach((rule, what) -> out.append("<tr><td>").append(Reports.xml(rule)).append("</td><td>").append(Reports.xml(what))
                .append("</td><td>").append(of(rule, true).size()).append("</td></tr>\n"));
        out.append("</tbody>\n</table>\n");
        if (!run.results().isEmpty()) {
            out.append("<h2>Violations</h2>\n<table>\n<thead><tr><th>Location</th><th>Rule</th><th>Message</th></tr>")
                    .append("</thead>\n<tbody>\n");
            for (int i = 0; i < run.results().size(); i++) {
                Result r = run.results().get(i);
                out.append("<tr><td>").append(Reports.xml(slashed(r.file()) + ":" + Math.max(1, r.line()))).append("</td><td>")
                        .append(Reports.xml(r.rule() + (accepted.get(i) ? " (accepted)" : ""))).append("</td><td>")
                        .append(Reports.xml(r.message())).append("</td></tr>\n");
            }
            out.append("</tbody>\n</table>\n");
        }
        return out.append("</body>\n</html>\n").toString();
    }

    static String slashed(Path path) {
        return path.toString().replace('\\', '/');
    }
}
