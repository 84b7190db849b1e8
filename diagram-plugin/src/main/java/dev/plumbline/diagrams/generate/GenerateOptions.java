package dev.plumbline.diagrams.generate;

import dev.plumbline.diagrams.lifecycle.WorkerArguments;
import dev.plumbline.model.Rules;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
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

    private static final List<String> FORMATS = List.of("puml", "mmd", "svg", "png");

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

    /** The Maven property behind each worker option, for the messages a user reads. */
    private static final Map<String, String> OPTIONS = Map.ofEntries(Map.entry("--out", "plumbline.outputDirectory"),
            Map.entry("--docs", "plumbline.docs"), Map.entry("--formats", "plumbline.formats"),
            Map.entry("--threads", "plumbline.threads"), Map.entry("--timeout", "plumbline.renderTimeout"),
            Map.entry("--dot", "plumbline.dot"), Map.entry("--mermaid-cli", "plumbline.mermaidCli"),
            Map.entry("--browser", "plumbline.browser"), Map.entry("--cache", "plumbline.cacheDirectory"),
            Map.entry("--render-cache", "plumbline.cacheDirectory"),
            Map.entry("--fail-on-missing-renderer", "plumbline.failOnMissingRenderer"),
            Map.entry("--fingerprint", "plumbline.fingerprint"), Map.entry("--rules", "plumbline.rules"),
            Map.entry("--mermaid-max-text-size", "plumbline.mermaidMaxTextSize"),
            Map.entry("--update-docs", "plumbline.updateDocs"));

    /** Parses {@code --name value} pairs and workspace paths; throws with a message for the user. */
    static GenerateOptions parse(String[] args) {
        WorkerArguments given = WorkerArguments.parse(args, OPTIONS, Map.of());
        List<Path> workspaces = given.plain().stream().map(Path::of).toList();
        Path out = given.path("--out")
                .orElseThrow(() -> new IllegalArgumentException("plumbline.outputDirectory is required"));
        if (workspaces.isEmpty()) {
            throw new IllegalArgumentException("plumbline.workspaces names no workspace file or folder");
        }
        int maxTextSize = given.number("--mermaid-max-text-size", 50_000);
        if (maxTextSize < 1) {
            throw new IllegalArgumentException("the Mermaid text size limit must be at least 1 character");
        }
        int timeout = given.number("--timeout", 20);
        if (timeout < 1) {
            throw new IllegalArgumentException("plumbline.renderTimeout must be at least 1 second");
        }
        int threads = given.number("--threads", 0);
        Path cache = given.path("--cache").orElse(Path.of(System.getProperty("user.home"), ".cache", "plumbline"));
        return new GenerateOptions(workspaces, given.paths("--docs"), out,
                given.choices("--formats", FORMATS, "format", Set.of("puml", "mmd", "svg")),
                threads <= 0 ? Runtime.getRuntime().availableProcessors() : threads, timeout, given.path("--dot"),
                given.path("--mermaid-cli"), given.path("--browser"), cache,
                given.path("--render-cache").orElse(cache.resolve("renders")),
                given.bool("--fail-on-missing-renderer", false), given.value("--fingerprint"),
                given.bool("--update-docs", true), given.value("--rules").map(Rules::parse).orElse(Rules.LINT),
                maxTextSize);
    }
}
