package dev.plumbline.diagrams.preview;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code serve} runs until it is stopped, and then nothing it started lives on: the worker JVM is started as the
 * Mojo starts it (stdin a silent pipe), both renderers are running, and it is stopped the two ways Maven ends.
 */
class ServeStopTest {

    private static final String WORKSPACE = """
            workspace {
                model {
                    user = person "User"
                    app = softwareSystem "App"
                    user -> app "Uses"
                }
                views {
                    systemContext app "context" {
                        include *
                        autolayout lr
                    }
                }
            }
            """;

    @TempDir
    Path project;

    @Test
    void ctrl_c_or_sigterm_to_the_worker_stops_it_with_its_plantuml_jvms_node_and_browser() throws Exception {
        Running serve = start();

        serve.process().destroy(); // what Maven's shutdown hook does on Ctrl-C, and what a SIGTERM is

        serve.assertAllGone();
    }

    @Test
    void maven_killed_outright_closes_the_workers_stdin_and_it_stops_with_everything_it_started() throws Exception {
        Running serve = start();

        serve.process().getOutputStream().close(); // all a SIGKILLed Maven leaves behind

        serve.assertAllGone();
    }

    private record Running(Process process, List<ProcessHandle> started, ConcurrentLinkedQueue<String> output) {
        void assertAllGone() throws InterruptedException {
            assertThat(process.waitFor(30, TimeUnit.SECONDS)).as("worker stopped; said " + output).isTrue();
            long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
            while (started.stream().anyMatch(ProcessHandle::isAlive) && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
            assertThat(started.stream().filter(ProcessHandle::isAlive).map(p -> p.pid() + " "
                    + p.info().command().orElse("?"))).as("still running").isEmpty();
        }
    }

    private Running start() throws IOException, InterruptedException {
        Path workspace = Files.writeString(project.resolve("app.dsl"), WORKSPACE);
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
                ServeCommand.class.getName(), "--port", "0", workspace.toString())
                .redirectErrorStream(true).start();
        ConcurrentLinkedQueue<String> output = new ConcurrentLinkedQueue<>();
        CompletableFuture<String> url = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8))) {
                for (String line; (line = in.readLine()) != null; ) {
                    output.add(line);
                    if (line.contains("preview at http://127.0.0.1:")) {
                        url.complete(line);
                    }
                }
            } catch (IOException e) {
                // the worker is gone
            }
            url.complete("");
        });
        reader.setDaemon(true);
        reader.start();
        try {
            assertThat(url.get(60, TimeUnit.SECONDS)).as("printed its URL; said " + output)
                    .matches("Plumbline: preview at http://127\\.0\\.0\\.1:\\d+/ .*");
            // both pictures rendered: the PlantUML workers, Node.js and the browser are all up
            long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
            while (output.stream().noneMatch(l -> l.contains("pictures rendered")) && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
        } catch (Exception e) {
            process.destroyForcibly();
            throw new AssertionError("serve did not start; said " + output, e);
        }
        List<ProcessHandle> started = process.descendants().toList();
        List<String> commands = started.stream().map(p -> p.info().command().orElse("")).toList();
        assertThat(commands).as("renderers running; said " + output)
                .anyMatch(c -> c.endsWith("/java"))
                .anyMatch(c -> c.endsWith("/node"))
                .anyMatch(c -> c.contains("chrom"));
        return new Running(process, started, output);
    }
}
