package dev.plumbline.diagrams.render.mermaid;

import dev.plumbline.diagrams.render.mermaid.MermaidRenderer.RendererUnavailableException;
import dev.plumbline.diagrams.render.mermaid.MermaidRenderer.Unavailability;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemException;
import java.nio.file.LinkOption;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Directory of tools installed by npm, e.g. {@code ~/.cache/plumbline/mermaid-cli-12.2.0}. Each entry is built in a
 * private temporary directory and renamed into place when complete, so a crashed install leaves nothing half-done
 * and two builds installing at once both end up using whichever finished first.
 */
final class ToolCache {

    private static final String COMPLETE_MARKER = ".plumbline-complete";
    private static final Duration NPM_TIMEOUT = Duration.ofMinutes(15);

    private static final Duration PROGRESS_EVERY = Duration.ofSeconds(15);

    private final Path root;
    private final NodeRuntime node;
    private final Consumer<String> progress;
    private final Duration progressEvery;

    ToolCache(Path root, NodeRuntime node) {
        this(root, node, line -> { }, PROGRESS_EVERY);
    }

    /** A cache that tells {@code progress} what it installs, where, and how far it got. */
    ToolCache(Path root, NodeRuntime node, Consumer<String> progress, Duration progressEvery) {
        this.root = root.toAbsolutePath();
        this.node = node;
        this.progress = Objects.requireNonNull(progress, "progress");
        this.progressEvery = Objects.requireNonNull(progressEvery, "progressEvery");
    }

    interface Steps {
        void populate(Path directory) throws IOException, RendererUnavailableException;
    }

    /** The complete entry {@code name}, built with {@code steps} first if it is not there yet. */
    Path entry(String name, Steps steps) throws RendererUnavailableException {
        return entry(name, name, 0, steps);
    }

    /**
     * The complete entry {@code name}, built with {@code steps} first if it is not there yet. An install is large
     * and slow, so it is announced once (what, where, about how big), its progress reported while it runs, and
     * its end (or how far it got before failing) said.
     *
     * @param what      what is installed, for a person
     * @param megabytes about how large the install is; 0 when unknown
     */
    Path entry(String name, String what, int megabytes, Steps steps) throws RendererUnavailableException {
        var target = root.resolve(name);
        if (Files.exists(target.resolve(COMPLETE_MARKER))) {
            return target;
        }
        String size = megabytes > 0 ? " of about " + megabytes + " MB" : "";
        progress.accept("Plumbline: installing " + what + " into " + target + (megabytes > 0 ? " (about " + megabytes
                + " MB from the npm registry; only this once, later builds reuse it)" : ""));
        long start = System.nanoTime();
        Path work = null;
        ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "plumbline-install-progress");
            thread.setDaemon(true);
            return thread;
        });
        try {
            Files.createDirectories(root);
            work = Files.createTempDirectory(root, "." + name + ".partial-");
            Path watched = work;
            ticker.scheduleAtFixedRate(() -> progress.accept("Plumbline: installing " + name + ": "
                    + megabytes(watched) + " MB" + size + " so far, " + seconds(start) + " s"),
                    progressEvery.toMillis(), progressEvery.toMillis(), TimeUnit.MILLISECONDS);
            steps.populate(work);
            Files.writeString(work.resolve(COMPLETE_MARKER), name + "\n");
            ticker.shutdownNow();
            long installed = megabytes(work);
            publish(work, target);
            work = null;
            progress.accept("Plumbline: installed " + name + " (" + installed + " MB) in " + seconds(start) + " s");
            return target;
        } catch (IOException e) {
            throw new RendererUnavailableException(Unavailability.INSTALL_FAILED,
                    "could not install " + name + " into " + root + ": " + e.getMessage() + gotTo(work, size));
        } catch (RendererUnavailableException e) {
            throw new RendererUnavailableException(e.reason(), e.getMessage() + gotTo(work, size));
        } finally {
            ticker.shutdownNow();
            if (work != null) {
                deleteTree(work);
            }
        }
    }

    private static String gotTo(Path work, String size) {
        return work == null ? "" : " (the install got to " + megabytes(work) + " MB" + size + ")";
    }

    private static long seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000_000L;
    }

    /** The size of what is in {@code directory} so far, in MB; files come and go while npm runs. */
    private static long megabytes(Path directory) {
        long[] bytes = {0};
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.forEach(p -> {
                try {
                    if (Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
                        bytes[0] += Files.size(p);
                    }
                } catch (IOException gone) {
                    // removed by npm in the meantime
                }
            });
        } catch (IOException | UncheckedIOException e) {
            // a folder vanished mid-walk: report what was counted
        }
        return bytes[0] / (1024 * 1024);
    }

    private static void publish(Path work, Path target) throws IOException {
        for (int attempt = 1; ; attempt++) {
            try {
                Files.move(work, target, StandardCopyOption.ATOMIC_MOVE);
                return;
            } catch (FileSystemException raced) {
                // Linux reports a rename onto a non-empty directory as a plain FileSystemException.
                if (!Files.exists(target) || attempt == 3) {
                    throw raced;
                }
                if (Files.exists(target.resolve(COMPLETE_MARKER))) {
                    deleteTree(work); // another build finished the same install first; use theirs
                    return;
                }
                // Never completed (interrupted by something else): set it aside, then take the name.
                var stale = Files.createTempDirectory(target.getParent(), "." + target.getFileName() + ".stale-");
                try {
                    Files.move(target, stale.resolve("old"), StandardCopyOption.ATOMIC_MOVE);
                } catch (NoSuchFileException alreadyMoved) {
                    // a concurrent build set it aside first
                }
                deleteTree(stale);
            }
        }
    }

    /** Runs npm with browser downloads and install scripts off: only the npm registry is reachable. */
    void npm(Path directory, String... arguments) throws IOException, RendererUnavailableException {
        var command = new ArrayList<String>();
        command.add(node.npm().toString());
        command.addAll(List.of(arguments));
        command.addAll(List.of("--no-audit", "--no-fund", "--ignore-scripts", "--loglevel=error"));
        var run = CommandRun.run(command, directory, environment(), NPM_TIMEOUT);
        if (!run.succeeded()) {
            throw new RendererUnavailableException(Unavailability.INSTALL_FAILED,
                    "`npm " + String.join(" ", arguments) + "` failed in " + directory + ":\n" + run.tail());
        }
    }

    /** Runs a Node.js ES module given as source text, with extra environment variables. */
    CommandRun nodeEval(Path directory, String module, Map<String, String> extra) throws IOException {
        var env = environment();
        env.putAll(extra);
        return CommandRun.run(List.of(node.node().toString(), "--input-type=module", "-e", module), directory, env,
                NPM_TIMEOUT);
    }

    private Map<String, String> environment() {
        var env = new HashMap<String, String>();
        env.put("PUPPETEER_SKIP_DOWNLOAD", "true");
        env.put("PUPPETEER_SKIP_CHROME_DOWNLOAD", "true");
        env.put("PUPPETEER_SKIP_CHROME_HEADLESS_SHELL_DOWNLOAD", "true");
        env.put("npm_config_update_notifier", "false");
        // npm is a node script; make sure it runs on the node we were given, not another one on the PATH.
        var path = System.getenv("PATH");
        var nodeDir = node.node().toAbsolutePath().getParent().toString();
        env.put("PATH", path == null ? nodeDir : nodeDir + File.pathSeparator + path);
        return env;
    }

    static void deleteTree(Path directory) {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException | UncheckedIOException e) {
            // Leftover temporary files are harmless; failing the render over them is not.
        }
    }
}
