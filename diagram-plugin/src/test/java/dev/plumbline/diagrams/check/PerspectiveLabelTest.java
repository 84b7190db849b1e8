package dev.plumbline.diagrams.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plumbline.diagrams.labels.ScalingView;
import org.junit.jupiter.api.Test;

class PerspectiveLabelTest {

    @Test
    void the_drift_check_reads_a_perspective_value_as_the_exporters_draw_it() {
        ScalingView scaling = new ScalingView();

        assertThat(Labels.of(scaling.api, scaling.view)).containsExactly("API (min: 2, max: 8)");
    }
}
