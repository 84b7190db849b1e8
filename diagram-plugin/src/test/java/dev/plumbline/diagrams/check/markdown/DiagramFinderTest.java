package dev.plumbline.diagrams.check.markdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.plumbline.model.Finding;
import dev.plumbline.model.Finding.Severity;
import dev.plumbline.diagrams.check.Seeds;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DiagramFinderTest {

    private final DiagramFinder finder = new DiagramFinder();

    @ParameterizedTest(name = "seed {0}: {1} {2} blocks")
    @CsvSource({
        "000, PLANTUML, 13, 7, 44, 456, 485",
        "001, PLANTUML, 13, 11, 109, 916, 986",
        "002, PLANTUML, 5, 5, 111, 369, 457",
        "003, MERMAID, 9, 5, 40, 248, 283",
        "004, MERMAID, 11, 7, 46, 348, 373"})
    void finds_every_diagram_block_of_each_seed_with_its_fence_lines(String seed, Notation notation, int count,
            int firstFence, int firstClosing, int lastFence, int lastClosing) {
        List<DiagramBlock> blocks = Seeds.blocks(seed);

        assertThat(blocks).hasSize(count).allSatisfy(block -> {
            assertThat(block.notation()).isEqualTo(notation);
            assertThat(block.firstLine()).isEqualTo(block.fenceLine() + 1);
            assertThat(block.lastLine()).isEqualTo(block.closingFenceLine() - 1);
        });
        assertThat(blocks.getFirst()).extracting(DiagramBlock::fenceLine, DiagramBlock::closingFenceLine)
                .containsExactly(firstFence, firstClosing);
        assertThat(blocks.getLast()).extracting(DiagramBlock::fenceLine, DiagramBlock::closingFenceLine)
                .containsExactly(lastFence, lastClosing);
    }

    @Test
    void block_text_is_the_content_between_the_fences() throws IOException {
        List<String> seedLines = Files.readAllLines(Seeds.seed("003"));
        DiagramBlock second = Seeds.blocks("003").get(1);

        assertThat(second.text().lines().toList())
                .isEqualTo(seedLines.subList(second.firstLine() - 1, second.lastLine()));
        assertThat(second.text()).startsWith("sequenceDiagram\n    participant Client\n");
    }

    @Test
    void a_puml_fence_inside_a_markdown_fence_is_not_a_diagram() throws IOException {
        List<String> seedLines = Files.readAllLines(Seeds.seed("002"));
        assertThat(seedLines.get(487)).isEqualTo("```puml");

        assertThat(Seeds.blocks("002")).extracting(DiagramBlock::fenceLine).doesNotContain(488)
                .containsExactly(5, 115, 193, 270, 369);
    }

    @Test
    void nested_fence_with_longer_outer_fence_stays_text_of_the_outer_block() {
        String markdown = """
                ````markdown
                ```mermaid
                graph TD
                ```
                ````
                ```mermaid
                graph LR
                ```
                """;

        DiagramScan scan = finder.scanMarkdown(Path.of("doc.md"), markdown);

        assertThat(scan.blocks()).extracting(DiagramBlock::fenceLine, DiagramBlock::text)
                .containsExactly(tuple(6, "graph LR\n"));
        assertThat(scan.findings()).isEmpty();
    }

    @Test
    void recognises_plantuml_puml_and_mermaid_info_strings_only() {
        String markdown = """
                ```PlantUML
                A -> B
                ```
                ~~~puml title="x"
                A -> B
                ~~~
                ```mermaid
                graph TD
                ```
                ```java
                class A {}
                ```
                ```
                graph TD
                ```
                ```mermaidx
                graph TD
                ```
                """;

        assertThat(finder.scanMarkdown(Path.of("doc.md"), markdown).blocks())
                .extracting(DiagramBlock::notation, DiagramBlock::fenceLine)
                .containsExactly(tuple(Notation.PLANTUML, 1), tuple(Notation.PLANTUML, 4), tuple(Notation.MERMAID, 7));
    }

    @Test
    void an_unterminated_fence_is_a_warning_at_its_fence_line_and_runs_to_the_end() {
        String markdown = """
                # Title

                ```mermaid
                graph TD
                  A --> B

                More text that Markdown keeps inside the fence.
                """;

        DiagramScan scan = finder.scanMarkdown(Path.of("docs/arch.md"), markdown);

        assertThat(scan.blocks()).singleElement().satisfies(block -> {
            assertThat(block.fenceLine()).isEqualTo(3);
            assertThat(block.firstLine()).isEqualTo(4);
            assertThat(block.lastLine()).isEqualTo(7);
            assertThat(block.closingFenceLine()).isZero();
        });
        assertThat(scan.findings()).extracting(Finding::toString).containsExactly(
                Path.of("docs/arch.md") + ":3: warning: ```mermaid fence is never closed; the diagram runs to line 7,"
                        + " where its container or the file ends");
    }

    @Test
    void diagrams_in_block_quotes_and_list_items_keep_their_file_lines_and_lose_the_prefixes() {
        String markdown = """
                > Quoted:
                >
                > ```mermaid
                > graph TD
                >   A --> B
                > ```

                1. Step one

                   ```plantuml
                   A -> B
                   ```
                """;

        DiagramScan scan = finder.scanMarkdown(Path.of("doc.md"), markdown);

        assertThat(scan.blocks()).extracting(DiagramBlock::fenceLine, DiagramBlock::firstLine,
                DiagramBlock::closingFenceLine, DiagramBlock::text).containsExactly(
                tuple(3, 4, 6, "graph TD\n  A --> B\n"),
                tuple(10, 11, 12, "A -> B\n"));
    }

    @Test
    void an_empty_fence_is_an_empty_block() {
        DiagramScan scan = finder.scanMarkdown(Path.of("doc.md"), "```mermaid\n```\n");

        assertThat(scan.blocks()).singleElement().satisfies(block -> {
            assertThat(block.text()).isEmpty();
            assertThat(block.firstLine()).isEqualTo(2);
            assertThat(block.lastLine()).isEqualTo(1);
        });
    }

    @Test
    void block_quotes_nested_a_thousand_deep_are_scanned_without_overflowing_the_stack() {
        String prefix = "> ".repeat(1000);
        String markdown = prefix + "```mermaid\n" + prefix + "graph TD\n" + prefix + "```\n";

        DiagramScan scan = finder.scanMarkdown(Path.of("deep.md"), markdown);

        assertThat(scan.blocks()).singleElement().extracting(DiagramBlock::fenceLine, DiagramBlock::text)
                .containsExactly(1, "graph TD\n");
    }

    @Test
    void lists_nested_a_thousand_deep_are_scanned_without_overflowing_the_stack() {
        StringBuilder markdown = new StringBuilder();
        for (int depth = 0; depth < 1000; depth++) {
            markdown.append("  ".repeat(depth)).append("- item ").append(depth).append('\n');
        }
        markdown.append("\n```puml\nA -> B\n```\n");

        DiagramScan scan = finder.scanMarkdown(Path.of("deep.md"), markdown.toString());

        assertThat(scan.blocks()).singleElement().extracting(DiagramBlock::fenceLine).isEqualTo(1002);
    }

    @Test
    void a_five_megabyte_diagram_is_found_whole() {
        String line = "    node%d[Some label for node %d] --> node%d\n";
        StringBuilder body = new StringBuilder("graph TD\n");
        int n = 0;
        while (body.length() < 5 * 1024 * 1024) {
            body.append(line.formatted(n, n, n + 1));
            n++;
        }
        String markdown = "# Big\n\n```mermaid\n" + body + "```\n";
        int closingFence = 3 + 1 + n + 1;

        DiagramScan scan = finder.scanMarkdown(Path.of("big.md"), markdown);

        assertThat(scan.blocks()).singleElement().satisfies(block -> {
            assertThat(block.text()).isEqualTo(body.toString());
            assertThat(block.closingFenceLine()).isEqualTo(closingFence);
        });
    }

    @Test
    void a_file_with_nul_bytes_is_a_binary_error_at_the_line_of_the_first_nul(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("image.md");
        Files.write(file, new byte[] {'#', ' ', 'x', '\n', '\n', 'a', 0, 1, 2});

        DiagramScan scan = finder.scanFile(file, Path.of("image.md"));

        assertThat(scan.blocks()).isEmpty();
        assertThat(scan.findings()).extracting(Finding::toString)
                .containsExactly("image.md:3: error: binary content (NUL byte); not scanned");
    }

    @Test
    void a_file_that_is_not_utf8_is_an_error_at_the_line_of_the_bad_bytes(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("latin1.md");
        Files.write(file, "ok\nstill ok\ncaf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));

        DiagramScan scan = finder.scanFile(file, Path.of("latin1.md"));

        assertThat(scan.findings()).extracting(Finding::line, Finding::severity, Finding::message)
                .containsExactly(tuple(3, Severity.ERROR, "not valid UTF-8; not scanned"));
    }

    @Test
    void a_file_that_cannot_be_read_is_an_error_finding(@TempDir Path dir) {
        DiagramScan scan = finder.scanFile(dir.resolve("missing.md"), Path.of("missing.md"));

        assertThat(scan.findings()).singleElement().satisfies(finding -> {
            assertThat(finding.line()).isEqualTo(1);
            assertThat(finding.severity()).isEqualTo(Severity.ERROR);
            assertThat(finding.message()).startsWith("cannot read file: NoSuchFileException");
        });
    }

    @Test
    void a_utf8_byte_order_mark_does_not_hide_the_first_fence(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("bom.md");
        Files.writeString(file, "\uFEFF```mermaid\ngraph TD\n```\n");

        assertThat(finder.scanFile(file, Path.of("bom.md")).blocks()).singleElement()
                .extracting(DiagramBlock::fenceLine).isEqualTo(1);
    }

    @Test
    void standalone_diagram_files_are_one_block_from_line_one(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("flow.mmd"), "graph TD\n  A --> B\n");
        Files.writeString(dir.resolve("seq.puml"), "@startuml\nA -> B\n@enduml\n");
        Files.writeString(dir.resolve("other.plantuml"), "@startuml\n@enduml");

        assertThat(finder.scanFile(dir.resolve("flow.mmd"), Path.of("flow.mmd")).blocks()).singleElement()
                .extracting(DiagramBlock::notation, DiagramBlock::fenced, DiagramBlock::firstLine, DiagramBlock::lastLine)
                .containsExactly(Notation.MERMAID, false, 1, 2);
        assertThat(finder.scanFile(dir.resolve("seq.puml"), Path.of("seq.puml")).blocks()).singleElement()
                .extracting(DiagramBlock::notation, DiagramBlock::lastLine).containsExactly(Notation.PLANTUML, 3);
        assertThat(finder.scanFile(dir.resolve("other.plantuml"), Path.of("other.plantuml")).blocks()).hasSize(1);
    }

    @Test
    void scanning_a_tree_reads_markdown_and_diagram_files_in_path_order_and_skips_the_rest(@TempDir Path dir)
            throws IOException {
        Files.createDirectories(dir.resolve("docs/sub"));
        Files.writeString(dir.resolve("docs/b.md"), "```mermaid\ngraph TD\n```\n");
        Files.writeString(dir.resolve("docs/a.markdown"), "```puml\nA -> B\n```\n");
        Files.writeString(dir.resolve("docs/sub/c.mmd"), "graph LR\n");
        Files.writeString(dir.resolve("docs/notes.txt"), "```mermaid\ngraph TD\n```\n");
        Files.write(dir.resolve("docs/sub/broken.md"), new byte[] {0});

        DiagramScan scan = finder.scanTree(dir);

        assertThat(scan.blocks()).extracting(b -> b.file().toString().replace('\\', '/'))
                .containsExactly("docs/a.markdown", "docs/b.md", "docs/sub/c.mmd");
        assertThat(scan.findings()).extracting(Finding::toString)
                .containsExactly(Path.of("docs/sub/broken.md") + ":1: error: binary content (NUL byte); not scanned");
    }

    @Test
    void file_lines_of_diagram_lines_add_the_block_offset() {
        DiagramBlock block = Seeds.blocks("000").get(7);

        assertThat(block.fileLine(1)).isEqualTo(265);
        assertThat(block.fileLine(28)).isEqualTo(292);
    }
}
