package dev.plumbline.diagrams.generate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plumbline.diagrams.render.DiagramRenderer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The generate service with the real PlantUML and Mermaid renderers, without Maven. */
class GenerationTest {

    @TempDir
    Path dir;

    @Test
    void one_and_four_threads_write_byte_identical_files() throws IOException {
        Path workspace = sample();

        Run single = generate(workspace, dir.resolve("one"), dir.resolve("cache-1"), 1);
        Run parallel = generate(workspace, dir.resolve("four"), dir.resolve("cache-4"), 4);

        assertThat(single.exit).as(single.console).isZero();
        assertThat(parallel.exit).as(parallel.console).isZero();
        Map<String, byte[]> one = files(dir.resolve("one"));
        Map<String, byte[]> four = files(dir.resolve("four"));
        assertThat(one.keySet()).contains("checkout/shop-containers.puml", "checkout/shop-containers.mmd",
                "checkout/shop-containers.puml.svg", "checkout/shop-containers.mmd.svg",
                "checkout/checkout-sequence.puml.svg", "checkout/checkout-sequence.mmd.svg");
        assertThat(four.keySet()).isEqualTo(one.keySet());
        one.forEach((name, bytes) -> assertThat(four.get(name)).as(name).isEqualTo(bytes));
    }

    @Test
    void a_second_run_takes_every_image_from_the_cache() throws IOException {
        Path workspace = sample();
        Path cache = dir.resolve("cache");
        generate(workspace, dir.resolve("first"), cache, 2);

        Run second = generate(workspace, dir.resolve("second"), cache, 2);

        assertThat(second.console).contains("4 sources, 0 rendered, 4 from cache, 0 failed");
        assertThat(files(dir.resolve("second"))).containsOnlyKeys(files(dir.resolve("first")).keySet());
    }

    @Test
    void a_removed_view_loses_its_files_on_the_next_run() throws IOException {
        Path workspace = sample();
        Path out = dir.resolve("out");
        generate(workspace, out, dir.resolve("cache"), 2);
        Files.writeString(workspace, Files.readString(workspace).replace("container shop \"shop-containers\"",
                "container shop \"shop-parts\""));

        generate(workspace, out, dir.resolve("cache"), 2);

        assertThat(files(out).keySet()).noneMatch(name -> name.contains("shop-containers"))
                .contains("checkout/shop-parts.puml.svg");
    }

    @Test
    void generated_blocks_of_the_docs_are_rewritten_in_place() throws IOException {
        Path workspace = sample();
        Path docs = Files.createDirectories(dir.resolve("docs"));
        Files.writeString(docs.resolve("shop.md"), "# Shop\n\n```mermaid\n%% plumbline:generated shop-containers\n```\n");

        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int exit = GenerateCommand.run(new String[] {"--out", dir.resolve("out").toString(), "--render-cache",
                dir.resolve("cache").toString(), "--formats", "puml,mmd", "--docs", docs.toString(),
                workspace.toString()}, new PrintStream(bytes, true, StandardCharsets.UTF_8));

        assertThat(exit).isZero();
        assertThat(bytes.toString(StandardCharsets.UTF_8)).contains("shop.md: rewrote its generated diagram blocks");
        assertThat(Files.readString(docs.resolve("shop.md"))).startsWith("# Shop\n\n```mermaid\n")
                .contains("%% plumbline:generated shop-containers\n", "Order Service")
                .endsWith("\n```\n");
    }

    @Test
    void without_update_docs_a_stale_block_stays_as_committed_and_is_named() throws IOException {
        Path workspace = sample();
        Path docs = Files.createDirectories(dir.resolve("docs"));
        String committed = "# Shop\n\n```mermaid\n%% plumbline:generated shop-containers\n```\n";
        Files.writeString(docs.resolve("shop.md"), committed);

        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int exit = GenerateCommand.run(new String[] {"--out", dir.resolve("out").toString(), "--render-cache",
                dir.resolve("cache").toString(), "--formats", "puml,mmd", "--docs", docs.toString(),
                "--update-docs", "false", workspace.toString()}, new PrintStream(bytes, true, StandardCharsets.UTF_8));

        assertThat(exit).isZero();
        assertThat(Files.readString(docs.resolve("shop.md"))).isEqualTo(committed);
        assertThat(bytes.toString(StandardCharsets.UTF_8)).contains("[WARNING] ")
                .contains("shop.md: generated diagram blocks are out of date and were not rewritten, as "
                        + "plumbline.updateDocs is false (the default when CI is set); plumbline:check fails on them")
                .doesNotContain("rewrote");
    }

    @Test
    void a_configured_docs_folder_that_does_not_exist_is_an_error() throws IOException {
        Path workspace = sample();

        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int exit = GenerateCommand.run(new String[] {"--out", dir.resolve("out").toString(), "--render-cache",
                dir.resolve("cache").toString(), "--formats", "puml", "--docs", dir.resolve("nodocs").toString(),
                workspace.toString()}, new PrintStream(bytes, true, StandardCharsets.UTF_8));

        assertThat(exit).isEqualTo(1);
        assertThat(bytes.toString(StandardCharsets.UTF_8))
                .contains("nodocs:0: error: no such documentation file or folder (plumbline.docs)");
    }

    @Test
    void plantuml_and_svg_render_plantuml_only_and_start_no_browser() throws IOException {
        List<String> started = new ArrayList<>();
        Run run = generateWith("puml,svg", started);

        assertThat(run.exit).as(run.console).isZero();
        assertThat(files(dir.resolve("out")).keySet()).containsExactlyInAnyOrder("checkout/shop-containers.puml",
                "checkout/shop-containers.puml.svg", "checkout/checkout-sequence.puml",
                "checkout/checkout-sequence.puml.svg");
        assertThat(started).containsExactly("plantuml");
    }

    @Test
    void mermaid_and_svg_render_mermaid_only_and_start_no_plantuml() throws IOException {
        List<String> started = new ArrayList<>();
        Run run = generateWith("mmd,svg", started);

        assertThat(run.exit).as(run.console).isZero();
        assertThat(files(dir.resolve("out")).keySet()).containsExactlyInAnyOrder("checkout/shop-containers.mmd",
                "checkout/shop-containers.mmd.svg", "checkout/checkout-sequence.mmd",
                "checkout/checkout-sequence.mmd.svg");
        assertThat(started).containsExactly("mermaid");
    }

    /** A run with the real renderers that records which of them it started. */
    private Run generateWith(String formats, List<String> started) throws IOException {
        Path workspace = sample();
        GenerateOptions options = GenerateOptions.parse(new String[] {"--out", dir.resolve("out").toString(),
                "--render-cache", dir.resolve("cache").toString(), "--formats", formats, workspace.toString()});
        DefaultRenderers real = new DefaultRenderers();
        Generation.RendererFactory recording = new Generation.RendererFactory() {
            @Override
            public String plantUmlIdentity(GenerateOptions o) {
                return real.plantUmlIdentity(o);
            }

            @Override
            public String mermaidIdentity(GenerateOptions o) {
                return real.mermaidIdentity(o);
            }

            @Override
            public DiagramRenderer plantUml(GenerateOptions o, int diagrams, boolean withMermaid) {
                synchronized (started) {
                    started.add("plantuml");
                }
                return real.plantUml(o, diagrams, withMermaid);
            }

            @Override
            public Optional<DiagramRenderer> mermaid(GenerateOptions o, Consumer<String> console) {
                synchronized (started) {
                    started.add("mermaid");
                }
                return real.mermaid(o, console);
            }
        };
        List<String> console = new ArrayList<>();
        int exit = new Generation(options, console::add, recording).run();
        return new Run(exit, String.join("\n", console));
    }

    @Test
    void a_broken_workspace_writes_nothing_and_names_file_and_line() throws IOException {
        Path workspace = dir.resolve("broken.dsl");
        Files.writeString(workspace, """
                workspace {
                    model {
                        a = softwareSystem "A" "Does A."
                        a -> b "Calls"
                    }
                }
                """);

        Run run = generate(workspace, dir.resolve("out"), dir.resolve("cache"), 1);

        assertThat(run.exit).isEqualTo(1);
        assertThat(run.console).contains("broken.dsl:4: error: The destination element \"b\" does not exist")
                .doesNotContain("Exception");
        assertThat(dir.resolve("out")).doesNotExist();
    }

    @ParameterizedTest
    @ValueSource(strings = {"!script missing.groovy", "!script missing.kts", "!script missing.rb",
            "!script groovy {\n        workspace.getModel().addPerson(\"P\", \"p\")\n    }",
            "!plugin com.example.Missing"})
    void a_script_or_plugin_that_cannot_run_is_one_finding_without_a_stack_trace(String directive)
            throws IOException {
        Path workspace = dir.resolve("scripted.dsl");
        Files.writeString(workspace, """
                workspace {
                    model {
                        a = softwareSystem "A" "Does A."
                    }
                    %s
                }
                """.formatted(directive));
        ByteArrayOutputStream stderr = new ByteArrayOutputStream();
        PrintStream originalErr = System.err;
        Run run;
        try {
            System.setErr(new PrintStream(stderr, true, StandardCharsets.UTF_8));
            run = generate(workspace, dir.resolve("out"), dir.resolve("cache"), 1);
        } finally {
            System.setErr(originalErr);
        }

        assertThat(run.exit).isEqualTo(1);
        assertThat(run.console).as(run.console).containsPattern("scripted\\.dsl:\\d+: error: ")
                .doesNotContain("Exception", "\tat ");
        assertThat(stderr.toString(StandardCharsets.UTF_8)).doesNotContain("Exception", "\tat ");
    }

    @Test
    void wrong_options_are_refused_with_a_message() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int exit = GenerateCommand.run(new String[] {"--out", "x", "--formats", "gif", "w.dsl"},
                new PrintStream(bytes, true, StandardCharsets.UTF_8));

        assertThat(exit).isEqualTo(2);
        assertThat(bytes.toString(StandardCharsets.UTF_8))
                .isEqualTo("[ERROR] plumbline.formats: unknown format \"gif\"; use puml, mmd, svg or png"
                        + System.lineSeparator());
    }

    private record Run(int exit, String console) {
    }

    private Path sample() throws IOException {
        Path workspace = dir.resolve("checkout.dsl");
        Files.copy(Path.of("src/test/resources/samples/checkout.dsl"), workspace);
        return workspace;
    }

    private static Run generate(Path workspace, Path out, Path cache, int threads) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        // the tools (mermaid-cli, browser) come from the user's cache; the images from a cache of the test's own
        int exit = GenerateCommand.run(new String[] {"--out", out.toString(), "--render-cache", cache.toString(),
                "--threads", String.valueOf(threads), workspace.toString()},
                new PrintStream(bytes, true, StandardCharsets.UTF_8));
        return new Run(exit, bytes.toString(StandardCharsets.UTF_8));
    }

    private static Map<String, byte[]> files(Path root) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                if (!p.getFileName().toString().startsWith(".plumbline-")) {
                    files.put(root.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
                }
            }
        }
        return files;
    }
}
