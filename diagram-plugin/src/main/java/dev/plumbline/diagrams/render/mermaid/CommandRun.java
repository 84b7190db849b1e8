package dev.plumbline.diagrams.render.mermaid;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** A finished external command: its exit code and combined output (kept for error messages). */
record CommandRun(int exitCode, String output) {

    boolean succeeded() {
        return exitCode == 0;
    }

    /** The last lines of output, enough to explain a failure without flooding the build log. */
    String tail() {
        var lines = output.strip().lines().toList();
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 15), lines.size()));
    }

    static CommandRun run(List<String> command, Path directory, Map<String, String> environment, Duration timeout)
            throws IOException {
        var log = Files.createTempFile("plumbline-command", ".log");
        try {
            var builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(nullDevice()));
            if (directory != null) {
                builder.directory(directory.toFile());
            }
            builder.environment().putAll(environment);
            var process = builder.start();
            boolean finished = process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
            if (!finished) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                return new CommandRun(-1, Files.readString(log, StandardCharsets.UTF_8)
                        + "\n(timed out after " + timeout.toSeconds() + " s)");
            }
            return new CommandRun(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while running " + command.getFirst(), e);
        } finally {
            Files.deleteIfExists(log);
        }
    }

    private static java.io.File nullDevice() {
        return new java.io.File(System.getProperty("os.name").startsWith("Windows") ? "NUL" : "/dev/null");
    }
}
