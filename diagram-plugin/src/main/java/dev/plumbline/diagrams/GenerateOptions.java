package dev.plumbline.diagrams;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The options of one {@code generate} run, as the Mojo passes them on the worker's command line.
 *
 * @param workspaces             workspace files or folders holding them
 * @param docs                   Markdown files or folders whose generated diagram blocks are rewritten in place
 * @param out                    output folder
 * @param formats                wanted outputs: {@code puml}, {@code mmd}, {@code svg}, {@code png}
 * @param threads                render threads, at least 1
 * @param timeoutSeconds         wall-clock limit per diagram
 * @param dot                    Graphviz dot for PlantUML, empty for Smetana
 * @param mermaidCli             mermaid-cli install folder, if configured
 * @param browser                browser executable, if configured
 * @param cache                  cache folder for the tools Plumbline installs
 * @param renderCache            cache folder for rendered images
 * @param failOnMissingRenderer  missing Node.js is an error rather than a warning
 * @param fingerprint            the inputs' fingerprint to record for the Mojo's next no-op check, if any
 * @param mermaidMaxTextSize     Mermaid's limit on a diagram's length, in characters
 */
record GenerateOptions(List<Path> workspaces, List<Path> docs, Path out, Set<String> formats, int threads, int timeoutSeconds,
                       Optional<Path> dot, Optional<Path> mermaidCli, Optional<Path> browser, Path cache,
                       Path renderCache, boolean failOnMissingRenderer, Optional<String> fingerprint,
                       int mermaidMaxTextSize) {

    private static final Set<String> KNOWN_FORMATS = Set.of("puml", "mmd", "svg", "png");

    GenerateOptions {
        workspaces = List.copyOf(workspaces);
        docs = List.copyOf(docs);
        Objects.requireNonNull(out, "out");
        formats = Set.copyOf(formats);
        Objects.requireNonNull(cache, "cache");
        Objects.requireNonNull(renderCache, "renderCache");
    }

    boolean wants(String format) {
        return formats.contains(format);
    }

    /** Parses {@code --name value} pairs followed by workspace paths; throws with a message for the user. */
    static GenerateOptions parse(String[] args) {
        Path out = null;
        Set<String> formats = new LinkedHashSet<>(List.of("puml", "mmd", "svg"));
        int threads = 0;
        int timeout = 20;
        String dot = "";
        String mermaidCli = "";
        String browser = "";
        Path cache = Path.of(System.getProperty("user.home"), ".cache", "plumbline");
        Path renderCache = null;
        boolean failOnMissing = false;
        String fingerprint = null;
        int maxTextSize = 50_000;
        List<Path> workspaces = new ArrayList<>();
        List<Path> docs = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (!arg.startsWith("--")) {
                workspaces.add(Path.of(arg));
                continue;
            }
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException("option " + arg + " needs a value");
            }
            String value = args[++i];
            switch (arg) {
                case "--out" -> out = Path.of(value);
                case "--docs" -> docs.add(Path.of(value));
                case "--formats" -> formats = formats(value);
                case "--threads" -> threads = number(arg, value);
                case "--timeout" -> timeout = number(arg, value);
                case "--dot" -> dot = value;
                case "--mermaid-cli" -> mermaidCli = value;
                case "--browser" -> browser = value;
                case "--cache" -> cache = Path.of(value);
                case "--render-cache" -> renderCache = Path.of(value);
                case "--fail-on-missing-renderer" -> failOnMissing = Boolean.parseBoolean(value);
                case "--fingerprint" -> fingerprint = value;
                case "--mermaid-max-text-size" -> maxTextSize = number(arg, value);
                default -> throw new IllegalArgumentException("unknown option " + arg);
            }
        }
        if (out == null) {
            throw new IllegalArgumentException("--out is required");
        }
        if (workspaces.isEmpty()) {
            throw new IllegalArgumentException("no workspaces given");
        }
        if (maxTextSize < 1) {
            throw new IllegalArgumentException("the Mermaid text size limit must be at least 1 character");
        }
        if (timeout < 1) {
            throw new IllegalArgumentException("--timeout must be at least 1 second");
        }
        int cores = Runtime.getRuntime().availableProcessors();
        return new GenerateOptions(workspaces, docs, out, formats, threads <= 0 ? cores : threads, timeout, path(dot),
                path(mermaidCli), path(browser), cache, renderCache == null ? cache.resolve("renders") : renderCache,
                failOnMissing, Optional.ofNullable(fingerprint), maxTextSize);
    }

    private static Set<String> formats(String value) {
        Set<String> formats = new LinkedHashSet<>();
        for (String f : value.split(",")) {
            String format = f.strip().toLowerCase(Locale.ROOT);
            if (!KNOWN_FORMATS.contains(format)) {
                throw new IllegalArgumentException("unknown format \"" + format + "\"; use puml, mmd, svg or png");
            }
            formats.add(format);
        }
        return formats;
    }

    private static int number(String option, String value) {
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " must be a number, not \"" + value + "\"");
        }
    }

    private static Optional<Path> path(String value) {
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(Path.of(value));
    }
}
