package dev.plumbline.diagrams.render.mermaid;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SvgIdTest {

    @Test
    void plain_names_are_used_as_they_are() {
        assertThat(SvgId.of("SystemContext")).isEqualTo("SystemContext");
        assertThat(SvgId.of("container-api_v2")).isEqualTo("container-api_v2");
    }

    @Test
    void other_names_become_css_safe_and_stay_distinct() {
        var spaced = SvgId.of("Containers / API");
        var slashed = SvgId.of("Containers/API");

        assertThat(spaced).matches("mermaid-Containers-API-[0-9a-f]{8}");
        assertThat(slashed).matches("mermaid-Containers-API-[0-9a-f]{8}").isNotEqualTo(spaced);
        assertThat(SvgId.of("1st view")).matches("mermaid-st-view-[0-9a-f]{8}");
        assertThat(SvgId.of("Containers / API")).isEqualTo(spaced);
    }
}
