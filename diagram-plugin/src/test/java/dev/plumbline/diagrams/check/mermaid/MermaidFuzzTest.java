package dev.plumbline.diagrams.check.mermaid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.plumbline.diagrams.check.Seeds;
import dev.plumbline.diagrams.check.diagram.ParseResult;
import dev.plumbline.diagrams.check.markdown.DiagramBlock;
import dev.plumbline.diagrams.check.markdown.Notation;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Random damage to real diagrams must give a result, never an exception or a hang. The timeout guards
 * against hangs only; speed is measured in bench/.
 */
class MermaidFuzzTest {

    private static final String SNIPPETS = "-->|[]{}()\"&;:%%<>=.~ox+-\n\tend subgraph participant Note over loop alt else";

    private final MermaidParser parser = new MermaidParser();

    @Test
    void mutated_and_truncated_seed_diagrams_never_throw_or_hang() {
        List<String> seeds = Seeds.blocks(Notation.MERMAID, "003", "004").stream().map(DiagramBlock::text).toList();
        Random random = new Random(20261121L);

        int[] outcomes = new int[3];
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            for (int i = 0; i < 5000; i++) {
                String text = mutate(seeds.get(random.nextInt(seeds.size())), random);
                ParseResult result = parser.parse(text);
                assertThat(result).as("result for%n%s", text).isNotNull();
                switch (result) {
                    case ParseResult.Parsed parsed -> outcomes[0]++;
                    case ParseResult.Invalid invalid -> {
                        outcomes[1]++;
                        assertThat(invalid.error().line()).isBetween(1, (int) text.lines().count() + 1);
                    }
                    case ParseResult.Unsupported unsupported -> outcomes[2]++;
                }
            }
        });
        // The mutations must reach both outcomes, or the test proves nothing about error handling.
        assertThat(outcomes[0]).isPositive();
        assertThat(outcomes[1]).isPositive();
    }

    @Test
    void a_five_megabyte_flowchart_parses_without_hanging() {
        StringBuilder text = new StringBuilder("graph TD\n");
        int n = 0;
        while (text.length() < 5 * 1024 * 1024) {
            text.append("  n").append(n).append("[Node ").append(n).append("] --> n").append(n + 1).append('\n');
            n++;
        }
        int nodes = n + 1;

        ParseResult result = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> parser.parse(text.toString()));

        assertThat(result).isInstanceOfSatisfying(ParseResult.Parsed.class, parsed ->
                assertThat(((dev.plumbline.diagrams.check.diagram.GraphDiagram) parsed.diagram()).nodes()).hasSize(nodes));
    }

    private static String mutate(String text, Random random) {
        StringBuilder mutated = new StringBuilder(text);
        int edits = 1 + random.nextInt(6);
        for (int e = 0; e < edits && !mutated.isEmpty(); e++) {
            int at = random.nextInt(mutated.length());
            switch (random.nextInt(6)) {
                case 0 -> mutated.setLength(at);
                case 1 -> mutated.deleteCharAt(at);
                case 2 -> mutated.insert(at, SNIPPETS.charAt(random.nextInt(SNIPPETS.length())));
                case 3 -> {
                    int start = random.nextInt(SNIPPETS.length());
                    int end = Math.min(SNIPPETS.length(), start + 1 + random.nextInt(12));
                    mutated.insert(at, SNIPPETS, start, end);
                }
                case 4 -> mutated.setCharAt(at, (char) random.nextInt(0x80));
                default -> {
                    int end = Math.min(mutated.length(), at + random.nextInt(40));
                    mutated.delete(at, end);
                }
            }
        }
        return mutated.toString();
    }
}
