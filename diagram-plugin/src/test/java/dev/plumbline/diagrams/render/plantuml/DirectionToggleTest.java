package dev.plumbline.diagrams.render.plantuml;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DirectionToggleTest {

    @Test
    void adds_left_to_right_after_startuml_when_no_direction_is_given() {
        assertThat(DirectionToggle.toggle("""
                @startuml
                A -> B
                @enduml
                """)).isEqualTo("""
                @startuml
                left to right direction
                A -> B
                @enduml
                """);
    }

    @Test
    void turns_left_to_right_into_top_to_bottom() {
        assertThat(DirectionToggle.toggle("""
                @startuml
                  Left to Right Direction
                A -> B
                @enduml""")).isEqualTo("""
                @startuml
                top to bottom direction
                A -> B
                @enduml""");
    }

    @Test
    void turns_top_to_bottom_into_left_to_right() {
        assertThat(DirectionToggle.toggle("@startuml\r\ntop to bottom direction\r\nA -> B\r\n@enduml\r\n"))
                .isEqualTo("@startuml\nleft to right direction\nA -> B\n@enduml\n");
    }
}
