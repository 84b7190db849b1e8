package dev.plumbline.diagrams.render.mermaid;

import dev.plumbline.diagrams.render.mermaid.MermaidRenderer.RendererUnavailableException;
import dev.plumbline.diagrams.render.mermaid.MermaidRenderer.Unavailability;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemException;
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
import java.util.stream.Stream;

/**
 * Directory of tools installed by npm, e.g. {@code ~/.cache/plumbline/mermaid-cli-12.2.0}. Each entry is built in a
 * private temporary directory and renamed into place when complete, so a crashed install leaves nothing half-done
 * and two builds installing at once both end up using whichever finished first.
 */
final class ToolCache {

    private static final String COMPLETE_MARKER = ".plumbline-complete";
    private static final Duration NPM_TIMEOUT = Duration.ofMinutes(15);

    private final Path root;
    private final NodeRuntime node;

    ToolCache(Path root, NodeRuntime node) {
        this.root = root.toAbsolutePath();
        this.node = node;
    }

    interface Steps {
        void populate(Path directory) throws IOException, RendererUnavailableException;
    }

    /** The complete entry {@code name}, built with {@code steps} first if it is not there yet. */
    Path entry(String name, Steps steps) throws RendererUnavailableException {
        var target = root.resolve(name);
        if (Files.exists(target.resolve(COMPLETE_MARKER))) {
            return target;
        }
        Path work = null;
        try {
            Files.createDirectories(root);
            work = Files.createTempDirectory(root, "." + name + ".partial-");
            steps.populate(work);
            Files.writeString(work.resolve(COMPLETE_MARKER), name + "\n");
            publish(work, target);
            work = null;
            return target;
        } catch (IOException e) {
            throw new RendererUnavailableException(Unavailability.INSTALL_FAILED,
                    "could not install " + name + " into " + root + ": " + e.getMessage());
        } finally {
            if (work != null) {
                deleteTree(work);
            }
        }
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
