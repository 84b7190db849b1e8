package dev.plumbline.maven;

import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/** Exports every view of every workspace to PlantUML and Mermaid and renders them to SVG. */
@Mojo(name = "generate", defaultPhase = LifecyclePhase.GENERATE_RESOURCES, threadSafe = true)
public final class GenerateMojo extends AbstractRenderingMojo {

    /** Where the {@code .puml}, {@code .mmd} and {@code .svg} files go, one folder per workspace. */
    @Parameter(property = "plumbline.outputDirectory", defaultValue = "${project.build.directory}/plumbline/diagrams")
    private File outputDirectory;

    /** Any of {@code puml}, {@code mmd}, {@code svg}, {@code png}; {@code puml,svg} starts no Node.js or browser. */
    @Parameter(property = "plumbline.formats", defaultValue = "puml,mmd,svg")
    private String formats;

    /** Render threads; 0 means one per core. */
    @Parameter(property = "plumbline.threads", defaultValue = "0")
    private int threads;

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
    protected WorkerCommand command() {
        return WorkerCommand.GENERATE;
    }

    @Override
    protected void executeGoal(ProjectInputs inputs) throws MojoExecutionException, MojoFailureException {
        List<String> args = new ArrayList<>(List.of("--out", outputDirectory.getPath(), "--formats", formats,
                "--threads", String.valueOf(threads), "--timeout", String.valueOf(renderTimeout), "--dot", Objects.toString(dot, ""),
                "--mermaid-cli", Objects.toString(mermaidCli, ""), "--browser", Objects.toString(browser, ""), "--cache", cacheDirectory.getPath(),
                "--fail-on-missing-renderer", String.valueOf(failOnMissingRenderer),
                "--update-docs", String.valueOf(DocsUpdate.enabled(updateDocs, System.getenv())),
                "--rules", Objects.toString(rules, ""),
                "--mermaid-max-text-size", String.valueOf(mermaidMaxTextSize)));
        String fingerprint;
        try {
            List<String> options = new ArrayList<>(args);
            options.addAll(List.of(plugin.getVersion(), trust().fingerprint()));
            fingerprint = InputFingerprint.ofRun(inputs, pluginJar(), options);
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
        runWorker(args, List.of("-XX:TieredStopAtLevel=1"));
    }
}
