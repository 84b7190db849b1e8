package dev.plumbline.diagrams.check;

import dev.plumbline.model.Finding;
import static dev.plumbline.diagrams.check.DriftFixture.replaceOnce;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** Reports for CI and the site, and the baseline that lets a team accept known drift. */
class DriftReportsTest {

    @TempDir
    Path dir;

    private Path reversedArrowDoc() {
        return DriftFixture.seedCopy(dir, "003", replaceOnce("    API --> Auth\n", "    Auth --> API\n"));
    }

    @Test
    void junit_report_has_a_suite_per_document_and_a_failing_case_per_drifting_diagram() throws Exception {
        DocsCheck.Result result = DriftFixture.check(dir, List.of(reversedArrowDoc()));

        Document junit = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(result.reports().get("drift-check.xml")));

        Element suites = junit.getDocumentElement();
        assertThat(suites.getTagName()).isEqualTo("testsuites");
        assertThat(List.of(suites.getAttribute("name"), suites.getAttribute("tests"), suites.getAttribute("failures")))
                .containsExactly("plumbline drift check", "9", "1");
        Element suite = (Element) suites.getElementsByTagName("testsuite").item(0);
        assertThat(List.of(suite.getAttribute("name"), suite.getAttribute("tests"), suite.getAttribute("failures")))
                .containsExactly("docs/003.md", "9", "1");
        Element first = (Element) suite.getElementsByTagName("testcase").item(0);
        assertThat(first.getAttribute("name")).isEqualTo("line 5: agents-high-level-architecture");
        Element failure = (Element) first.getElementsByTagName("failure").item(0);
        assertThat(failure.getAttribute("message")).isEqualTo("1 error");
        assertThat(failure.getTextContent()).isEqualTo("docs/003.md:32: error: arrow \"Authentication\" -> \"API "
                + "Gateway\" points the wrong way: view agents-high-level-architecture has arrow \"API Gateway\" -> "
                + "\"Authentication\"");
        Element second = (Element) suite.getElementsByTagName("testcase").item(1);
        assertThat(second.getAttribute("name")).isEqualTo("line 44: agents-message-flow");
        assertThat(second.hasChildNodes()).isFalse();
    }

    @Test
    void junit_report_stays_well_formed_whatever_a_finding_quotes() throws Exception {
        Path doc = Files.writeString(Files.createDirectories(dir.resolve("docs")).resolve("x.md"), """
                ## Message Flow Architecture

                ```mermaid
                sequenceDiagram
                    Client->>API: ]]> <x a="1"> & \u0001 done
                ```
                """, StandardCharsets.UTF_8);
        DocsCheck.Result result = DriftFixture.check(dir, List.of(doc));

        Document junit = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(result.reports().get("drift-check.xml")));

        assertThat(junit.getDocumentElement().getTextContent()).contains("]]>", "<x a=", "&", "\uFFFD done");
    }

    @Test
    void sarif_report_locates_each_finding_for_code_scanning() throws Exception {
        DocsCheck.Result result = DriftFixture.check(dir, List.of(reversedArrowDoc()));

        JsonNode sarif = new ObjectMapper().readTree(result.reports().get("drift-check.sarif"));

        assertThat(sarif.path("version").asText()).isEqualTo("2.1.0");
        JsonNode run = sarif.path("runs").path(0);
        JsonNode driver = run.path("tool").path("driver");
        assertThat(driver.path("name").asText()).isEqualTo("plumbline");
        JsonNode rule = driver.path("rules").path(11);
        assertThat(rule.path("id").asText()).isEqualTo("reversed-arrow");
        assertThat(rule.path("shortDescription").path("text").asText())
                .isEqualTo("The diagram draws an arrow or message in the wrong direction.");
        assertThat(rule.path("defaultConfiguration").path("level").asText()).isEqualTo("error");
        JsonNode reversed = null;
        for (JsonNode r : run.path("results")) {
            if (r.path("ruleId").asText().equals("reversed-arrow")) {
                reversed = r;
            }
        }
        assertThat(reversed).isNotNull();
        assertThat(reversed.path("ruleIndex").asInt()).isEqualTo(11);
        assertThat(reversed.path("level").asText()).isEqualTo("error");
        assertThat(reversed.path("message").path("text").asText()).isEqualTo("arrow \"Authentication\" -> \"API "
                + "Gateway\" points the wrong way: view agents-high-level-architecture has arrow \"API Gateway\" -> "
                + "\"Authentication\"");
        JsonNode location = reversed.path("locations").path(0).path("physicalLocation");
        assertThat(location.path("artifactLocation").path("uri").asText()).isEqualTo("docs/003.md");
        assertThat(location.path("artifactLocation").path("uriBaseId").asText()).isEqualTo("%SRCROOT%");
        assertThat(location.path("region").path("startLine").asInt()).isEqualTo(32);
        assertThat(reversed.path("baselineState").asText()).isEqualTo("new");
        assertThat(reversed.has("suppressions")).isFalse();
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
