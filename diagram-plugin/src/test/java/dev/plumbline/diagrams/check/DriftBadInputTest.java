package dev.plumbline.diagrams.check;

import dev.plumbline.model.Finding;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Broken, hostile or odd documentation: a clear finding at a line, never an exception. */
class DriftBadInputTest {

    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve("docs").resolve(name);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private String check(Path... docs) {
        return DriftFixture.lines(DriftFixture.check(dir, List.of(docs)));
    }

    @Test
    void a_binary_file_is_reported_not_scanned() throws IOException {
        Path file = dir.resolve("docs").resolve("logo.md");
        Files.createDirectories(file.getParent());
        Files.write(file, new byte[] {'#', ' ', 'x', '\n', 0, 1, 2});

        assertThat(check(file)).isEqualTo("""
                docs/logo.md:2: error: binary content (NUL byte); not scanned
                """);
    }

    @Test
    void a_folder_of_docs_is_searched_and_a_missing_path_is_named() throws IOException {
        write("guide/overview.md", """
                ## Component Interaction

                ```mermaid
                graph TB
                    Pages[Page Components]
                ```
                """);

        String findings = DriftFixture.lines(DriftFixture.check(dir, List.of(dir.resolve("docs"),
                dir.resolve("missing"))));

        assertThat(findings).startsWith("""
                docs/guide/overview.md:3: warning: view agents-component-interaction has arrow""");
        assertThat(findings).endsWith("""
                missing:1: error: no such documentation file or folder
                """);
    }

    @Test
    void an_unterminated_fence_is_still_checked_up_to_the_end_of_the_file() throws IOException {
        Path doc = write("open.md", """
                ## Message Flow Architecture

                ```mermaid
                sequenceDiagram
                    Client->>API: Send Request
                    Client->>Nobody: Hello
                """);

        assertThat(check(doc)).startsWith("""
                docs/open.md:3: warning: ```mermaid fence is never closed; the diagram runs to line 6, where its container or the file ends
                """).contains("""
                docs/open.md:6: error: "Nobody" is not a participant of view agents-message-flow
                """);
    }

    @Test
    void an_unknown_view_key_in_a_marker_is_an_error_at_the_marker() throws IOException {
        Path doc = write("marker.md", """
                # Anything

                ```plantuml
                @startuml
                ' plumbline:view no-such-view
                Alice -> Bob : hello
                @enduml
                ```
                """);

        assertThat(check(doc)).isEqualTo("""
                docs/marker.md:5: error: plumbline:view marker names view "no-such-view", which no workspace defines
                """);
    }

    @Test
    void a_hand_drawn_diagram_that_matches_no_view_is_an_error() throws IOException {
        Path doc = write("sketch.md", """
                ## Whiteboard sketch

                ```mermaid
                graph LR
                    A --> B
                ```
                """);

        assertThat(check(doc)).isEqualTo("""
                docs/sketch.md:3: error: diagram matches no view (tried "Whiteboard sketch"); add a plumbline:view marker or a title of a view
                """);
    }

    @Test
    void empty_diagrams_are_syntax_errors() throws IOException {
        Path doc = write("empty.md", """
                ## Message Flow Architecture

                ```mermaid
                ```

                ## Monitoring Stack

                ```plantuml
                ```
                """);

        assertThat(check(doc)).isEqualTo("""
                docs/empty.md:4: error: Mermaid syntax error: empty diagram: no diagram type given
                docs/empty.md:9: error: PlantUML syntax error: Empty description (Assumed diagram type: sequence): '@startuml'
                """);
    }

    @Test
    void a_diagram_type_the_check_does_not_compare_is_an_info() throws IOException {
        Path doc = write("pie.md", """
                ## Cost Optimization

                ```mermaid
                pie title Costs
                    "Compute" : 60
                    "Storage" : 40
                ```
                """);

        DocsCheck.Result result = DriftFixture.check(dir, List.of(doc));

        assertThat(DriftFixture.lines(result)).isEqualTo("""
                docs/pie.md:4: info: Mermaid diagram type "pie" is not compared with the model; skipped
                """);
        assertThat(result.failed()).isFalse();
    }

    @Test
    void a_diagram_nested_thousands_of_block_quotes_deep_is_found_and_matched() throws IOException {
        String quote = "> ".repeat(3000);
        Path doc = write("deep.md", quote + "```mermaid\n" + quote + "%% plumbline:view agents-message-flow\n"
                + quote + "sequenceDiagram\n" + quote + "    Client->>Nobody: Hello\n" + quote + "```\n");

        assertThat(check(doc)).contains("""
                docs/deep.md:4: error: "Nobody" is not a participant of view agents-message-flow
                """);
    }

    @Test
    void a_five_megabyte_diagram_is_read_and_compared_without_failing() throws IOException {
        StringBuilder text = new StringBuilder("## Message Flow Architecture\n\n```mermaid\nsequenceDiagram\n");
        while (text.length() < 5 * 1024 * 1024) {
            text.append("    Client->>API: Send Request\n");
        }
        Path doc = write("huge.md", text.append("```\n").toString());

        List<String> findings = DriftFixture.check(dir, List.of(doc)).findings().stream().map(Finding::toString)
                .toList();

        assertThat(findings).hasSize(BlockIssues.LIMIT + 1);
        assertThat(findings).contains(
                "docs/huge.md:6: error: message \"Client\" -> \"API\" : \"Send Request\" is drawn more often than"
                        + " view agents-message-flow sends it");
        assertThat(findings.getFirst()).matches(
                "docs/huge.md:3: error: [0-9]{6} more findings in this diagram are not listed; fix the ones above first");
    }

    @Test
    void a_diagram_that_takes_longer_than_the_limit_is_reported_not_waited_for() throws IOException {
        StringBuilder text = new StringBuilder("## Monitoring Stack\n\n```plantuml\n@startuml\n");
        for (int i = 0; i < 20_000; i++) {
            text.append("component \"C").append(i).append("\" as c").append(i).append('\n');
        }
        Path doc = write("slow.md", text.append("@enduml\n```\n").toString());

        DocsCheck.Result result = new DocsCheck(new CheckOptions(List.of(DriftFixture.WORKSPACES), List.of(doc), dir,
                CheckOptions.FORMATS, Optional.empty(), Duration.ofMillis(1))).run();

        assertThat(DriftFixture.lines(result)).isEqualTo("""
                docs/slow.md:3: error: reading the diagram took longer than 1 ms; it was not checked
                """);
    }
}
