package dev.plumbline.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.structurizr.view.View;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The seed documents, rewritten in {@code docs/systems/}, show each seed diagram as a block generated from its view,
 * in the notation the seed drew it in. (That each block is current is the drift check's job, run by the site module.)
 */
class SystemDocsTest {

    private static final Path SYSTEMS = Path.of("..", "docs", "systems");

    /** A generated block: the fence's language, then the marker naming its view (PlantUML puts {@code @startuml} first). */
    private static final Pattern BLOCK = Pattern.compile(
            "(?m)^```(plantuml|mermaid)\\n(?:@startuml \\S+\\n)?(?:'|%%) plumbline:generated (\\S+)$");

    /** The notation of each seed document's diagrams. */
    private static final Map<String, String> SEED_NOTATION = Map.of(
            "000", "plantuml", "001", "plantuml", "002", "plantuml", "003", "mermaid", "004", "mermaid");

    @Test
    void every_seed_view_is_a_generated_block_of_its_system_document_exactly_once_in_the_seed_notation()
            throws Exception {
        int seen = 0;
        for (ModelWorkspace workspace : Workspaces.bundled()) {
            List<View> seedViews = workspace.views().stream()
                    .filter(v -> v.getProperties().containsKey("plumbline.seed"))
                    .toList();
            if (seedViews.isEmpty()) {
                continue;
            }
            String name = Path.of(workspace.file()).getFileName().toString().replaceFirst("\\.dsl$", "");
            Path doc = SYSTEMS.resolve(name + ".md");
            assertThat(doc).as("document of workspace %s", name).isRegularFile();

            List<String> keys = new ArrayList<>();
            Matcher block = BLOCK.matcher(Files.readString(doc, StandardCharsets.UTF_8));
            while (block.find()) {
                keys.add(block.group(2));
                // a key naming no seed view fails the comparison below
                workspace.view(block.group(2)).map(v -> v.getProperties().get("plumbline.seed")).ifPresent(seed ->
                        assertThat(block.group(1)).as("notation of %s in %s (seed %s)", block.group(2), doc, seed)
                                .isEqualTo(SEED_NOTATION.get(seed.substring(0, 3))));
            }
            assertThat(keys).as("generated blocks of %s", doc)
                    .containsExactlyInAnyOrderElementsOf(seedViews.stream().map(View::getKey).toList());
            seen += keys.size();
        }
        assertThat(seen).isEqualTo(51);
    }
}
