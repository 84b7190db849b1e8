package dev.plumbline.diagrams.generate;

import dev.plumbline.model.Rules;
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
 * @param updateDocs             stale generated blocks in the docs are rewritten (false in CI: {@code check} fails
 *                               on them instead)
 * @param rules                  how severe each model rule is ({@code plumbline.rules})
 * @param mermaidMaxTextSize     Mermaid's limit on a diagram's length, in characters
 */
record GenerateOptions(List<Path> workspaces, List<Path> docs, Path out, Set<String> formats, int threads, int timeoutSeconds,
                       Optional<Path> dot, Optional<Path> mermaidCli, Optional<Path> browser, Path cache,
                       Path renderCache, boolean failOnMissingRenderer, Optional<String> fingerprint,
                       boolean updateDocs, Rules rules, int mermaidMaxTextSize) {

    private static final Set<String> KNOWN_FORMATS = Set.of("puml", "mmd", "svg", "png");

    GenerateOptions {
        workspaces = List.copyOf(workspaces);
        docs = List.copyOf(docs);
        Objects.requireNonNull(out, "out");
        formats = Set.copyOf(formats);
        Objects.requireNonNull(cache, "cache");
        Objects.requireNonNull(renderCache, "renderCache");
        Objects.requireNonNull(rules, "rules");
    }

    boolean wants(String format) {
        return formats.contains(format);
    }

    /**
     * Whether a run exports (and renders) diagrams of this source format, {@code puml} or {@code mmd}: when the
     * formats name a source format, only the named ones ({@code puml,svg} is PlantUML and its SVGs, and starts
     * no browser); when they name images only ({@code svg}), both.
     */
    boolean covers(String sourceFormat) {
        boolean sourcesNamed = wants("puml") || wants("mmd");
        return wants(sourceFormat) || !sourcesNamed && (wants("svg") || wants("png"));
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
        boolean updateDocs = true;
        Rules rules = Rules.LINT;
        List<Path> workspaces = new ArrayList<>();
        List<Path> docs = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (!arg.startsWith("--")) {
                workspaces.add(Path.of(arg));
                continue;
            }
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException(property(arg) + " needs a value");
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
                case "--rules" -> rules = Rules.parse(value);
                case "--mermaid-max-text-size" -> maxTextSize = number(arg, value);
                case "--update-docs" -> updateDocs = Boolean.parseBoolean(value);
                default -> throw new IllegalArgumentException("unknown worker option " + arg
                        + " (a Plumbline plugin and worker of different versions?)");
            }
        }
        if (out == null) {
            throw new IllegalArgumentException("plumbline.outputDirectory is required");
        }
        if (workspaces.isEmpty()) {
            throw new IllegalArgumentException("plumbline.workspaces names no workspace file or folder");
        }
        if (maxTextSize < 1) {
            throw new IllegalArgumentException("the Mermaid text size limit must be at least 1 character");
        }
        if (timeout < 1) {
            throw new IllegalArgumentException("plumbline.renderTimeout must be at least 1 second");
        }
        int cores = Runtime.getRuntime().availableProcessors();
        return new GenerateOptions(workspaces, docs, out, formats, threads <= 0 ? cores : threads, timeout, path(dot),
                path(mermaidCli), path(browser), cache, renderCache == null ? cache.resolve("renders") : renderCache,
                failOnMissing, Optional.ofNullable(fingerprint), updateDocs, rules, maxTextSize);
    }

    private static Set<String> formats(String value) {
        Set<String> formats = new LinkedHashSet<>();
        for (String f : value.split(",")) {
            String format = f.strip().toLowerCase(Locale.ROOT);
            if (!KNOWN_FORMATS.contains(format)) {
                throw new IllegalArgumentException("plumbline.formats: unknown format \"" + format
                        + "\"; use puml, mmd, svg or png");
            }
            formats.add(format);
        }
        return formats;
    }

    private static int number(String option, String value) {
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(property(option) + " must be a number, not \"" + value + "\"");
        }
    }

    /** The Maven property behind a worker option, for messages a user reads. */
    private static String property(String option) {
        return switch (option) {
            case "--out" -> "plumbline.outputDirectory";
            case "--timeout" -> "plumbline.renderTimeout";
            case "--cache", "--render-cache" -> "plumbline.cacheDirectory";
            case "--fail-on-missing-renderer" -> "plumbline.failOnMissingRenderer";
            case "--mermaid-cli" -> "plumbline.mermaidCli";
            case "--update-docs" -> "plumbline.updateDocs";
            default -> "plumbline." + option.substring(2);
        };
    }

    private static Optional<Path> path(String value) {
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(Path.of(value));
    }
}
