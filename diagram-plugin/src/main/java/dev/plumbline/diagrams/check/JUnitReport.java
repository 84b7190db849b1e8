package dev.plumbline.diagrams.check;

import static dev.plumbline.diagrams.check.Escaping.xml;

import dev.plumbline.diagrams.check.DocsCheck.CheckRun;
import dev.plumbline.diagrams.check.DocsCheck.Checked;
import dev.plumbline.diagrams.check.DocsCheck.Reported;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
                    .filter(r -> r.issue().blockLine() == opening && DocsCheck.slashed(r.issue().finding().file())
                            .equals(file)).toList();
            String name = "line " + opening + ": " + checked.viewKey().orElse("(no view)");
            String skipped = checked.status().equals("not compared") ? "diagram type not compared" : null;
            suites.computeIfAbsent(file, f -> new ArrayList<>()).add(new Case(name, skipped, findings));
        }
        for (Reported r : run.reported()) {
            if (r.issue().blockLine() == 0) {
                loose.computeIfAbsent(DocsCheck.slashed(r.issue().finding().file()), f -> new ArrayList<>()).add(r);
            }
        }
        loose.forEach((file, findings) -> suites.computeIfAbsent(file, f -> new ArrayList<>())
                .add(0, new Case("file", null, findings)));
        int tests = suites.values().stream().mapToInt(List::size).sum();
        long failures = suites.values().stream().flatMap(List::stream).filter(Case::failed).count();
        StringBuilder out = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        out.append("<testsuites name=\"plumbline drift check\" tests=\"").append(tests).append("\" failures=\"")
                .append(failures).append("\">\n");
        suites.forEach((file, cases) -> {
            long suiteFailures = cases.stream().filter(Case::failed).count();
            long skipped = cases.stream().filter(c -> c.skipped() != null).count();
            out.append("  <testsuite name=\"").append(xml(file)).append("\" tests=\"").append(cases.size())
                    .append("\" failures=\"").append(suiteFailures).append("\" errors=\"0\" skipped=\"")
                    .append(skipped).append("\">\n");
            for (Case c : cases) {
                out.append("    <testcase classname=\"").append(xml(file)).append("\" name=\"").append(xml(c.name()))
                        .append("\"");
                if (!c.failed() && c.skipped() == null && c.findings().isEmpty()) {
                    out.append("/>\n");
                    continue;
                }
                out.append(">\n");
                if (c.failed()) {
                    List<String> errors = c.findings().stream().filter(r -> !r.accepted()
                            && r.issue().finding().severity() == Finding.Severity.ERROR)
                            .map(r -> r.issue().finding().toString()).toList();
                    out.append("      <failure type=\"drift\" message=\"").append(errors.size())
                            .append(errors.size() == 1 ? " error" : " errors").append("\">")
                            .append(xml(String.join("\n", errors))).append("</failure>\n");
                }
                if (c.skipped() != null) {
                    out.append("      <skipped message=\"").append(xml(c.skipped())).append("\"/>\n");
                }
                List<String> others = c.findings().stream().filter(r -> r.accepted()
                        || r.issue().finding().severity() != Finding.Severity.ERROR)
                        .map(r -> r.issue().finding() + (r.accepted() ? " [accepted in baseline]" : "")).toList();
                if (!others.isEmpty()) {
                    out.append("      <system-out>").append(xml(String.join("\n", others))).append("</system-out>\n");
                }
                out.append("    </testcase>\n");
            }
            out.append("  </testsuite>\n");
        });
        return out.append("</testsuites>\n").toString();
    }
}
