package dev.plumbline.diagrams.check;

import static dev.plumbline.diagrams.check.DriftFixture.replaceOnce;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Seed documents with one drift each: the check names it, at the Markdown line of the change. */
class DriftMutationTest {

    @TempDir
    Path dir;

    private String findings(String seed, UnaryOperator<String> mutation) {
        Path doc = DriftFixture.seedCopy(dir, seed, mutation);
        return DriftFixture.lines(DriftFixture.check(dir, List.of(doc)));
    }

    @Test
    void a_renamed_element_is_not_in_the_view_and_the_real_one_is_left_out() {
        assertThat(findings("003", replaceOnce("UI[User Interface]", "UI[User Screen]"))).isEqualTo("""
                docs/003.md:5: warning: view agents-high-level-architecture has arrow "User Interface" -> "State Management", which the diagram leaves out
                docs/003.md:5: warning: view agents-high-level-architecture has element "User Interface", which the diagram leaves out
                docs/003.md:8: error: "User Screen" is not an element of view agents-high-level-architecture
                """);
    }

    @Test
    void a_relabelled_arrow_is_reported_with_the_models_label() {
        assertThat(findings("000", replaceOnce("MLQ -> MLEngine: Run inference", "MLQ -> MLEngine: Run scoring")))
                .isEqualTo("""
                docs/000.md:33: error: arrow "ML Pipeline Queue" -> "ML Inference Engine" is labelled "Run scoring", but view vgd-real-time-data-pipeline labels it "Run inference"
                docs/000.md:292: error: PlantUML syntax error: Syntax Error? (Assumed diagram type: component): 'alt Disaster occurs'
                """);
    }

    @Test
    void a_deleted_arrow_is_a_warning_on_the_diagram() {
        assertThat(findings("003", replaceOnce("    Monitor --> Cache\n", ""))).isEqualTo("""
                docs/003.md:5: warning: view agents-high-level-architecture has arrow "Monitoring" -> "Redis", which the diagram leaves out
                """);
    }

    @Test
    void a_reversed_arrow_points_the_wrong_way() {
        assertThat(findings("003", replaceOnce("    API --> Auth\n", "    Auth --> API\n"))).isEqualTo("""
                docs/003.md:32: error: arrow "Authentication" -> "API Gateway" points the wrong way: view agents-high-level-architecture has arrow "API Gateway" -> "Authentication"
                """);
    }

    @Test
    void swapped_messages_are_out_of_order() {
        assertThat(findings("003", replaceOnce("""
                    Agent->>DB: Query Data
                    Agent->>Cache: Check Cache
                """, """
                    Agent->>Cache: Check Cache
                    Agent->>DB: Query Data
                """))).isEqualTo("""
                docs/003.md:58: error: message "Agent" -> "Cache" : "Check Cache" is out of order: it is step 7 of view agents-message-flow, after message "Agent" -> "DB" : "Query Data"
                """);
    }

    @Test
    void an_inserted_message_is_not_a_step_of_the_view() {
        assertThat(findings("003", replaceOnce("    Agent->>Agent: Process Task\n",
                "    Agent->>Agent: Process Task\n    Agent->>DB: Save Progress\n"))).isEqualTo("""
                docs/003.md:61: error: message "Agent" -> "DB" : "Save Progress" is not a step of view agents-message-flow
                """);
    }

    @Test
    void a_deleted_message_is_a_missing_step_where_it_belonged() {
        assertThat(findings("003", replaceOnce("    Queue->>Agent: Assign Task\n", ""))).isEqualTo("""
                docs/003.md:57: warning: view agents-message-flow has step 5, message "Queue" -> "Agent" : "Assign Task", which the diagram leaves out
                """);
    }

    @Test
    void a_relabelled_message_is_reported_with_the_steps_text() {
        assertThat(findings("003", replaceOnce("Queue->>API: Format Response", "Queue->>API: Formatted Response")))
                .isEqualTo("""
                docs/003.md:62: error: message "Queue" -> "API" is labelled "Formatted Response", but view agents-message-flow labels it "Format Response" (step 10)
                """);
    }

    @Test
    void a_reversed_message_points_the_wrong_way() {
        assertThat(findings("001", replaceOnce("Gateway -> Auth: authenticate(credentials)", "Auth -> Gateway: authenticate(credentials)")))
                .isEqualTo("""
                docs/001.md:190: error: message "Auth Service (OAuth2)" -> "API Gateway" : "authenticate(credentials)" points the wrong way: step 3 of view yawl-auth-flow is message "API Gateway" -> "Auth Service (OAuth2)" : "authenticate(credentials)"
                """);
    }
}
