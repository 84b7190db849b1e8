package dev.plumbline.diagrams.render.mermaid;

import dev.plumbline.diagrams.render.mermaid.MermaidRenderer.RendererUnavailableException;
import dev.plumbline.diagrams.render.mermaid.MermaidRenderer.Unavailability;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Pattern;

/** Finds the {@code @mermaid-js/mermaid-cli} package directory: configured, behind {@code mmdc} on PATH, or cached. */
final class MermaidCliLocator {

    static final String PACKAGE = "@mermaid-js/mermaid-cli";
    private static final Pattern NAME = Pattern.compile("\"name\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern VERSION = Pattern.compile("\"version\"\\s*:\\s*\"([^\"]+)\"");

    private MermaidCliLocator() {
    }

    static Path locate(Optional<Path> configured, ToolCache cache) throws RendererUnavailableException {
        if (configured.isPresent()) {
            return configuredPackage(configured.get());
        }
        var onPath = PathSearch.find("mmdc").flatMap(MermaidCliLocator::packageBehind)
                .filter(dir -> version(dir).startsWith(majorOf(MermaidRenderer.MERMAID_CLI_VERSION)));
        if (onPath.isPresent()) {
            return onPath.get();
        }
        var installed = cache.entry("mermaid-cli-" + MermaidRenderer.MERMAID_CLI_VERSION,
                "mermaid-cli " + MermaidRenderer.MERMAID_CLI_VERSION + " (with mermaid and Puppeteer)", 460, dir -> {
            copyResource("toolchain/package.json", dir.resolve("package.json"));
            copyResource("toolchain/package-lock.json", dir.resolve("package-lock.json"));
            cache.npm(dir, "ci");
        });
        return installed.resolve("node_modules").resolve(PACKAGE);
    }

    private static Path configuredPackage(Path dir) throws RendererUnavailableException {
        for (var candidate : new Path[] {dir, dir.resolve("node_modules").resolve(PACKAGE),
                dir.resolve("lib").resolve("node_modules").resolve(PACKAGE)}) {
            if (PACKAGE.equals(field(candidate, NAME))) {
                return candidate.toAbsolutePath();
            }
        }
        throw new RendererUnavailableException(Unavailability.INSTALL_FAILED,
                "configured mermaid-cli directory " + dir + " holds no " + PACKAGE + " package");
    }

    /** {@code mmdc} is a symlink into the package ({@code src/cli.js}); the package is the dir with its package.json. */
    private static Optional<Path> packageBehind(Path mmdc) {
        try {
            for (var dir = mmdc.toRealPath().getParent(); dir != null; dir = dir.getParent()) {
                if (PACKAGE.equals(field(dir, NAME))) {
                    return Optional.of(dir);
                }
            }
        } catch (IOException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    private static String version(Path dir) {
        var version = field(dir, VERSION);
        return version == null ? "" : version;
    }

    private static String majorOf(String version) {
        return version.substring(0, version.indexOf('.') + 1);
    }

    private static String field(Path packageDir, Pattern pattern) {
        var file = packageDir.resolve("package.json");
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try {
            var matcher = pattern.matcher(Files.readString(file, StandardCharsets.UTF_8));
            return matcher.find() ? matcher.group(1) : null;
        } catch (IOException e) {
            return null;
        }
    }

    static void copyResource(String name, Path target) throws IOException {
        try (InputStream in = MermaidCliLocator.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException("resource " + name + " is missing from the plugin jar");
            }
            Files.copy(in, target);
        }
    }
}
