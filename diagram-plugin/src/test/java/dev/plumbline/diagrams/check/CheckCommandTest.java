package dev.plumbline.diagrams.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckCommandTest {

    private static final String WORKSPACES = Path.of("..", "model", "src", "main", "resources", "plumbline",
            "workspaces").toString();

    @TempDir
    Path dir;

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

    private int run(String... args) {
        return CheckCommand.run(args, new PrintStream(bytes, true, StandardCharsets.UTF_8));
    }

    private List<String> output() {
        return bytes.toString(StandardCharsets.UTF_8).lines().toList();
    }

    private Path seed003() throws IOException {
        Path docs = Files.createDirectories(dir.resolve("docs"));
        try (Stream<Path> seeds = Files.list(Path.of("..", "model", "src", "test", "resources", "seeds"))) {
            Path seed = seeds.filter(p -> p.getFileName().toString().startsWith("003_")).findFirst().orElseThrow();
            return Files.copy(seed, docs.resolve("agents.md"));
        }
    }

    @Test
    void a_clean_document_exits_zero_and_writes_every_report() throws IOException {
        Path doc = seed003();

        int exit = run("--workspaces", WORKSPACES, "--docs", doc.toString(), "--reports", dir.resolve("reports").toString(),
                "--formats", "console,junit,sarif,markdown,html", "--base", dir.toString());

        assertThat(exit).isZero();
        assertThat(output()).singleElement().asString()
                .matches("\\[INFO] Plumbline: 9 diagrams, 9 matched to views, 0 errors, 0 warnings \\(0 accepted by the"
                        + " baseline\\) in [0-9.]+ s");
        try (Stream<Path> reports = Files.list(dir.resolve("reports"))) {
            assertThat(reports.map(p -> p.getFileName().toString()).sorted()).containsExactly("drift-check.html",
                    "drift-check.md", "drift-check.sarif", "drift-check.xml");
        }
    }

    @Test
    void drift_exits_one_with_maven_style_lines_until_a_baseline_accepts_it() throws IOException {
        Path doc = seed003();
        Files.writeString(doc, Files.readString(doc).replace("    API --> Auth\n", "    Auth --> API\n"));
        String baseline = dir.resolve("baseline.txt").toString();

        int drift = run("--workspaces", WORKSPACES, "--docs", doc.toString(), "--base", dir.toString(),
                "--baseline", baseline);
        List<String> driftOutput = output();
        bytes.reset();
        int written = run("--workspaces", WORKSPACES, "--docs", doc.toString(), "--base", dir.toString(),
                "--baseline", baseline, "--write-baseline", "true");
        bytes.reset();
        int accepted = run("--workspaces", WORKSPACES, "--docs", doc.toString(), "--base", dir.toString(),
                "--baseline", baseline, "--write-baseline", "false");

        assertThat(drift).isEqualTo(1);
        assertThat(driftOutput.getFirst()).isEqualTo("[ERROR] docs/agents.md:32: error: arrow \"Authentication\" -> "
                + "\"API Gateway\" points the wrong way: view agents-high-level-architecture has arrow \"API Gateway\" ->"
                + " \"Authentication\"");
        assertThat(written).isZero();
        assertThat(accepted).isZero();
        assertThat(output().getFirst()).startsWith("[INFO] docs/agents.md:32: error: arrow").endsWith("[accepted in baseline]");
        assertThat(output()).noneMatch(line -> line.startsWith("[ERROR]"));
    }

    @Test
    void wrong_usage_exits_two_with_a_message() {
        assertThat(run("--docs", "x")).isEqualTo(2);
        assertThat(run("--workspaces", WORKSPACES, "--docs", "x", "--formats", "pdf")).isEqualTo(2);
        assertThat(run("--workspaces", WORKSPACES, "--docs", "x", "--formats", "junit")).isEqualTo(2);
        assertThat(run("--workspaces", WORKSPACES, "--docs", "x", "--write-baseline", "true")).isEqualTo(2);
        assertThat(run("--workspaces", WORKSPACES, "--docs", "x", "--colour", "red")).isEqualTo(2);

        assertThat(output()).containsExactly(
                "[ERROR] plumbline.workspaces names no workspace file or folder",
                "[ERROR] plumbline.reportFormats: unknown format \"pdf\"; use console, junit, sarif, markdown or html",
                "[ERROR] plumbline.reportFormats junit needs a report folder (-Dplumbline.reports=<dir>)",
                "[ERROR] -Dplumbline.writeBaseline=true needs a baseline file (-Dplumbline.baseline=<file>)",
                "[ERROR] unknown worker option --colour (a Plumbline plugin and worker of different versions?)");
    }

    @Test
    void what_a_user_reads_names_maven_properties_not_worker_options() {
        run("--docs", "x");
        run("--workspaces", WORKSPACES, "--docs", "x", "--formats", "junit");
        run("--workspaces", WORKSPACES, "--docs", "x", "--write-baseline", "true");
        run("--workspaces", WORKSPACES, "--docs", "x", "--write-baseline", "maybe", "--baseline", "b.txt");
        run("--workspaces", WORKSPACES, "--docs");

        assertThat(output()).hasSize(5).allSatisfy(line -> assertThat(line).startsWith("[ERROR] ")
                .doesNotContainPattern("(^|[\\s(])--(docs|write-baseline|workspaces|reports|formats|baseline)\\b"));
    }

    @Test
    void mermaid_itself_checks_diagram_types_plumbline_does_not_read() throws IOException {
        Path docs = Files.createDirectories(dir.resolve("docs"));
        Files.writeString(docs.resolve("pets.md"), """
                # Pets

                ```mermaid
                pie title Pets
                    "Dogs" : 386
                    "Cats" 85
                ```

                ```mermaid
                pie title Birds
                    "Owls" : 3
                ```
                """);

        int exit = run("--workspaces", WORKSPACES, "--docs", docs.toString(), "--formats", "console",
                "--base", dir.toString());

        assertThat(exit).isEqualTo(1);
        assertThat(output()).filteredOn(line -> line.startsWith("[ERROR]")).containsExactly(
                "[ERROR] docs/pets.md:6: error: Mermaid syntax error: Parse error: Expecting token of type ':' but"
                        + " found `85`.");
        assertThat(output()).anySatisfy(line -> assertThat(line).isEqualTo("[INFO] docs/pets.md:10: info: Mermaid "
                + "diagram type \"pie\" is not compared with the model; its syntax was checked by Mermaid"));
    }

    @Test
    void diagram_types_newer_than_plumblines_reader_are_checked_by_the_pinned_mermaid_cli() throws IOException {
        Path docs = Files.createDirectories(dir.resolve("docs"));
        Files.writeString(docs.resolve("new.md"), """
                # Newer Mermaid

                ```mermaid
                ishikawa
                    Late deliveries
                        People
                            Too few drivers
                ```

                ```mermaid
                treeView-beta
                    root
                        src
                ```

                ```mermaid
                venn-beta
                    set A
                    set B
                    union A,B
                ```

                ```mermaid
                zenuml
                    Shopper->WebShop.checkout() {
                        OrderService.place()
                    }
                ```

                ```mermaid
                flowchar TD
                    a --> b
                ```
                """);

        int exit = run("--workspaces", WORKSPACES, "--docs", docs.toString(), "--formats", "console",
                "--base", dir.toString());

        assertThat(exit).isEqualTo(1);
        assertThat(output()).filteredOn(line -> line.startsWith("[INFO] docs/")).containsExactly(
                "[INFO] docs/new.md:4: info: Mermaid diagram type \"ishikawa\" is not compared with the model; its "
                        + "syntax was checked by Mermaid",
                "[INFO] docs/new.md:11: info: Mermaid diagram type \"treeView-beta\" is not compared with the model; its "
                        + "syntax was checked by Mermaid",
                "[INFO] docs/new.md:17: info: Mermaid diagram type \"venn-beta\" is not compared with the model; its "
                        + "syntax was checked by Mermaid",
                "[INFO] docs/new.md:24: info: Mermaid diagram type \"zenuml\" is not compared with the model; its "
                        + "syntax was checked by Mermaid");
        assertThat(output()).filteredOn(line -> line.startsWith("[ERROR]")).singleElement().asString()
                .startsWith("[ERROR] docs/new.md:31: error: Mermaid syntax error: ");
    }

    @Test
    void c4_plantuml_from_github_is_checked_offline_and_other_urls_are_refused_by_name() throws IOException {
        Path docs = Files.createDirectories(dir.resolve("docs"));
        Files.writeString(docs.resolve("c4.md"), """
                # C4

                ```plantuml
                @startuml
                !include https://raw.githubusercontent.com/plantuml-stdlib/C4-PlantUML/master/C4_Container.puml
                Person(user, "User")
                Container(web, "Web", "Java")
                Rel(user, web, "Uses")
                @enduml
                ```

                ```plantuml
                @startuml
                !include https://example.com/theme.puml
                Alice -> Bob : hi
                @enduml
                ```
                """);

        run("--workspaces", WORKSPACES, "--docs", docs.toString(), "--formats", "console", "--base", dir.toString());

        // (the C4 diagram depicts no view of the bundled workspaces, which is a finding of its own)
        assertThat(output()).filteredOn(line -> line.contains("URL") || line.contains("syntax")).containsExactly(
                "[ERROR] docs/c4.md:14: error: PlantUML: URL includes are not fetched; use `<stdlib>` or a local "
                        + "file: '!include https://example.com/theme.puml'");
        assertThat(output()).noneMatch(line -> line.contains("c4.md:5"));
    }
}
