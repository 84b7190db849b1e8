package dev.plumbline.diagrams.render.mermaid;

import dev.plumbline.diagrams.render.mermaid.MermaidRenderer.RendererUnavailableException;
import dev.plumbline.diagrams.render.mermaid.MermaidRenderer.Unavailability;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds a Chrome/Chromium: configured, installed on the machine, or the one {@code @sparticuz/chromium} ships inside
 * its npm package (the only browser obtainable where just the npm registry is reachable).
 */
final class BrowserLocator {

    private static final List<String> NAMES =
            List.of("chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "chrome");
    private static final List<String> USUAL_PLACES = List.of("/usr/bin/chromium", "/usr/bin/chromium-browser",
            "/usr/bin/google-chrome", "/usr/bin/google-chrome-stable", "/opt/google/chrome/chrome");
    private static final String EXTRACT = """
            import chromium from "@sparticuz/chromium";
            process.stdout.write(await chromium.executablePath());
            """;

    private BrowserLocator() {
    }

    static Path locate(Optional<Path> configured, ToolCache cache) throws RendererUnavailableException {
        if (configured.isPresent()) {
            if (!Files.isExecutable(configured.get())) {
                throw new RendererUnavailableException(Unavailability.BROWSER_NOT_FOUND,
                        "configured browser " + configured.get() + " does not exist or is not executable");
            }
            return configured.get();
        }
        for (var name : NAMES) {
            var found = PathSearch.find(name);
            if (found.isPresent()) {
                return found.get();
            }
        }
        for (var place : USUAL_PLACES) {
            if (Files.isExecutable(Path.of(place))) {
                return Path.of(place);
            }
        }
        var entry = cache.entry("chromium-" + MermaidRenderer.SPARTICUZ_CHROMIUM_VERSION, "a headless Chromium ("
                + "@sparticuz/chromium " + MermaidRenderer.SPARTICUZ_CHROMIUM_VERSION + "), as no Chrome or Chromium is "
                + "installed here", 270, dir -> {
            Files.writeString(dir.resolve("package.json"), """
                    {"name": "plumbline-chromium", "private": true,
                     "dependencies": {"@sparticuz/chromium": "%s"}}
                    """.formatted(MermaidRenderer.SPARTICUZ_CHROMIUM_VERSION));
            cache.npm(dir, "install");
            unpack(cache, dir);
        });
        return entry.resolve("browser").resolve("chromium");
    }

    /** The package keeps its browser brotli-compressed and unpacks it into TMPDIR; point TMPDIR into the entry. */
    private static void unpack(ToolCache cache, Path dir) throws IOException, RendererUnavailableException {
        var browserDir = Files.createDirectories(dir.resolve("browser"));
        var run = cache.nodeEval(dir, EXTRACT, Map.of("TMPDIR", browserDir.toString()));
        var executable = browserDir.resolve("chromium");
        if (!run.succeeded() || !Files.isExecutable(executable)) {
            throw new RendererUnavailableException(Unavailability.BROWSER_NOT_FOUND,
                    "could not unpack the browser from @sparticuz/chromium:\n" + run.tail());
        }
        var check = CommandRun.run(List.of(executable.toString(), "--version"), dir, Map.of(),
                Duration.ofSeconds(60));
        if (!check.succeeded()) {
            throw new RendererUnavailableException(Unavailability.BROWSER_NOT_FOUND,
                    "the Chromium from @sparticuz/chromium does not start on this machine (on Debian/Ubuntu it needs "
                            + "the libnss3 and libexpat1 packages), or install a chromium package:\n" + check.tail());
        }
    }
}
