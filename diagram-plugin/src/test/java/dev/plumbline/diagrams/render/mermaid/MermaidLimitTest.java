package dev.plumbline.diagrams.render.mermaid;

import static dev.plumbline.diagrams.render.DiagramRequest.svg;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plumbline.diagrams.render.RenderResult.Failed;
import dev.plumbline.diagrams.render.RenderResult.Rendered;
import dev.plumbline.diagrams.render.mermaid.MermaidRenderer.Options;
import org.junit.jupiter.api.Test;

/** A diagram over Mermaid's text size limit fails with the limit and what to do, never as a placeholder picture. */
class MermaidLimitTest {

    @Test
    void a_diagram_over_the_limit_fails_with_the_limit_and_the_switch() {
        String big = flowchart(60_000);
        String small = flowchart(1_500);
        try (MermaidRenderer defaults = RealRenderer.start(Options.defaults().withPages(1));
                MermaidRenderer lowered = RealRenderer.start(Options.defaults().withPages(1).withMaxTextSize(1_000))) {
            var result = defaults.render(svg("big", big));

            assertThat(result).isInstanceOf(Failed.class);
            assertThat(((Failed) result).problem().message()).isEqualTo("the diagram has " + big.length()
                    + " characters, more than Mermaid's limit of 50000: split the view into smaller ones, or raise"
                    + " -Dplumbline.mermaidMaxTextSize");
            assertThat(defaults.render(svg("small", small))).isInstanceOf(Rendered.class);
            assertThat(lowered.render(svg("small", small))).isInstanceOfSatisfying(Failed.class, f ->
                    assertThat(f.problem().message()).contains("more than Mermaid's limit of 1000"));
        }
    }

    private static String flowchart(int length) {
        StringBuilder text = new StringBuilder("flowchart TB\n");
        for (int i = 0; text.length() <= length; i++) {
            text.append("  n").append(i).append("[\"A node with a long label number ").append(i).append("\"]\n");
        }
        return text.toString();
    }
}
