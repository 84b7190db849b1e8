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
 * Code matches the model, without a test class: the model-driven ArchUnit rules of plumbline-archunit run on the
 * module's compiled classes for every element that carries {@code plumbline.code}. Bound to
 * {@code process-test-classes}: after compile and test-compile, before the tests, so drift fails the build in seconds
 * and {@code mvn test} already runs it.
 */
@Mojo(name = "conformance", defaultPhase = LifecyclePhase.PROCESS_TEST_CLASSES, threadSafe = true)
public final class ConformanceMojo extends AbstractPlumblineMojo {

    /** The compiled classes to check. */
    @Parameter(property = "plumbline.classes", defaultValue = "${project.build.outputDirectory}")
    private File classes;

    /** Source roots; violations in code are reported at the source file found under them. */
    @Parameter(property = "plumbline.sources", defaultValue = "${project.compileSourceRoots}")
    private List<String> sources;

    /** Only these mapped elements (DSL identifiers, comma-separated); default every mapped one. */
    @Parameter(property = "plumbline.elements", defaultValue = "")
    private String elements;

    /** Where the JUnit XML, SARIF and summary reports go. */
    @Parameter(property = "plumbline.conformance.reports", defaultValue = "${project.build.directory}/plumbline/conformance")
    private File reports;

    /** Report formats, any of {@code console}, {@code junit}, {@code sarif}, {@code markdown}, {@code html}. */
    @Parameter(property = "plumbline.reportFormats", defaultValue = "console,junit,sarif,markdown,html")
    private String reportFormats;

    /** Accepted violations: only violations not listed here fail the build. */
    @Parameter(property = "plumbline.conformance.baseline",
            defaultValue = "${project.basedir}/plumbline-conformance-baseline.txt")
    private File baseline;

    /** Write every current violation to the baseline instead of failing on them. */
    @Parameter(property = "plumbline.writeBaseline", defaultValue = "false")
    private boolean writeBaseline;

    @Override
    protected WorkerCommand command() {
        return WorkerCommand.CONFORMANCE;
    }

    @Override
    protected void executeGoal(ProjectInputs inputs) throws MojoExecutionException, MojoFailureException {
        List<String> args = new ArrayList<>();
        inputs.workspaces().forEach(w -> args.addAll(List.of("--workspaces", w.getPath())));
        args.addAll(List.of("--classes", classes.getPath()));
        if (sources != null && !sources.isEmpty()) {
            args.add("--sources");
            args.addAll(sources);
        }
        if (elements != null && !elements.isBlank()) {
            args.addAll(List.of("--elements", elements));
        }
        args.addAll(List.of("--reports", reports.getPath(), "--formats", reportFormats, "--baseline", baseline.getPath(),
                "--write-baseline", String.valueOf(writeBaseline), "--base", session.getCurrentProject().getBasedir().getPath()));
        runWorker(args);
    }
}
