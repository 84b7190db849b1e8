package dev.plumbline.maven;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.function.Consumer;

/**
 * Runs one Plumbline command in a worker JVM and relays its output. The worker prints lines starting with
 * {@code [ERROR] }, {@code [WARNING] } or plain info; exit code 0 means success, 1 means the command reported
 * findings, anything else a crash.
 */
final class WorkerProcess {

    private final Path java;
    private final List<File> classpath;
    private final List<String> jvmOptions;

    WorkerProcess(Path java, List<File> classpath) {
        this(java, classpath, List.of());
    }

    /** With JVM options for this command's worker, after the common ones. */
    WorkerProcess(Path java, List<File> classpath, List<String> jvmOptions) {
        this.java = Objects.requireNonNull(java, "java");
        this.classpath = List.copyOf(classpath);
        this.jvmOptions = List.copyOf(jvmOptions);
    }

    /** Runs {@code mainClass args}, handing each output line to {@code log}; returns the exit code. */
    int run(String mainClass, List<String> args, Consumer<String> log) throws WorkerException {
        List<String> command = new ArrayList<>();
        command.add(java.toString());
        command.add("-Xss4m");
        command.add("-XX:+UseSerialGC");
        command.add("-Djava.awt.headless=true");
        // Class-data archive of the worker's own classes (JDK 19+, and workers need 21): written by the first run,
        // checked against the class path and reused by the next ones, so the worker starts faster.
        Path archive = Paths.get(System.getProperty("user.home"), ".cache", "plumbline", "cds",
                "worker-" + Integer.toHexString((java + File.pathSeparator + classpath).hashCode()) + ".jsa");
        try {
            Files.createDirectories(archive.getParent());
            command.add("-XX:+AutoCreateSharedArchive");
            command.add("-XX:SharedArchiveFile=" + archive);
            // the archive's notes ("skipping class ...", "rebuilding") are not the user's business
            command.add("-Xlog:cds*=off");
        } catch (IOException e) {
            // no archive: the worker starts a little slower
        }
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(classpath.stream().map(File::getAbsolutePath).reduce((a, b) -> a + File.pathSeparator + b).orElse(""));
        command.add(mainClass);
        command.addAll(args);
        Process process;
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new WorkerException("cannot start " + java + ": " + e.getMessage());
        }
        // The worker's stdin stays open and silent: its end tells the worker that Maven is gone, even after a
        // SIGKILL. A SIGTERM or Ctrl-C to Maven runs this hook, which stops the worker and waits for it, so nothing
        // is written after Maven has ended.
        Thread stopper = new Thread(() -> stop(process), "plumbline-stop-worker");
        Runtime.getRuntime().addShutdownHook(stopper);
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = out.readLine()) != null; ) {
                log.accept(line);
            }
            return process.waitFor();
        } catch (IOException e) {
            throw new WorkerException("lost the worker's output: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new WorkerException("interrupted");
        } finally {
            // whatever happened above, the worker does not outlive this call
            stop(process);
            try {
                Runtime.getRuntime().removeShutdownHook(stopper);
            } catch (IllegalStateException e) {
                // Maven is shutting down; the hook is running or has run
            }
        }
    }

    /** Asks the worker to stop (it kills its own children), then kills it and them if it does not within 10 s. */
    private static void stop(Process process) {
        if (!process.isAlive()) {
            return;
        }
        List<ProcessHandle> descendants = process.descendants().collect(Collectors.toList());
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        descendants.forEach(ProcessHandle::destroyForcibly);
    }
}
