package dev.plumbline.maven;

import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/** Exports every view of every workspace to PlantUML and Mermaid and renders them to SVG. */
@Mojo(name = "generate", defaultPhase = LifecyclePhase.GENERATE_RESOURCES, threadSafe = true)
public final class GenerateMojo extends AbstractPlumblineMojo {

    /** Where the {@code .puml}, {@code .mmd} and {@code .svg} files go, one folder per workspace. */
    @Parameter(property = "plumbline.outputDirectory", defaultValue = "${project.build.directory}/plumbline/diagrams")
    private File outputDirectory;

    /** Any of {@code puml}, {@code mmd}, {@code svg}, {@code png}; {@code puml,svg} starts no Node.js or browser. */
    @Parameter(property = "plumbline.formats", defaultValue = "puml,mmd,svg")
    private String formats;

    /** Render threads; 0 means one per core. */
    @Parameter(property = "plumbline.threads", defaultValue = "0")
    private int threads;

    /** Wall-clock limit for rendering one diagram, in seconds; a layout that runs longer is killed. */
    @Parameter(property = "plumbline.renderTimeout", defaultValue = "20")
    private int renderTimeout;

    /** Path of Graphviz {@code dot}; empty means PlantUML's pure-Java Smetana layout. */
    @Parameter(property = "plumbline.dot")
    private String dot;

    /** mermaid-cli install folder; empty means on PATH, else installed with npm into the cache folder. */
    @Parameter(property = "plumbline.mermaidCli")
    private String mermaidCli;

    /** Chrome/Chromium executable for Mermaid; empty means system Chrome/Chromium, else @sparticuz/chromium. */
    @Parameter(property = "plumbline.browser")
    private String browser;

    /** Folder for the render cache and the tools Plumbline installs. */
    @Parameter(property = "plumbline.cacheDirectory", defaultValue = "${user.home}/.cache/plumbline")
    private File cacheDirectory;

    /**
     * Mermaid's {@code maxTextSize}: a view whose Mermaid text is longer fails at its DSL line (split it, or raise
     * this). Mermaid's own default.
     */
    @Parameter(property = "plumbline.mermaidMaxTextSize", defaultValue = "50000")
    private int mermaidMaxTextSize;

    /** Fail instead of warning when Node.js (for Mermaid SVG) is missing. */
    @Parameter(property = "plumbline.failOnMissingRenderer", defaultValue = "false")
    private boolean failOnMissingRenderer;

    /**
     * Rewrite stale generated diagram blocks in the docs. Default: true, but false when the {@code CI} environment
     * variable is set: in CI the docs stay as committed and {@code check} fails on a stale block with its diff.
     */
    @Parameter(property = "plumbline.updateDocs")
    private Boolean updateDocs;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Skipping plumbline:generate");
            return;
        }
        ProjectInputs inputs = inputs();
        if (inputs.missing().isPresent()) {
            getLog().info("Plumbline: " + inputs.missing().get());
            return;
        }
        List<String> args = new ArrayList<>(List.of("--out", outputDirectory.getPath(), "--formats", formats,
                "--threads", String.valueOf(threads), "--timeout", String.valueOf(renderTimeout), "--dot", orEmpty(dot),
                "--mermaid-cli", orEmpty(mermaidCli), "--browser", orEmpty(browser), "--cache", cacheDirectory.getPath(),
                "--fail-on-missing-renderer", String.valueOf(failOnMissingRenderer),
                "--update-docs", String.valueOf(DocsUpdate.enabled(updateDocs, System.getenv())),
                "--rules", rules == null ? "" : rules,
                "--mermaid-max-text-size", String.valueOf(mermaidMaxTextSize)));
        String fingerprint;
        try {
            List<File> files = new ArrayList<>(inputs.workspaces());
            files.addAll(inputs.docs());
            if (pluginJar() != null && pluginJar().isFile()) {
                files.add(pluginJar());
            }
            fingerprint = InputFingerprint.of(InputFingerprint.paths(files),
                    String.join("\u0000", args) + "\u0000" + plugin.getVersion() + "\u0000" + trust().fingerprint());
        } catch (IOException e) {
            throw new MojoExecutionException("cannot read the workspaces: " + e.getMessage());
        }
        if (InputFingerprint.upToDate(outputDirectory.toPath(), fingerprint)) {
            getLog().info("Diagrams are up to date (" + outputDirectory + "): nothing to render");
            return;
        }
        args.addAll(List.of("--fingerprint", fingerprint));
        inputs.docs().forEach(d -> args.addAll(List.of("--docs", d.getPath())));
        inputs.workspaces().forEach(w -> args.add(w.getPath()));
        // C1 only: seconds of model load and export, over before C2 would pay back (CPU 3.3 s -> 2.1 s, seed model)
        runWorker("dev.plumbline.diagrams.GenerateCommand", args, List.of("-XX:TieredStopAtLevel=1"));
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
