package dev.plumbline.maven;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.apache.maven.doxia.sink.Sink;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.reporting.MavenReport;
import org.apache.maven.reporting.MavenReportException;

/**
 * The architecture site as a Maven report ({@code <reporting>}), in {@code architecture/} of the project's site.
 * It implements the reporting API itself rather than extending maven-reporting-impl: the worker writes every page,
 * and that library's 33 artifacts (Doxia's renderers, Velocity) were resolved in each build that loads the plugin,
 * no-op runs included (a one-view no-op: 2.7-4.0 s with them, 1.4-1.9 s without, in a fresh Maven JVM at load 5).
 */
@Mojo(name = "report", threadSafe = true)
public final class ReportMojo extends AbstractRenderingMojo implements MavenReport {

    /** Where {@code generate} writes the views; the report takes their SVGs from there. */
    @Parameter(property = "plumbline.outputDirectory", defaultValue = "${project.build.directory}/plumbline/diagrams")
    private File diagrams;
    /** Where {@code check} wrote its reports; the drift page shows "not run" if there are none. */
    @Parameter(property = "plumbline.reports", defaultValue = "${project.build.directory}/plumbline/check")
    private File checkReports;
    /** Where the {@code conformance} goal wrote its reports; "not run" if there are none. */
    @Parameter(property = "plumbline.conformanceReports", defaultValue = "${project.build.directory}/plumbline/conformance")
    private File conformanceReports;
    /** Dynamic views recorded at run time ("as observed"), as DSL workspaces, shown beside the modelled ones. */
    @Parameter(property = "plumbline.observed", defaultValue = "${project.build.directory}/plumbline/observed")
    private File observed;
    /** The git revision the changes page compares with; empty means the merge base of HEAD with the main branch. */
    @Parameter(property = "plumbline.changesSince", defaultValue = "")
    private String changesSince;
    /** The branch pull requests go into, for the default of {@code changesSince}. */
    @Parameter(property = "plumbline.mainBranch", defaultValue = "main")
    private String mainBranch;
    /** Where {@code plumbline:report} alone writes, as Maven's reports do; the site plugin sets its own folder. */
    @Parameter(defaultValue = "${project.build.directory}/reports", readonly = true, required = true)
    private File reportOutputDirectory;

    @Override
    protected WorkerCommand command() {
        return WorkerCommand.REPORT;
    }

    @Override
    protected void executeGoal(ProjectInputs inputs) throws MojoExecutionException, MojoFailureException {
        List<String> args = new ArrayList<>();
        for (Object part : List.of("--site", new File(reportOutputDirectory, "architecture"), "--diagrams", diagrams,
                "--base", basedir, "--check-reports", checkReports, "--conformance", conformanceReports,
                "--observed", observed, "--since", Objects.toString(changesSince, ""), "--main-branch", mainBranch,
                "--cache", cacheDirectory, "--dot", Objects.toString(dot, ""), "--mermaid-cli",
                Objects.toString(mermaidCli, ""), "--browser", Objects.toString(browser, ""), "--timeout", renderTimeout,
                "--mermaid-max-text-size", mermaidMaxTextSize, "--workspaces")) {
            args.add(part.toString());
        }
        inputs.workspaces().forEach(w -> args.add(w.getPath()));
        args.add("--docs");
        inputs.docs().forEach(d -> args.add(d.getPath()));
        // Most of the report's code runs once: the quick compiler alone halves its CPU time (bench/report.sh).
        runWorker(args, List.of("-XX:TieredStopAtLevel=1"));
    }

    /** The site plugin's call: the worker writes the pages, so the sink stays empty. */
    @Override
    public void generate(Sink sink, Locale locale) throws MavenReportException {
        Optional<ProjectInputs> inputs = runnableInputs(true);
        try {
            if (inputs.isPresent()) {
                executeGoal(inputs.get());
            }
        } catch (MojoExecutionException | MojoFailureException e) {
            throw new MavenReportException(e.getMessage(), e);
        }
    }

    @Override
    public boolean canGenerateReport() {
        return runnableInputs(false).isPresent();
    }

    @Override
    public String getOutputName() {
        return "architecture/index";
    }

    @Override
    public String getCategoryName() {
        return CATEGORY_PROJECT_REPORTS;
    }

    @Override
    public String getName(Locale locale) {
        return "Architecture";
    }

    @Override
    public String getDescription(Locale locale) {
        return "Systems, views, elements, docs, drift, conformance and changes of the architecture model.";
    }

    @Override
    public void setReportOutputDirectory(File directory) {
        reportOutputDirectory = directory;
    }

    @Override
    public File getReportOutputDirectory() {
        return reportOutputDirectory;
    }

    @Override
    public boolean isExternalReport() {
        return true;
    }
}
