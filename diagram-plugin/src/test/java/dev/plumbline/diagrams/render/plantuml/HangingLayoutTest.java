package dev.plumbline.diagrams.render.plantuml;

import static dev.plumbline.diagrams.render.plantuml.PlantUmlRendererTest.failed;
import static dev.plumbline.diagrams.render.plantuml.PlantUmlRendererTest.renderedSvg;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import dev.plumbline.diagrams.render.DiagramProblem.Kind;
import dev.plumbline.diagrams.render.DiagramRequest;
import dev.plumbline.diagrams.render.RenderResult;

// A regression in the cut-off must fail the build, not hang it.
@Timeout(180)
class HangingLayoutTest {

    /**
     * Reduced from the "Multi-Level Caching Strategy" seed diagram: opposite same-rank arrows between two packages
     * send Smetana's mincross (flat_reorder, flat_rev, merge_oneway) into an endless loop.
     */
    static final String HANGING = """
            @startuml
            package "Application Layer" {
                component "Application Cache" as AppCache
                component "Redis Cache" as Redis
            }
            package "Database Layer" {
                component "Query Cache" as QueryCache
                component "Database" as Database
            }
            Redis -> QueryCache: Cache miss
            Database -> QueryCache: Return data
            QueryCache -> Redis: Cache result
            Redis -> AppCache: Return data
            note right of QueryCache : Database-level\\nquery optimization
            @enduml
            """;

    static final String SEQUENCE = """
            @startuml
            Alice -> Bob : after the hang
            @enduml
            """;

    @TempDir
    Path project;

    @Test
    void cuts_off_hanging_layout_at_the_limit_and_keeps_rendering_the_next_diagrams() {
        try (PlantUmlRenderer renderer = PlantUmlRenderer.start(PlantUmlOptions.builder(project)
                .poolSize(1).timeout(Duration.ofSeconds(3)).fallback(false).build())) {
            List<Long> before = renderer.workerPids();

            // The hanging diagram goes alone first: renderAll's virtual threads may take requests in any order,
            // and a hang that came last would leave its replacement still starting when the pids are read.
            RenderResult hung = renderer.render(DiagramRequest.svg("caching-strategy", HANGING));
            List<RenderResult> next = renderer.renderAll(List.of(
                    DiagramRequest.svg("next-1", SEQUENCE),
                    DiagramRequest.svg("next-2", SEQUENCE)));

            assertThat(failed(hung).problem().kind()).isEqualTo(Kind.TIMEOUT);
            assertThat(failed(hung).describe())
                    .startsWith("caching-strategy: PlantUML layout did not finish within 3 s and was stopped")
                    .contains("(tried Smetana)");
            assertThat(renderedSvg(next.get(0))).contains("after the hang");
            assertThat(renderedSvg(next.get(1))).contains("after the hang");
            assertThat(renderer.workerPids()).hasSize(1).doesNotContainAnyElementsOf(before);
            assertThat(ProcessHandle.of(before.get(0)).filter(ProcessHandle::isAlive)).isEmpty();
        }
    }

    @Test
    void falls_back_to_the_other_layout_direction_when_the_layout_hangs() {
        try (PlantUmlRenderer renderer = PlantUmlRenderer.start(PlantUmlOptions.builder(project)
                .poolSize(1).timeout(Duration.ofSeconds(3)).build())) {

            RenderResult result = renderer.render(DiagramRequest.svg("caching-strategy", HANGING));

            assertThat(renderedSvg(result)).contains("Query Cache", "Redis Cache");
            assertThat(((RenderResult.Rendered) result).warnings()).containsExactly(
                    "layout with Smetana did not finish within 3 s and was stopped;"
                            + " rendered with Smetana with the direction toggled instead");
        }
    }

    @Test
    void replaces_a_worker_killed_in_the_middle_of_a_render() throws Exception {
        try (PlantUmlRenderer renderer = PlantUmlRenderer.start(PlantUmlOptions.builder(project)
                .poolSize(1).timeout(Duration.ofSeconds(60)).fallback(false).build())) {
            long victim = renderer.workerPids().get(0);
            CompletableFuture<RenderResult> hanging = CompletableFuture.supplyAsync(
                    () -> renderer.render(DiagramRequest.svg("caching-strategy", HANGING)));
            Thread.sleep(1000);

            ProcessHandle.of(victim).orElseThrow().destroyForcibly();
            RenderResult result = hanging.get(30, TimeUnit.SECONDS);

            assertThat(failed(result).problem().kind()).isEqualTo(Kind.FAILED);
            assertThat(failed(result).describe())
                    .startsWith("caching-strategy: PlantUML worker (pid " + victim + ") exited with code");
            assertThat(renderedSvg(renderer.render(DiagramRequest.svg("next", SEQUENCE)))).contains("after the hang");
            assertThat(renderer.workerPids()).hasSize(1).doesNotContain(victim);
        }
    }
}
