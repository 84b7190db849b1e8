package dev.plumbline.diagrams.render.mermaid;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SourceLinesTest {

    @Test
    void plain_source_keeps_mermaids_line_numbers() {
        assertThat(SourceLines.originalLine("graph TD\n  A --> B\n  B --> --> C\n", 3)).isEqualTo(3);
    }

    @Test
    void front_matter_lines_are_added_back() {
        var source = """
                ---
                title: Orders
                config:
                  theme: forest
                ---
                graph TD
                  A --> B
                  B --> --> C
                """;

        assertThat(SourceLines.originalLine(source, 3)).isEqualTo(8);
    }

    @Test
    void directive_comment_and_blank_lines_before_a_comment_are_added_back() {
        var source = """
                %%{init: {"theme": "dark"}}%%

                graph TD
                  A --> B

                  %% explains C
                  %% and more
                  C --> --> D
                """;

        // Mermaid sees: "graph TD", "  A --> B", "  C --> --> D"
        assertThat(SourceLines.originalLine(source, 3)).isEqualTo(8);
    }

    @Test
    void directive_spanning_lines_counts_as_the_lines_it_took() {
        var source = "%%{init: {\n  \"theme\": \"dark\"\n}}%%\ngraph TD\n  A --> --> B\n";

        assertThat(SourceLines.originalLine(source, 2)).isEqualTo(5);
    }

    @Test
    void line_past_the_end_points_at_the_last_line() {
        assertThat(SourceLines.originalLine("graph TD\n  A -->", 7)).isEqualTo(2);
    }
}
