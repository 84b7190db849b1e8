package dev.plumbline.diagrams.check;

import dev.plumbline.model.Finding;
import dev.plumbline.diagrams.check.DocsCheck.CheckRun;
import dev.plumbline.diagrams.check.DocsCheck.Reported;
import dev.plumbline.diagrams.reports.Reports;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * SARIF 2.1.0, which GitHub code scanning turns into annotations on pull requests: tool driver {@code plumbline},
 * one rule per finding kind, one result per finding at its file and line. Accepted findings carry an external
 * suppression and the baseline state {@code unchanged}, so they are not annotated.
 */
final class SarifReport {

    private SarifReport() {
    }

    static String write(CheckRun run) {
        List<Reports.SarifRule> rules = Stream.of(Rule.values())
                .map(rule -> new Reports.SarifRule(rule.id(), rule.description(), defaultLevel(rule))).toList();
        List<Reports.SarifResult> results = new ArrayList<>();
        for (Reported r : run.reported()) {
            Finding f = r.issue().finding();
            results.add(new Reports.SarifResult(r.issue().rule().id(), level(f.severity()), f.message(),
                    f.file().toString(), f.line(), "plumblineFinding/v1", r.issue().fingerprint(), r.accepted()));
        }
        return Reports.sarif("plumbline", rules, results, "accepted in the drift-check baseline");
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
