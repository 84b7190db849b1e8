package dev.plumbline.diagrams;

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
        assertThat(output().getFirst()).endsWith("[accepted in baseline]");
    }

    @Test
    void wrong_usage_exits_two_with_a_message() {
        assertThat(run("--docs", "x")).isEqualTo(2);
        assertThat(run("--workspaces", WORKSPACES, "--docs", "x", "--formats", "pdf")).isEqualTo(2);
        assertThat(run("--workspaces", WORKSPACES, "--docs", "x", "--formats", "junit")).isEqualTo(2);
        assertThat(run("--workspaces", WORKSPACES, "--docs", "x", "--write-baseline", "true")).isEqualTo(2);
        assertThat(run("--workspaces", WORKSPACES, "--docs", "x", "--colour", "red")).isEqualTo(2);

        assertThat(output()).containsExactly(
                "[ERROR] --workspaces needs at least one workspace file or folder",
                "[ERROR] unknown format \"pdf\"; use console, junit, sarif, markdown or html",
                "[ERROR] --formats junit needs --reports <dir>",
                "[ERROR] --write-baseline true needs --baseline <file>",
                "[ERROR] unknown option --colour; use --workspaces, --docs, --reports, --formats, --baseline,"
                        + " --write-baseline, --base");
    }
}
