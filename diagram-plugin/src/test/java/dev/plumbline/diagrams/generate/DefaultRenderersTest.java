package dev.plumbline.diagrams.generate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DefaultRenderersTest {

    private static final int CORES = Runtime.getRuntime().availableProcessors();

    @Test
    void a_model_of_some_dozen_views_renders_its_plantuml_in_one_worker_jvm() {
        assertThat(DefaultRenderers.poolSize(64, 55, false)).isEqualTo(1);
        assertThat(DefaultRenderers.poolSize(64, 1, true)).isEqualTo(1);
    }

    @Test
    void a_worker_is_added_per_250_diagrams_up_to_one_per_core_less_the_mermaid_browsers() {
        assertThat(DefaultRenderers.poolSize(64, 250, false)).isEqualTo(Math.min(CORES, 2));
        assertThat(DefaultRenderers.poolSize(64, 100_000, false)).isEqualTo(CORES);
        assertThat(DefaultRenderers.poolSize(64, 100_000, true)).isEqualTo(Math.max(1, CORES - 1));
        assertThat(DefaultRenderers.poolSize(2, Integer.MAX_VALUE, false)).isEqualTo(Math.min(CORES, 2));
    }
}
