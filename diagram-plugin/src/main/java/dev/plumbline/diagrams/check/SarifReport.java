package dev.plumbline.diagrams.check;

import static dev.plumbline.diagrams.check.Escaping.json;

import dev.plumbline.diagrams.check.DocsCheck.CheckRun;
import dev.plumbline.diagrams.check.DocsCheck.Reported;
import java.util.List;

/**
 * SARIF 2.1.0, which GitHub code scanning turns into annotations on pull requests: tool driver {@code plumbline},
 * one rule per finding kind, one result per finding at its file and line. Accepted findings carry an external
 * suppression and the baseline state {@code unchanged}, so they are not annotated.
 */
final class SarifReport {

    private SarifReport() {
    }

    static String write(CheckRun run) {
        List<Rule> rules = List.of(Rule.values());
        StringBuilder out = new StringBuilder();
        out.append("{\n  \"$schema\": \"https://json.schemastore.org/sarif-2.1.0.json\",\n");
        out.append("  \"version\": \"2.1.0\",\n  \"runs\": [\n    {\n");
        out.append("      \"tool\": {\n        \"driver\": {\n          \"name\": \"plumbline\",\n");
        out.append("          \"rules\": [\n");
        for (int i = 0; i < rules.size(); i++) {
            Rule rule = rules.get(i);
            out.append("            {\"id\": ").append(json(rule.id())).append(", \"shortDescription\": {\"text\": ")
                    .append(json(rule.description())).append("}, \"defaultConfiguration\": {\"level\": ")
                    .append(json(defaultLevel(rule))).append("}}").append(i + 1 < rules.size() ? ",\n" : "\n");
        }
        out.append("          ]\n        }\n      },\n");
        out.append("      \"columnKind\": \"unicodeCodePoints\",\n");
        out.append("      \"results\": [");
        List<Reported> reported = run.reported();
        for (int i = 0; i < reported.size(); i++) {
            Reported r = reported.get(i);
            Finding f = r.issue().finding();
            out.append(i == 0 ? "\n" : ",\n");
            out.append("        {\"ruleId\": ").append(json(r.issue().rule().id()))
                    .append(", \"ruleIndex\": ").append(rules.indexOf(r.issue().rule()))
                    .append(", \"level\": ").append(json(level(f.severity())))
                    .append(", \"message\": {\"text\": ").append(json(f.message())).append("}")
                    .append(", \"locations\": [{\"physicalLocation\": {\"artifactLocation\": {\"uri\": ")
                    .append(json(DocsCheck.slashed(f.file()))).append(", \"uriBaseId\": \"%SRCROOT%\"}")
                    .append(", \"region\": {\"startLine\": ").append(f.line()).append("}}}]")
                    .append(", \"partialFingerprints\": {\"plumblineFinding/v1\": ").append(json(r.issue().fingerprint()))
                    .append("}, \"baselineState\": ").append(json(r.accepted() ? "unchanged" : "new"));
            if (r.accepted()) {
                out.append(", \"suppressions\": [{\"kind\": \"external\", \"justification\": "
                        + "\"accepted in the drift-check baseline\"}]");
            }
            out.append("}");
        }
        out.append(reported.isEmpty() ? "]\n" : "\n      ]\n");
        out.append("    }\n  ]\n}\n");
        return out.toString();
    }

    private static String level(Finding.Severity severity) {
        return switch (severity) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "note";
        };
    }

    private static String defaultLevel(Rule rule) {
        return switch (rule) {
            case UNSUPPORTED -> "note";
            case MISSING_ELEMENT, MISSING_ARROW, MISSING_STEP -> "warning";
            default -> "error";
        };
    }
}
