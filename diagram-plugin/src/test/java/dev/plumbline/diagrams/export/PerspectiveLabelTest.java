package dev.plumbline.diagrams.export;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plumbline.diagrams.labels.ScalingView;
import org.junit.jupiter.api.Test;

class PerspectiveLabelTest {

    @Test
    void the_exporters_draw_a_perspective_value_as_the_drift_check_reads_it() {
        ScalingView scaling = new ScalingView();

        assertThat(new Labels(scaling.view).of(scaling.api)).isEqualTo("API\n(Java)\n(min: 2, max: 8)");
    }
}
