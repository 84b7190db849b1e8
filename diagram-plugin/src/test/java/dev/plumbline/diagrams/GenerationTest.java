package dev.plumbline.diagrams;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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

    @Test
    void wrong_options_are_refused_with_a_message() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int exit = GenerateCommand.run(new String[] {"--out", "x", "--formats", "gif", "w.dsl"},
                new PrintStream(bytes, true, StandardCharsets.UTF_8));

        assertThat(exit).isEqualTo(2);
        assertThat(bytes.toString(StandardCharsets.UTF_8))
                .isEqualTo("[ERROR] unknown format \"gif\"; use puml, mmd, svg or png" + System.lineSeparator());
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
                if (!p.getFileName().toString().startsWith(".plumbline-state")) {
                    files.put(root.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
                }
            }
        }
        return files;
    }
}
