package dev.plumbline.diagrams.docs;

import static org.assertj.core.api.Assertions.assertThat;

import com.structurizr.view.View;
import dev.plumbline.diagrams.check.markdown.DiagramFinder;
import dev.plumbline.diagrams.export.ViewExporter;
import dev.plumbline.model.ModelWorkspace;
import dev.plumbline.model.Workspaces;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GeneratedBlocksTest {

    @TempDir
    Path dir;

    private ModelWorkspace shop;
    private GeneratedBlocks blocks;
    private String generated;

    @BeforeEach
    void load() throws Exception {
        shop = Workspaces.load(Path.of("src/test/resources/samples/checkout.dsl"));
        blocks = new GeneratedBlocks(List.of(shop));
        View view = shop.view("shop-containers").orElseThrow();
        generated = ViewExporter.export(shop, view, ViewExporter.Format.MERMAID).stripTrailing();
    }

    @Test
    void a_block_with_the_generated_text_is_current() {
        String markdown = "# Shop\n\n```mermaid\n" + generated + "\n```\n";

        List<GeneratedBlocks.Block> found = blocks.find(scan(markdown));

        assertThat(found).singleElement().satisfies(b -> {
            assertThat(b.viewKey()).isEqualTo("shop-containers");
            assertThat(b.markerLine()).isEqualTo(4);
            assertThat(b.current()).isTrue();
            assertThat(b.diff()).isEmpty();
        });
    }

    @Test
    void an_edited_block_is_stale_and_its_diff_points_at_markdown_lines() {
        String edited = generated.replace("Order Service", "Orders");
        String markdown = "# Shop\n\n```mermaid\n" + edited + "\n```\n";

        GeneratedBlocks.Block block = blocks.find(scan(markdown)).get(0);

        assertThat(block.current()).isFalse();
        assertThat(block.diff()).startsWith("--- docs.md (committed)\n+++ docs.md (generated)\n@@ -")
                .contains("\n-" + edited.lines().filter(l -> l.contains("Orders")).findFirst().orElseThrow())
                .contains("\n+" + generated.lines().filter(l -> l.contains("Order Service")).findFirst().orElseThrow());
    }

    @Test
    void refreshing_rewrites_stale_blocks_and_keeps_the_rest() throws Exception {
        Path doc = dir.resolve("architecture.md");
        Files.writeString(doc, """
                # Shop

                - The containers:

                  ```mermaid
                  %% plumbline:generated shop-containers
                  flowchart TB
                    old["Stale"]
                  ```

                Text after.
                """);

        String refreshed = blocks.rewrite(doc, Files.readString(doc)).text().orElseThrow();
        assertThat(refreshed).startsWith("# Shop\n\n- The containers:\n\n  ```mermaid\n  %% plumbline:generated shop-containers\n")
                .endsWith("  ```\n\nText after.\n")
                .doesNotContain("Stale");
        assertThat(blocks.find(scan(refreshed))).singleElement().satisfies(b -> assertThat(b.current()).isTrue());
        assertThat(blocks.rewrite(doc, refreshed).text()).isEmpty();
    }

    @Test
    void a_marker_naming_no_view_has_nothing_to_compare_with() {
        String markdown = "```plantuml\n@startuml\n' plumbline:generated no-such-view\nA -> B\n@enduml\n```\n";

        assertThat(blocks.find(scan(markdown))).singleElement().satisfies(b -> {
            assertThat(b.viewKey()).isEqualTo("no-such-view");
            assertThat(b.markerLine()).isEqualTo(3);
            assertThat(b.expected()).isEmpty();
        });
    }

    private static List<dev.plumbline.diagrams.check.markdown.DiagramBlock> scan(String markdown) {
        return new DiagramFinder().scanMarkdown(Path.of("docs.md"), markdown).blocks();
    }
}
