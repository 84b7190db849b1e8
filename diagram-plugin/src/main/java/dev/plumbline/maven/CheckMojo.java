package dev.plumbline.maven;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * The architecture-drift gate: every PlantUML and Mermaid diagram in the docs is syntax-checked and compared with
 * the model; generated blocks must match what the model generates today. Fails the build on new findings.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public final class CheckMojo extends AbstractPlumblineMojo {

    /** Where the JUnit XML, SARIF and summary reports go. */
    @Parameter(property = "plumbline.reports", defaultValue = "${project.build.directory}/plumbline/check")
    private File reports;

    /** Report formats, any of {@code console}, {@code junit}, {@code sarif}, {@code markdown}, {@code html}. */
    @Parameter(property = "plumbline.reportFormats", defaultValue = "console,junit,sarif,markdown,html")
    private String reportFormats;

    /** Accepted findings: only findings not listed here fail the build. */
    @Parameter(property = "plumbline.baseline", defaultValue = "${project.basedir}/plumbline-baseline.txt")
    private File baseline;

    /** Write every current finding to the baseline instead of failing on them. */
    @Parameter(property = "plumbline.writeBaseline", defaultValue = "false")
    private boolean writeBaseline;

    @Override
    protected WorkerCommand command() {
        return WorkerCommand.CHECK;
    }

    @Override
    protected void executeGoal(ProjectInputs inputs) throws MojoExecutionException, MojoFailureException {
        if (inputs.docs().isEmpty()) {
            getLog().info("Plumbline: no docs yet (no " + ProjectInputs.DEFAULT_DOCS
                    + "/ folder): nothing to check. Write Markdown there, or point -Dplumbline.docs at yours.");
            return;
        }
        List<String> args = new ArrayList<>();
        inputs.workspaces().forEach(w -> args.addAll(List.of("--workspaces", w.getPath())));
        inputs.docs().forEach(d -> args.addAll(List.of("--docs", d.getPath())));
        args.addAll(List.of("--reports", reports.getPath(), "--formats", reportFormats, "--baseline", baseline.getPath(),
                "--write-baseline", String.valueOf(writeBaseline), "--base", session.getCurrentProject().getBasedir().getPath()));
        if (rules != null && !rules.isBlank()) {
            args.addAll(List.of("--rules", rules));
        }
        runWorker(args);
    }
}
