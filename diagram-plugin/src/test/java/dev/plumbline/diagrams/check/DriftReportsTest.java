package dev.plumbline.diagrams.check;

import static dev.plumbline.diagrams.check.DriftFixture.replaceOnce;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reports for CI and the site, and the baseline that lets a team accept known drift. */
class DriftReportsTest {

    @TempDir
    Path dir;

    private Path reversedArrowDoc() {
        return DriftFixture.seedCopy(dir, "003", replaceOnce("    API --> Auth\n", "    Auth --> API\n"));
    }

    @Test
    void junit_report_has_a_suite_per_document_and_a_failing_case_per_drifting_diagram() {
        DocsCheck.Result result = DriftFixture.check(dir, List.of(reversedArrowDoc()));

        String junit = DriftFixture.report(result, "drift-check.xml");

        assertThat(junit).startsWith("""
                <?xml version="1.0" encoding="UTF-8"?>
                <testsuites name="plumbline drift check" tests="9" failures="1">
                  <testsuite name="docs/003.md" tests="9" failures="1" errors="0" skipped="0">
                    <testcase classname="docs/003.md" name="line 5: agents-high-level-architecture">
                      <failure type="drift" message="1 error">docs/003.md:32: error: arrow &quot;Authentication&quot; -&gt; &quot;API Gateway&quot; points the wrong way: view agents-high-level-architecture has arrow &quot;API Gateway&quot; -&gt; &quot;Authentication&quot;</failure>
                    </testcase>
                    <testcase classname="docs/003.md" name="line 44: agents-message-flow"/>
                """);
    }

    @Test
    void sarif_report_locates_each_finding_for_code_scanning() {
        DocsCheck.Result result = DriftFixture.check(dir, List.of(reversedArrowDoc()));

        String sarif = DriftFixture.report(result, "drift-check.sarif");

        assertThat(sarif).contains("\"version\": \"2.1.0\"", "\"name\": \"plumbline\"",
                "{\"id\": \"reversed-arrow\", \"shortDescription\": {\"text\": \"The diagram draws an arrow or message"
                        + " in the wrong direction.\"}, \"defaultConfiguration\": {\"level\": \"error\"}}");
        assertThat(sarif).contains("""
                {"ruleId": "reversed-arrow", "ruleIndex": 11, "level": "error", "message": {"text": "arrow \\"Authentication\\" -\\u003e \\"API Gateway\\" points the wrong way: view agents-high-level-architecture has arrow \\"API Gateway\\" -\\u003e \\"Authentication\\""}, "locations": [{"physicalLocation": {"artifactLocation": {"uri": "docs/003.md", "uriBaseId": "%SRCROOT%"}, "region": {"startLine": 32}}}]""");
        assertThat(sarif).contains("\"baselineState\": \"new\"");
    }

    @Test
    void markdown_and_html_summaries_escape_what_the_docs_wrote() throws IOException {
        Path doc = Files.writeString(Files.createDirectories(dir.resolve("docs")).resolve("x.md"), """
                ## Message Flow Architecture

                ```mermaid
                sequenceDiagram
                    Client->>API: <script>alert(1)</script> | x
                ```
                """, StandardCharsets.UTF_8);
        DocsCheck.Result result = DriftFixture.check(dir, List.of(doc));

        String html = DriftFixture.report(result, "drift-check.html");
        String markdown = DriftFixture.report(result, "drift-check.md");

        assertThat(html).doesNotContain("<script>").contains("&lt;script&gt;alert(1)&lt;/script&gt;");
        assertThat(markdown).doesNotContain("<script>").contains("&lt;script&gt;alert(1)&lt;/script&gt; \\| x");
        assertThat(markdown).contains("""
                | Document | Diagrams | Matched to a view | Errors | Warnings |
                |---|---:|---:|---:|---:|
                | docs/x.md | 1 | 1 | 1 | 15 |
                """);
    }

    @Test
    void the_same_inputs_give_byte_identical_reports() {
        Path doc = reversedArrowDoc();

        DocsCheck.Result first = DriftFixture.check(dir, List.of(doc));
        DocsCheck.Result second = DriftFixture.check(dir, List.of(doc));

        assertThat(second.reports().keySet()).containsExactlyInAnyOrder("drift-check.xml", "drift-check.sarif",
                "drift-check.md", "drift-check.html");
        first.reports().forEach((name, bytes) -> assertThat(second.reports().get(name)).as(name).isEqualTo(bytes));
        assertThat(second.baseline()).isEqualTo(first.baseline());
    }

    @Test
    void a_baselined_finding_no_longer_fails_even_after_lines_above_it_move() throws IOException {
        Path doc = reversedArrowDoc();
        Path baseline = dir.resolve("drift-baseline.txt");
        Files.writeString(baseline, DriftFixture.check(dir, List.of(doc)).baseline());

        Files.writeString(doc, "Intro added later.\n\n" + Files.readString(doc));
        DocsCheck.Result shifted = DriftFixture.check(dir, List.of(doc), Optional.of(baseline));

        assertThat(shifted.failed()).isFalse();
        assertThat(shifted.newFindings()).isEmpty();
        assertThat(shifted.consoleLines()).containsExactly("docs/003.md:34: error: arrow \"Authentication\" -> "
                + "\"API Gateway\" points the wrong way: view agents-high-level-architecture has arrow \"API Gateway\""
                + " -> \"Authentication\" [accepted in baseline]");
    }

    @Test
    void a_new_finding_fails_despite_the_baseline() throws IOException {
        Path doc = reversedArrowDoc();
        Path baseline = dir.resolve("drift-baseline.txt");
        Files.writeString(baseline, DriftFixture.check(dir, List.of(doc)).baseline());

        Files.writeString(doc, Files.readString(doc).replace("    Queue --> Agents\n", "    Agents --> Queue\n"));
        DocsCheck.Result result = DriftFixture.check(dir, List.of(doc), Optional.of(baseline));

        assertThat(result.failed()).isTrue();
        assertThat(result.newFindings()).extracting(Finding::toString).containsExactly("docs/003.md:34: error: arrow "
                + "\"Agent System\" -> \"Message Queue\" points the wrong way: view agents-high-level-architecture has"
                + " arrow \"Message Queue\" -> \"Agent System\"");
    }

    @Test
    void a_malformed_baseline_line_is_reported_at_its_line() throws IOException {
        Path baseline = Files.writeString(dir.resolve("drift-baseline.txt"), "# comment\nnot a fingerprint\n");

        DocsCheck.Result result = DriftFixture.check(dir, List.of(reversedArrowDoc()), Optional.of(baseline));

        assertThat(result.findings()).extracting(Finding::toString).contains("drift-baseline.txt:2: error: baseline"
                + " line is not \"<16 hex digit fingerprint> <count> <finding>\"");
    }
}
