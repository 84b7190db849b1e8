package dev.plumbline.diagrams.generate;

import dev.plumbline.diagrams.render.DiagramRenderer;
import dev.plumbline.diagrams.render.plantuml.PlantUmlOptions;
import dev.plumbline.diagrams.render.plantuml.PlantUmlRenderer;
import dev.plumbline.diagrams.render.mermaid.MermaidRenderer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** The real renderers: PlantUML in a pool of child JVMs, Mermaid through mermaid-cli in one headless browser. */
final class DefaultRenderers implements Generation.RendererFactory {

    private static final int DIAGRAMS_PER_WORKER = 250;

    @Override
    public String plantUmlIdentity(GenerateOptions options) {
        return "plantuml-" + net.sourceforge.plantuml.version.Version.versionString()
                + options.dot().map(d -> " dot " + d).orElse(" smetana");
    }

    @Override
    public String mermaidIdentity(GenerateOptions options) {
        return "mermaid-cli " + MermaidRenderer.MERMAID_CLI_VERSION
                + options.mermaidCli().map(dir -> " from " + dir).orElse("")
                + options.browser().map(b -> " in " + b).orElse(" in the browser found on this machine");
    }

    @Override
    public DiagramRenderer plantUml(GenerateOptions options, int diagrams, boolean withMermaid) {
        PlantUmlOptions.Builder builder = PlantUmlOptions.builder(projectDir(options))
                .poolSize(poolSize(options.threads(), diagrams, withMermaid))
                .timeout(Duration.ofSeconds(options.timeoutSeconds()));
        options.dot().ifPresent(builder::dot);
        // Each worker JVM loads thousands of PlantUML classes; a class-data archive made by the first run (JDK 19+
        // writes it on exit and checks it against the class path on use) takes most of that off every later start.
        // one archive per JDK and class path: a mismatching archive is rebuilt on every run instead of reused
        Path archive = options.cache().resolve("cds").resolve("plantuml-worker-jdk" + Runtime.version().feature() + "-"
                + Integer.toHexString(System.getProperty("java.class.path").hashCode()) + ".jsa");
        try {
            java.nio.file.Files.createDirectories(archive.getParent());
            // The JVM logs archive notes to stdout, which is the workers' protocol channel: silence them.
            builder.workerJvmArgs(List.of("-XX:+AutoCreateSharedArchive", "-XX:SharedArchiveFile=" + archive,
                    "-Xlog:cds*=off"));
        } catch (java.io.IOException e) {
            // no archive: the workers start a little slower, nothing else changes
        }
        return PlantUmlRenderer.start(builder.build());
    }

    /**
     * Worker JVMs for {@code diagrams} renders. Each worker costs about 2.8 s of CPU before it renders at full speed
     * (JVM start, PlantUML's class initialisation, its first interpreted renders), as much as some 250 renders of a
     * warm one; so a worker is added per 250 diagrams, up to one per core, less the core the Mermaid browser needs
     * when it renders at the same time. Measured on the seed model (55 diagrams, 2 cores): one worker 3.1 s wall and
     * 4.5 s CPU, two workers 3.9 s and 7.3 s.
     */
    static int poolSize(int threads, int diagrams, boolean withMermaid) {
        int cores = Math.min(threads, Runtime.getRuntime().availableProcessors()) - (withMermaid ? 1 : 0);
        return Math.max(1, Math.min(cores, 1 + diagrams / DIAGRAMS_PER_WORKER));
    }

    /** One long-lived mermaid-cli browser; absent, with one warning (or error), when Node.js is not there. */
    @Override
    public Optional<DiagramRenderer> mermaid(GenerateOptions options, Consumer<String> console) {
        MermaidRenderer.Options mermaid = MermaidRenderer.Options.defaults()
                .withCacheDirectory(options.cache())
                .withTimeout(Duration.ofSeconds(Math.max(options.timeoutSeconds(), 30)))
                .withMaxTextSize(options.mermaidMaxTextSize())
                .withTools(options.mermaidCli(), options.browser());
        try {
            return Optional.of(MermaidRenderer.start(mermaid, console));
        } catch (MermaidRenderer.RendererUnavailableException e) {
            console.accept((options.failOnMissingRenderer() ? "[ERROR] " : "[WARNING] ")
                    + "Mermaid SVG not rendered: " + e.getMessage()
                    + (options.failOnMissingRenderer() ? "" : " (PlantUML SVG and Mermaid sources are still written;"
                            + " -Dplumbline.failOnMissingRenderer=true makes this an error)"));
            return Optional.empty();
        }
    }

    /** Includes in generated diagrams may only reach the folder the workspaces live in. */
    private static Path projectDir(GenerateOptions options) {
        Path first = options.workspaces().get(0).toAbsolutePath();
        return java.nio.file.Files.isDirectory(first) ? first : first.getParent();
    }
}
