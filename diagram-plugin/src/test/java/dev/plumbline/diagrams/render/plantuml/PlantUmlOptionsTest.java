package dev.plumbline.diagrams.render.plantuml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.plumbline.diagrams.render.plantuml.PlantUmlOptions.Layout;

class PlantUmlOptionsTest {

    @TempDir
    Path project;

    @Test
    void defaults_to_smetana_one_worker_per_core_and_fallback() {
        PlantUmlOptions options = PlantUmlOptions.builder(project).build();

        assertThat(options.layout()).isEqualTo(Layout.SMETANA);
        assertThat(options.dotExecutable()).isEmpty();
        assertThat(options.poolSize()).isEqualTo(Runtime.getRuntime().availableProcessors());
        assertThat(options.fallback()).isTrue();
        assertThat(options.timeout()).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void refuses_dot_layout_without_an_executable_dot() {
        assertThatThrownBy(() -> new PlantUmlOptions(project, Layout.DOT, Optional.empty(), 1, Duration.ofSeconds(1),
                true, Path.of("java"), List.of(), Duration.ofSeconds(10)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("layout DOT needs the path of the Graphviz dot executable");
        assertThatThrownBy(() -> PlantUmlOptions.builder(project).dot(project.resolve("no-dot")).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("Graphviz dot is not an executable file: ");
    }

    @Test
    void refuses_missing_project_directory_and_empty_pool() {
        assertThatThrownBy(() -> PlantUmlOptions.builder(project.resolve("missing")).build())
                .hasMessageStartingWith("project directory does not exist: ");
        assertThatThrownBy(() -> PlantUmlOptions.builder(project).poolSize(0).build())
                .hasMessage("poolSize must be >= 1: 0");
    }

    @Test
    void worker_start_failure_names_the_java_that_could_not_run() {
        PlantUmlOptions options = PlantUmlOptions.builder(project)
                .javaExecutable(project.resolve("no-java")).poolSize(1).build();

        assertThatThrownBy(() -> PlantUmlRenderer.start(options))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("cannot start PlantUML worker " + project.resolve("no-java"));
    }
}
