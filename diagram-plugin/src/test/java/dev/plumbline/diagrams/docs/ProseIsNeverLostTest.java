package dev.plumbline.diagrams.docs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plumbline.model.Finding;
import dev.plumbline.diagrams.export.ViewExporter;
import dev.plumbline.model.ModelWorkspace;
import dev.plumbline.model.Workspaces;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Rewriting generated blocks changes nothing but their lines: random prose (hostile lines included) around stale
 * blocks, and every byte outside the blocks compared; malformed blocks are refused at their line.
 */
class ProseIsNeverLostTest {

    private static final Path DOC = Path.of("docs/shop.md");
    private static final String MARKER = "%% plumbline:generated shop-containers";
    /** Prose a user may write, including lines that look like fences, markers and containers. */
    private static final List<String> PROSE = List.of("Some text about the shop.", "# Heading", "", "## Sub heading",
            "```", "~~~", "```mermaid", "```text", "> a quote", "- a list item", "1. a numbered item",
            "    indented code", "\tTabbed", MARKER, "' plumbline:generated shop-containers", "<!-- a comment -->",
            "<div>", "</div>", "trailing spaces   ", "Ünïcödé ✓", "`inline` code and ``` in a sentence", "***",
            "| a | b |", "----", "%% just a comment", "flowchart TB");

    private static GeneratedBlocks blocks;
    private static String generated;

    @BeforeAll
    static void load() throws Exception {
        ModelWorkspace shop = Workspaces.load(Path.of("src/test/resources/samples/checkout.dsl"));
        blocks = new GeneratedBlocks(List.of(shop));
        generated = ViewExporter.export(shop, shop.view("shop-containers").orElseThrow(), ViewExporter.Format.MERMAID)
                .stripTrailing();
    }

    /** A piece of the document: prose, or a well-formed stale generated block. */
    private record Piece(boolean block, String text, String oldBody, String newBody) {
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void no_byte_outside_a_well_formed_generated_block_ever_changes(long seed) {
        Random random = new Random(seed);
        int rewritten = 0;
        int refused = 0;
        for (int doc = 0; doc < 250; doc++) {
            String eol = random.nextInt(4) == 0 ? "\r\n" : "\n";
            List<Piece> pieces = pieces(random, eol);
            String text = String.join("", pieces.stream().map(Piece::text).toList());
            GeneratedBlocks.Rewrite rewrite = blocks.rewrite(DOC, text);
            if (!rewrite.refusal().isEmpty()) {
                refused++;
                assertThat(rewrite.text()).isEmpty();
                assertThat(rewrite.refusal()).allSatisfy(f -> assertThat(f.toString()).startsWith("docs/shop.md:")
                        .contains(": error: ").endsWith("(the file is left as it is)"));
                continue;
            }
            if (rewrite.text().isEmpty()) {
                continue;
            }
            rewritten++;
            assertThat(matches(pieces, 0, rewrite.text().get(), 0)).as("seed %d doc %d:%n%s%n---%n%s", seed, doc,
                    text, rewrite.text().get()).isTrue();
        }
        assertThat(rewritten).as("documents rewritten").isGreaterThan(20);
        assertThat(refused).as("documents refused").isGreaterThan(20);
    }

    @Test
    void a_generated_fence_never_closed_is_refused_and_the_prose_after_it_kept() {
        String text = "# Shop\n\n```mermaid\n" + MARKER + "\nflowchart TB\n  old\n\nThe prose after.\n\n## Next\n";

        GeneratedBlocks.Rewrite rewrite = blocks.rewrite(DOC, text);

        assertThat(rewrite.text()).isEmpty();
        assertThat(rewrite.refusal()).extracting(Finding::toString).containsExactly("docs/shop.md:3: error: the fence"
                + " of generated block \"shop-containers\" is never closed, so Plumbline cannot tell the diagram from"
                + " the prose after it; close the fence (the file is left as it is)");
    }

    @Test
    void a_marker_in_prose_is_refused_even_when_other_blocks_are_fine() {
        String text = "```mermaid\n" + MARKER + "\nold\n```\n\nProse.\n" + MARKER + "\nMore prose.\n";

        GeneratedBlocks.Rewrite rewrite = blocks.rewrite(DOC, text);

        assertThat(rewrite.text()).isEmpty();
        assertThat(rewrite.refusal()).extracting(Finding::line).containsExactly(7);
    }

    @Test
    void two_markers_in_one_block_are_refused_at_the_second() {
        String text = "```mermaid\n" + MARKER + "\nold\n%% plumbline:generated other\n```\n";

        assertThat(blocks.rewrite(DOC, text).refusal()).singleElement().satisfies(f -> {
            assertThat(f.line()).isEqualTo(4);
            assertThat(f.message()).startsWith("a second plumbline:generated marker");
        });
    }

    @Test
    void a_block_inside_a_quote_is_refused() {
        String text = "> ```mermaid\n> " + MARKER + "\n> old\n> ```\n";

        assertThat(blocks.rewrite(DOC, text).refusal()).extracting(Finding::line).containsExactly(1);
    }

    @Test
    void a_marker_shown_in_a_text_fence_is_documentation_not_a_block() {
        String text = "```text\n" + MARKER + "\n```\n";

        GeneratedBlocks.Rewrite rewrite = blocks.rewrite(DOC, text);

        assertThat(rewrite.refusal()).isEmpty();
        assertThat(rewrite.text()).isEmpty();
    }

    @Test
    void a_crlf_document_keeps_crlf_lines() {
        String text = "# Shop\r\n\r\n```mermaid\r\n" + MARKER + "\r\nold\r\n```\r\n\r\nAfter.\r\n";

        String rewritten = blocks.rewrite(DOC, text).text().orElseThrow();

        assertThat(rewritten.replace("\r\n", "")).doesNotContain("\n");
        assertThat(rewritten).startsWith("# Shop\r\n\r\n```mermaid\r\n" + MARKER + "\r\n").endsWith("```\r\n\r\nAfter.\r\n");
    }

    private static List<Piece> pieces(Random random, String eol) {
        List<Piece> pieces = new ArrayList<>();
        int count = 1 + random.nextInt(6);
        for (int i = 0; i < count; i++) {
            StringBuilder prose = new StringBuilder();
            int lines = random.nextInt(5);
            for (int l = 0; l < lines; l++) {
                // hostile lines are rarer than plain ones, so many documents stay well-formed
                String line = random.nextInt(3) == 0 ? PROSE.get(random.nextInt(PROSE.size())) : "Plain prose " + l;
                prose.append(line).append(eol);
            }
            pieces.add(new Piece(false, prose.toString(), null, null));
            if (random.nextInt(4) != 0) {
                String fence = random.nextBoolean() ? "```" : "````";
                String indent = random.nextInt(5) == 0 ? "  " : "";
                String old = indent + MARKER + eol + indent + "flowchart TB" + eol + indent + "  stale" + i + eol;
                String fresh = String.join("", generated.lines().map(l -> indent + l + eol).toList());
                String open = indent + fence + "mermaid" + eol;
                pieces.add(new Piece(true, open + old + indent + fence + eol, old, fresh));
            }
        }
        return pieces;
    }

    /** Whether {@code out} is the pieces with each block's body either left or replaced by the generated one. */
    private static boolean matches(List<Piece> pieces, int index, String out, int at) {
        if (index == pieces.size()) {
            return at == out.length();
        }
        Piece piece = pieces.get(index);
        if (!piece.block()) {
            return out.startsWith(piece.text(), at) && matches(pieces, index + 1, out, at + piece.text().length());
        }
        String open = piece.text().substring(0, piece.text().indexOf(piece.oldBody()));
        String close = piece.text().substring(open.length() + piece.oldBody().length());
        for (String body : List.of(piece.newBody(), piece.oldBody())) {
            String whole = open + body + close;
            if (out.startsWith(whole, at) && matches(pieces, index + 1, out, at + whole.length())) {
                return true;
            }
        }
        return false;
    }
}
