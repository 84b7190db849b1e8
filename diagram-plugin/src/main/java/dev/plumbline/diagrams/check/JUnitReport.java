package dev.plumbline.diagrams.check;

import dev.plumbline.model.Finding;
import dev.plumbline.diagrams.check.DocsCheck.CheckRun;
import dev.plumbline.diagrams.check.DocsCheck.Checked;
import dev.plumbline.diagrams.check.DocsCheck.Reported;
import dev.plumbline.diagrams.reports.Reports;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * JUnit XML, which CI servers show as test results: one test suite per document, one test case per diagram block
 * (plus one per document or workspace for findings outside any block). A test case fails on errors the baseline
 * does not accept; warnings, infos and accepted findings go to its system-out.
 */
final class JUnitReport {

    private record Case(String name, String skipped, List<Reported> findings) {
        boolean failed() {
            return findings.stream().anyMatch(r -> !r.accepted()
                    && r.issue().finding().severity() == Finding.Severity.ERROR);
        }
    }

    private JUnitReport() {
    }

    static String write(CheckRun run) {
        Map<String, List<Case>> suites = new TreeMap<>();
        for (String document : run.documents().stream().map(DocsCheck::slashed).toList()) {
            suites.put(document, new ArrayList<>());
        }
        Map<String, List<Reported>> loose = new TreeMap<>();
        for (Checked checked : run.blocks()) {
            String file = DocsCheck.slashed(checked.block().file());
            int opening = ViewMatcher.openingLine(checked.block());
            List<Reported> findings = run.reported().stream()
                    .filter(r -> r.issue().blockLine() == opening && r.issue().finding().file()
                            .equals(file)).toList();
            String name = "line " + opening + ": " + checked.viewKey().orElse("(no view)");
            String skipped = checked.status().equals("not compared") ? "diagram type not compared" : null;
            suites.computeIfAbsent(file, f -> new ArrayList<>()).add(new Case(name, skipped, findings));
        }
        for (Reported r : run.reported()) {
            if (r.issue().blockLine() == 0) {
                loose.computeIfAbsent(r.issue().finding().file(), f -> new ArrayList<>()).add(r);
            }
        }
        loose.forEach((file, findings) -> suites.computeIfAbsent(file, f -> new ArrayList<>())
                .add(0, new Case("file", null, findings)));
        List<Reports.TestSuite> written = new ArrayList<>();
        suites.forEach((file, cases) -> written.add(new Reports.TestSuite(file, cases.stream()
                .map(c -> testCase(file, c)).toList())));
        return Reports.junit("plumbline drift check", written);
    }

    private static Reports.TestCase testCase(String file, Case c) {
        Optional<Reports.Failure> failure = Optional.empty();
        if (c.failed()) {
            List<String> errors = c.findings().stream().filter(r -> !r.accepted()
                    && r.issue().finding().severity() == Finding.Severity.ERROR)
                    .map(r -> r.issue().finding().toString()).toList();
            failure = Optional.of(new Reports.Failure("drift", errors.size() + (errors.size() == 1 ? " error" : " errors"),
                    String.join("\n", errors)));
        }
        List<String> others = c.findings().stream().filter(r -> r.accepted()
                || r.issue().finding().severity() != Finding.Severity.ERROR)
                .map(r -> r.issue().finding() + (r.accepted() ? " [accepted in baseline]" : "")).toList();
        return new Reports.TestCase(file, c.name(), failure, Optional.ofNullable(c.skipped()),
                others.isEmpty() ? Optional.empty() : Optional.of(String.join("\n", others)));
    }
}
