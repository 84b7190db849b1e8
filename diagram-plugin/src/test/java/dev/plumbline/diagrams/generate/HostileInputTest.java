package dev.plumbline.diagrams.generate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plumbline.diagrams.render.DiagramRenderer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The standing corpus of hostile and unlucky input to {@code generate}: each case once broke something (prose
 * deleted, secrets substituted, files outside the project read, outputs escaping their folder, modes lost) and
 * stays here so it stays fixed. Renderer, cache, SVG and PlantUML-include cases live beside their classes and
 * are listed in docs/safety.md.
 */
class HostileInputTest {

    @TempDir
    Path dir;

    private Path project;
    private Path docs;

    @BeforeEach
    void project() throws IOException {
        project = Files.createDirectories(dir.resolve("project"));
        docs = Files.createDirectories(project.resolve("docs"));
        Files.createDirectories(project.resolve("arch"));
        Files.copy(Path.of("src/test/resources/samples/checkout.dsl"), project.resolve("arch/checkout.dsl"));
    }

    @Test
    void an_unterminated_generated_fence_leaves_the_doc_byte_for_byte_and_fails_at_its_line() throws IOException {
        byte[] doc = ("# Shop\n\n```mermaid\n%% plumbline:generated shop-containers\nflowchart TB\n  old\n\n"
                + "The prose after the block.\n\n## A heading\n\nMore prose.\n").getBytes(StandardCharsets.UTF_8);
        Files.write(docs.resolve("shop.md"), doc);

        Run run = generate(project.resolve("arch/checkout.dsl"));

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.console()).contains("shop.md:3: error: the fence of generated block \"shop-containers\" is never"
                + " closed").doesNotContain("Exception");
        assertThat(Files.readAllBytes(docs.resolve("shop.md"))).isEqualTo(doc);
    }

    @Test
    void a_doc_that_is_not_utf8_is_named_with_its_line_and_left_alone() throws IOException {
        byte[] doc = "# Caf\u00e9\n\nline two\n".getBytes(StandardCharsets.ISO_8859_1);
        Files.write(docs.resolve("latin1.md"), doc);

        Run run = generate(project.resolve("arch/checkout.dsl"));

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.console()).contains("latin1.md:1: error: not valid UTF-8 text").doesNotContain("Input length");
        assertThat(Files.readAllBytes(docs.resolve("latin1.md"))).isEqualTo(doc);
    }

    @Test
    void a_rewritten_doc_keeps_its_mode_and_new_outputs_follow_the_umask() throws IOException {
        Path doc = docs.resolve("shop.md");
        Files.writeString(doc, "# Shop\n\n```mermaid\n%% plumbline:generated shop-containers\nold\n```\n");
        Set<PosixFilePermission> mode = PosixFilePermissions.fromString("rw-r-----");
        Files.setPosixFilePermissions(doc, mode);
        Path plain = Files.createFile(dir.resolve("plain")); // what any tool's new file gets under this umask

        Run run = generate(project.resolve("arch/checkout.dsl"));

        assertThat(run.exit()).as(run.console()).isZero();
        assertThat(Files.readString(doc)).contains("Order Service");
        assertThat(Files.getPosixFilePermissions(doc)).isEqualTo(mode);
        assertThat(Files.getPosixFilePermissions(project.resolve("out/checkout/shop-containers.mmd")))
                .isEqualTo(Files.getPosixFilePermissions(plain));
    }

    @Test
    void two_workspaces_with_one_file_name_write_to_folders_of_their_own() throws IOException {
        Files.createDirectories(project.resolve("arch/sub"));
        Files.copy(project.resolve("arch/checkout.dsl"), project.resolve("arch/sub/checkout.dsl"));
        Files.writeString(project.resolve("arch/sub/checkout.dsl"), Files.readString(project.resolve("arch/sub/checkout.dsl"))
                .replace("\"shop-containers\"", "\"other-containers\"").replace("\"checkout-sequence\"", "\"other-sequence\""));

        Run run = generate(project.resolve("arch"));

        // neither overwrites the other: the folder names grow by the parent folder until they differ
        assertThat(run.console()).doesNotContain("[ERROR]");
        assertThat(project.resolve("out/arch/checkout/shop-containers.puml")).isRegularFile();
        assertThat(project.resolve("out/sub/checkout/other-containers.puml")).isRegularFile();
    }

    @Test
    void a_workspace_stem_that_leaves_the_output_folder_is_refused() throws IOException {
        Files.move(project.resolve("arch/checkout.dsl"), project.resolve("arch/...dsl"));

        Run run = generate(project.resolve("arch/...dsl"));

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.console()).contains("...dsl:1: error: the file name gives the output folder \"..\"");
        assertThat(project.resolve("out")).doesNotExist();
    }

    @Test
    void an_environment_variable_never_reaches_the_outputs() throws IOException {
        Path ws = project.resolve("arch/env.dsl");
        Files.writeString(ws, "workspace {\n  model {\n    a = softwareSystem \"${HOME}\" \"Home.\"\n  }\n"
                + "  views {\n    systemLandscape \"env\" {\n      include *\n    }\n  }\n}\n");

        Run run = generate(ws);

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.console()).contains("env.dsl:3: error: ${HOME} is neither a !const nor a !var")
                .doesNotContain(System.getenv("HOME") + "\"");
        assertThat(project.resolve("out")).doesNotExist();
    }

    @Test
    void an_include_outside_the_project_is_refused_at_its_line() throws IOException {
        Files.writeString(dir.resolve("outside.dsl"), "x = softwareSystem \"Outside\" \"Secret.\"\n");
        Path ws = project.resolve("arch/inc.dsl");
        Files.writeString(ws, "workspace {\n  model {\n    !include ../../outside.dsl\n  }\n}\n");

        Run run = generate(ws);

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.console()).contains("inc.dsl:3: error: !include ../../outside.dsl resolves to", "outside the project root");
    }

    @Test
    void a_removed_workspace_loses_its_outputs() throws IOException {
        Files.copy(project.resolve("arch/checkout.dsl"), project.resolve("arch/second.dsl"));
        Files.writeString(project.resolve("arch/second.dsl"), Files.readString(project.resolve("arch/second.dsl"))
                .replace("\"shop-containers\"", "\"second-containers\"").replace("\"checkout-sequence\"", "\"second-sequence\""));
        assertThat(generate(project.resolve("arch")).exit()).isZero();
        assertThat(project.resolve("out/second/second-containers.mmd")).isRegularFile();

        Files.delete(project.resolve("arch/second.dsl"));
        Run run = generate(project.resolve("arch"));

        assertThat(run.exit()).as(run.console()).isZero();
        assertThat(project.resolve("out/second")).doesNotExist();
        assertThat(project.resolve("out/checkout/shop-containers.mmd")).isRegularFile();
    }

    @Test
    void the_state_lists_every_included_file_for_the_no_op_check() throws IOException {
        Files.writeString(project.resolve("arch/people.dsl"), "buyer = person \"Buyer\" \"Buys.\"\n");
        Path ws = project.resolve("arch/inc.dsl");
        Files.writeString(ws, "workspace {\n  model {\n    !include people.dsl\n  }\n"
                + "  views {\n    systemLandscape \"people\" {\n      include *\n    }\n  }\n}\n");

        assertThat(generate(ws).exit()).isZero();

        List<String> state = Files.readAllLines(project.resolve("out/.plumbline-state"));
        assertThat(state).anySatisfy(line ->
                assertThat(line).startsWith("input ").endsWith(project.resolve("arch/people.dsl").toRealPath().toString()));
        // the workspace file itself is in the Mojo's fingerprint already: hashing it again would double a large DSL's cost
        assertThat(state).noneSatisfy(line -> assertThat(line).startsWith("input ").endsWith("inc.dsl"));
    }

    @Test
    void the_state_leaves_out_included_files_inside_a_workspace_folder_the_fingerprint_hashes() throws IOException {
        Path folder = Files.createDirectories(project.resolve("only"));
        // not .dsl: every .dsl file in a workspace folder is a workspace of its own
        Files.writeString(folder.resolve("people.txt"), "buyer = person \"Buyer\" \"Buys.\"\n");
        Files.writeString(folder.resolve("inc.dsl"), "workspace {\n  model {\n    !include people.txt\n  }\n"
                + "  views {\n    systemLandscape \"people\" {\n      include *\n    }\n  }\n}\n");

        Run run = generate(folder);

        assertThat(run.exit()).as(run.console()).isZero();

        assertThat(Files.readAllLines(project.resolve("out/.plumbline-state")))
                .noneSatisfy(line -> assertThat(line).startsWith("input "));
    }

    @Test
    void a_plantuml_worker_that_dies_at_start_up_fails_each_view_at_its_line_without_a_stack_trace() throws IOException {
        Path dead = Files.writeString(dir.resolve("dying-java"), "#!/bin/sh\necho 'Error: could not reserve heap' >&2\nexit 137\n");
        dead.toFile().setExecutable(true);
        GenerateOptions options = GenerateOptions.parse(new String[] {"--out", project.resolve("out").toString(),
                "--formats", "puml,svg", "--render-cache", dir.resolve("cache").toString(), "--cache",
                dir.resolve("tools").toString(), project.resolve("arch/checkout.dsl").toString()});
        DefaultRenderers real = new DefaultRenderers();
        Generation.RendererFactory dying = new Generation.RendererFactory() {
            @Override
            public String plantUmlIdentity(GenerateOptions o) {
                return real.plantUmlIdentity(o) + " dying";
            }

            @Override
            public String mermaidIdentity(GenerateOptions o) {
                return real.mermaidIdentity(o);
            }

            @Override
            public DiagramRenderer plantUml(GenerateOptions o, int diagrams, boolean withMermaid) {
                // the real renderer, whose worker JVMs die as they start
                dev.plumbline.diagrams.render.plantuml.PlantUmlRenderer.start(dev.plumbline.diagrams.render.plantuml
                        .PlantUmlOptions.builder(project).javaExecutable(dead).poolSize(1).build());
                throw new AssertionError("a worker that exits at once cannot start");
            }

            @Override
            public java.util.Optional<DiagramRenderer> mermaid(GenerateOptions o, java.util.function.Consumer<String> c) {
                return java.util.Optional.empty();
            }
        };
        List<String> console = new ArrayList<>();

        int exit = new Generation(options, console::add, dying).run();

        assertThat(exit).isEqualTo(1);
        String log = String.join("\n", console);
        assertThat(log).contains("checkout.dsl:23: error: view \"shop-containers\" (puml): not rendered, the PlantUML"
                + " renderer stopped: ").doesNotContain("\tat ", "Exception");
    }

    @Test
    void a_browser_that_dies_at_start_up_is_one_sentence() throws IOException {
        Path dead = Files.writeString(dir.resolve("dying-browser"), "#!/bin/sh\nexit 1\n");
        dead.toFile().setExecutable(true);
        List<String> args = List.of("--out", project.resolve("out").toString(), "--formats", "mmd,svg",
                "--render-cache", dir.resolve("cache").toString(), "--browser", dead.toString(),
                "--fail-on-missing-renderer", "true", project.resolve("arch/checkout.dsl").toString());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        int exit = GenerateCommand.run(args.toArray(String[]::new), new PrintStream(bytes, true, StandardCharsets.UTF_8));

        String log = bytes.toString(StandardCharsets.UTF_8);
        assertThat(exit).as(log).isEqualTo(1);
        assertThat(log).contains("[ERROR] Mermaid SVG not rendered: ").doesNotContain("\tat ");
    }

    private record Run(int exit, String console) {
    }

    private Run generate(Path workspace) {
        List<String> args = new ArrayList<>(List.of("--out", project.resolve("out").toString(), "--formats", "puml,mmd",
                "--render-cache", dir.resolve("cache").toString(), "--cache", dir.resolve("tools").toString(),
                "--docs", docs.toString(), workspace.toString()));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int exit = GenerateCommand.run(args.toArray(String[]::new), new PrintStream(bytes, true, StandardCharsets.UTF_8));
        return new Run(exit, bytes.toString(StandardCharsets.UTF_8));
    }
}
