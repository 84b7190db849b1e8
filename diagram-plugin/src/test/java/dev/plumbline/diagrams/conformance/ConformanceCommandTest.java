package dev.plumbline.diagrams.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The worker side of plumbline:conformance, without Maven: findings at file:line, exit codes, reports, baseline. */
class ConformanceCommandTest {

    private static final Path CLASSES = Path.of("target/test-classes/com/example/conformance");
    private static final Path SOURCES = Path.of("src/test/java");

    @TempDir
    Path project;
    private Path workspace;
    private String output;

    @BeforeEach
    void writeWorkspace() throws Exception {
        workspace = project.resolve("arch.dsl");
        Files.writeString(workspace, """
                workspace "Fixture" "Two parts." {
                    model {
                        fixture = softwareSystem "Fixture" "Two parts." {
                            a = container "A" "Calls." {
                                properties {
                                    "plumbline.code" "com.example.conformance.a.."
                                }
                            }
                            b = container "B" "Answers." {
                                properties {
                                    "plumbline.code" "com.example.conformance.b.."
                                }
                            }
                        }
                    }
                }
                """);
    }

    private int run(String... extra) {
        List<String> args = new ArrayList<>(List.of("--workspaces", workspace.toString(), "--classes",
                CLASSES.toString(), "--sources", SOURCES.toString(), "--base", project.toString()));
        args.addAll(List.of(extra));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int exit = ConformanceCommand.run(args.toArray(String[]::new), new PrintStream(bytes, true, StandardCharsets.UTF_8));
        output = bytes.toString(StandardCharsets.UTF_8);
        return exit;
    }

    @Test
    void an_undeclared_dependency_fails_at_its_source_line_and_writes_every_report() throws Exception {
        Path reports = project.resolve("reports");

        assertThat(run("--reports", reports.toString(), "--formats", "console,junit,sarif,markdown,html")).isEqualTo(1);

        String source = SOURCES.toAbsolutePath().resolve("com/example/conformance/a/Caller.java").toString().replace('\\', '/');
        assertThat(output).contains("[ERROR] " + source + ":8: error: Caller.call(..) calls Callee.answer(..) "
                + "(Caller.java:8): container a -> b is not in the model; declare it in arch.dsl: a -> b \"...\"");
        assertThat(output).doesNotContain("\tat ");
        assertThat(reports.resolve("conformance.md")).content().contains("| dependencies-declared | A code dependency "
                + "between two elements is a relationship of the model. | 1 |");
        var result = new com.fasterxml.jackson.databind.ObjectMapper().readTree(reports.resolve("conformance.sarif").toFile())
                .at("/runs/0/results/0");
        assertThat(result.at("/ruleId").asText()).isEqualTo("dependencies-declared");
        assertThat(result.at("/locations/0/physicalLocation/region/startLine").asInt()).isEqualTo(8);
        assertThat(result.at("/baselineState").asText()).isEqualTo("new");
        assertThat(reports.resolve("conformance.xml")).content().contains("<failure type=\"conformance\" message=\"1 violation\">");
    }

    @Test
    void a_baseline_accepts_todays_violations_and_the_run_passes() {
        Path baseline = project.resolve("baseline.txt");

        assertThat(run("--baseline", baseline.toString(), "--write-baseline", "true")).isEqualTo(0);
        assertThat(baseline).content().contains("dependencies-declared");
        assertThat(run("--baseline", baseline.toString())).isEqualTo(0);
        assertThat(output).contains("accepted in the baseline: ");
    }

    @Test
    void a_workspace_that_does_not_parse_is_an_error_at_its_line() throws Exception {
        Files.writeString(workspace, "workspace {\n    model {\n        a -> b \"Uses\"\n    }\n}\n");

        assertThat(run()).isEqualTo(1);

        assertThat(output).startsWith("[ERROR] arch.dsl:3: error: The source element \"a\" does not exist");
    }

    @Test
    void missing_classes_are_an_error_naming_the_parameter() {
        List<String> args = List.of("--workspaces", workspace.toString(), "--classes", project.resolve("none").toString(),
                "--base", project.toString());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        int exit = ConformanceCommand.run(args.toArray(String[]::new), new PrintStream(bytes, true, StandardCharsets.UTF_8));

        assertThat(exit).isEqualTo(1);
        assertThat(bytes.toString(StandardCharsets.UTF_8)).startsWith("[ERROR] none:1: error: no compiled classes at none; "
                + "run the goal after compile, or point -Dplumbline.classes at the class folder");
    }

    @Test
    void a_configured_workspace_that_does_not_exist_is_an_error() throws Exception {
        Files.delete(workspace);

        assertThat(run()).isEqualTo(1);

        assertThat(output).startsWith("[ERROR] arch.dsl:1: error: no workspace file or folder at arch.dsl; fix "
                + "-Dplumbline.workspaces");
    }

    @Test
    void a_wrong_call_exits_2_and_says_what_is_missing() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        int exit = ConformanceCommand.run(new String[] {"--workspaces", "x.dsl"}, new PrintStream(bytes, true,
                StandardCharsets.UTF_8));

        assertThat(exit).isEqualTo(2);
        assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo("[ERROR] plumbline.classes names no folder of compiled classes"
                + System.lineSeparator());
    }
}
