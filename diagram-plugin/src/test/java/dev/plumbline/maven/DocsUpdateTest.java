package dev.plumbline.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class DocsUpdateTest {

    @Test
    void outside_ci_generate_keeps_the_docs_current() {
        assertThat(DocsUpdate.enabled(null, Map.of())).isTrue();
        assertThat(DocsUpdate.enabled(null, Map.of("CI", "false"))).isTrue();
        assertThat(DocsUpdate.enabled(null, Map.of("CI", "0"))).isTrue();
    }

    @Test
    void in_ci_generate_leaves_the_docs_as_committed() {
        assertThat(DocsUpdate.enabled(null, Map.of("CI", "true"))).isFalse();
        assertThat(DocsUpdate.enabled(null, Map.of("CI", "1"))).isFalse();
        assertThat(DocsUpdate.enabled(null, Map.of("CI", "yes"))).isFalse();
    }

    @Test
    void the_property_decides_wherever_it_is_set() {
        assertThat(DocsUpdate.enabled(false, Map.of())).isFalse();
        assertThat(DocsUpdate.enabled(true, Map.of("CI", "true"))).isTrue();
    }
}
