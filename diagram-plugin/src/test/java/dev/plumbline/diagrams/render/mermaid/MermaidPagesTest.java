package dev.plumbline.diagrams.render.mermaid;

import static dev.plumbline.diagrams.render.DiagramRequest.svg;

import dev.plumbline.diagrams.render.RenderResult.Failed;
import dev.plumbline.diagrams.render.mermaid.MermaidRenderer.Options;
import dev.plumbline.diagrams.render.RenderResult.Rendered;
import dev.plumbline.diagrams.render.RenderResult;
import dev.plumbline.diagrams.render.DiagramRequest;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * generate hands the renderer all of a build's diagrams at once, and with two or more pages (four CPUs or more) they
 * render at the same time: one bad or slow diagram must cost only itself, and which page drew a diagram must not show
 * in its bytes.
 */
class MermaidPagesTest {

    @Test
    void broken_diagrams_among_many_fail_alone_at_their_own_lines_and_the_rest_render_as_on_one_page() {
        var seeds = SeedDiagrams.all();
        var mixed = new ArrayList<>(seeds);
        mixed.add(3, svg("broken-flowchart", "flowchart TD\n  A --> B\n  B --> --> C\n"));
        mixed.add(11, svg("broken-sequence", "sequenceDiagram\n  A->>B: hi\n  B-->>: no one\n"));

        List<RenderResult> onTwoPages;
        List<RenderResult> onOnePage;
        try (var two = RealRenderer.start(Options.defaults().withPages(2))) {
            onTwoPages = two.renderAll(mixed);
        }
        try (var one = RealRenderer.start(Options.defaults().withPages(1))) {
            onOnePage = one.renderAll(seeds);
        }

        assertThat(onTwoPages).extracting(RenderResult::name)
                .isEqualTo(mixed.stream().map(DiagramRequest::name).toList());
        assertThat(onTwoPages.get(3)).isInstanceOfSatisfying(Failed.class,
                f -> assertThat(f.problem().line()).isEqualTo(3));
        assertThat(onTwoPages.get(11)).isInstanceOfSatisfying(Failed.class,
                f -> assertThat(f.problem().line()).isEqualTo(3));
        var good = new ArrayList<>(onTwoPages);
        good.remove(11);
        good.remove(3);
        for (int i = 0; i < seeds.size(); i++) {
            var expected = (Rendered) onOnePage.get(i);
            assertThat(good.get(i)).as(seeds.get(i).name()).isInstanceOfSatisfying(Rendered.class,
                    r -> assertThat(r.image()).isEqualTo(expected.image()));
        }
    }

    @Test
    void a_diagram_that_overruns_the_timeout_fails_alone_and_the_others_still_render() {
        // 5,000 unconnected nodes, under Mermaid's text limit: the layout runs for minutes (3,000 took over a minute
        // of CPU here), far beyond the timeout, while a seed diagram takes well under a second once its page is open.
        var slow = svg("slow", "flowchart TD\n" + IntStream.range(0, 5_000).mapToObj(i -> "  N" + i + "\n")
                .collect(Collectors.joining()));
        var sources = new ArrayList<>(SeedDiagrams.all().subList(0, 6));
        sources.add(2, slow);

        try (var renderer = RealRenderer.start(Options.defaults().withPages(2).withTimeout(Duration.ofSeconds(20)))) {
            var results = renderer.renderAll(sources);

            assertThat(results.get(2)).isInstanceOfSatisfying(Failed.class,
                    f -> assertThat(f.problem().message()).contains("took longer than 20000 ms"));
            var others = new ArrayList<>(results);
            others.remove(2);
            assertThat(others).allSatisfy(r -> assertThat(r).isInstanceOf(Rendered.class));
            assertThat(renderer.renderAll(SeedDiagrams.all().subList(6, 10)))
                    .as("the renderer carries on, the overrun page replaced")
                    .allSatisfy(r -> assertThat(r).isInstanceOf(Rendered.class));
            assertThat(renderer.stats().browserLaunches()).isEqualTo(1);
        }
    }
}
