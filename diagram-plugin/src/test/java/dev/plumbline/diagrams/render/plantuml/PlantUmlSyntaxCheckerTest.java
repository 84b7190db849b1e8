package dev.plumbline.diagrams.render.plantuml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.plumbline.diagrams.render.DiagramProblem;
import dev.plumbline.diagrams.render.DiagramProblem.Kind;

class PlantUmlSyntaxCheckerTest {

    @TempDir
    static Path workspace;

    static PlantUmlSyntaxChecker checker;

    @BeforeAll
    static void createChecker() throws IOException {
        Path project = Files.createDirectories(workspace.resolve("project"));
        Files.writeString(project.resolve("broken.iuml"), """
                Alice -> Bob
                this is not plantuml
                """);
        Files.writeString(workspace.resolve("outside.iuml"), "Alice -> Bob\n");
        checker = PlantUmlSyntaxChecker.forProject(project);
    }

    @Test
    void accepts_a_valid_diagram() {
        assertThat(checker.check("""
                @startuml
                Alice -> Bob : hello
                @enduml
                """)).isEmpty();
    }

    @Test
    void reports_mermaid_style_par_branch_at_its_line() {
        Optional<DiagramProblem> problem = checker.check("""
                @startuml
                participant Kafka
                participant Worker
                par Parallel Processing
                    Kafka -> Worker : 5a. Update
                and
                    Kafka -> Worker : 5b. Notify
                end
                @enduml
                """);

        assertThat(problem).contains(new DiagramProblem(Kind.SYNTAX, 6, "Syntax Error? (Assumed diagram type: sequence)"));
    }

    @Test
    void reports_error_inside_an_included_file_at_the_include_line() {
        Optional<DiagramProblem> problem = checker.check("""
                @startuml
                !include broken.iuml
                @enduml
                """);

        assertThat(problem).hasValueSatisfying(p -> {
            assertThat(p.kind()).isEqualTo(Kind.SYNTAX);
            assertThat(p.line()).isEqualTo(2);
            assertThat(p.message()).contains("in included").contains("broken.iuml, line 2");
        });
    }

    @Test
    void refuses_an_include_outside_the_project() {
        Optional<DiagramProblem> problem = checker.check("""
                @startuml
                !include ../outside.iuml
                @enduml
                """);

        assertThat(problem).hasValueSatisfying(p -> {
            assertThat(p.kind()).isEqualTo(Kind.REFUSED);
            assertThat(p.message()).contains("outside.iuml refused");
        });
    }

    @Test
    void checks_a_diagram_whose_layout_hangs_without_laying_it_out() {
        Optional<DiagramProblem> problem = assertTimeoutPreemptively(Duration.ofSeconds(20),
                () -> checker.check(HangingLayoutTest.HANGING));

        assertThat(problem).isEmpty();
    }
}
