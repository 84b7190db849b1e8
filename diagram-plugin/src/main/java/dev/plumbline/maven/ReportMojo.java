package dev.plumbline.maven;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.reporting.AbstractMavenReport;
import org.apache.maven.reporting.MavenReportException;
import org.apache.maven.toolchain.ToolchainManager;

/** The architecture site as a Maven report ({@code <reporting>}), in {@code architecture/} of the project's site. */
@Mojo(name = "report", threadSafe = true)
public final class ReportMojo extends AbstractMavenReport {

    /** Structurizr DSL workspaces, files or folders. Default: {@code src/main/architecture} if it holds one. */
    @Parameter(property = "plumbline.workspaces")
    private List<File> workspaces;
    /** Markdown docs (folders or files) to publish, diagrams inline. Default: {@code docs} if it exists. */
    @Parameter(property = "plumbline.docs")
    private List<File> docs;
    /** Skips the report. */
    @Parameter(property = "plumbline.skip", defaultValue = "false")
    private boolean skip;
    /** JDK home (or java executable) for the worker JVM, 21 or later; default as for {@code generate}. */
    @Parameter(property = "plumbline.jdk")
    private String jdk;
    /** Where {@code generate} writes the views; the report takes their SVGs from there. */
    @Parameter(property = "plumbline.outputDirectory", defaultValue = "${project.build.directory}/plumbline/diagrams")
    private File diagrams;
    /** Folder of the render cache, as for {@code generate}. */
    @Parameter(property = "plumbline.cacheDirectory", defaultValue = "${user.home}/.cache/plumbline")
    private File cacheDirectory;
    /** Graphviz {@code dot}, as for {@code generate}; empty means Smetana. */
    @Parameter(property = "plumbline.dot")
    private String dot;
    /** mermaid-cli install folder, as for {@code generate}. */
    @Parameter(property = "plumbline.mermaidCli")
    private String mermaidCli;
    /** Chrome/Chromium executable for Mermaid, as for {@code generate}. */
    @Parameter(property = "plumbline.browser")
    private String browser;
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
    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    private MavenSession session;
    @Parameter(defaultValue = "${plugin}", readonly = true, required = true)
    private PluginDescriptor plugin;
    @Component
    private ToolchainManager toolchains;

    @Override
    public String getOutputName() {
        return "architecture/index";
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
    public boolean isExternalReport() {
        return true;
    }

    @Override
    public boolean canGenerateReport() {
        return !skip && inputs().missing().isEmpty();
    }

    private ProjectInputs inputs() {
        return ProjectInputs.resolve(project.getBasedir().toPath(), workspaces, docs);
    }

    @Override
    protected void executeReport(Locale locale) throws MavenReportException {
        List<String> args = new ArrayList<>();
        for (Object part : List.of("--site", new File(getReportOutputDirectory(), "architecture"), "--diagrams", diagrams,
                "--base", project.getBasedir(), "--check-reports", checkReports, "--conformance", conformanceReports,
                "--observed", observed, "--since", Objects.toString(changesSince, ""), "--main-branch", mainBranch,
                "--cache", cacheDirectory, "--dot", Objects.toString(dot, ""), "--mermaid-cli",
                Objects.toString(mermaidCli, ""), "--browser", Objects.toString(browser, ""), "--workspaces")) {
            args.add(part.toString());
        }
        ProjectInputs inputs = inputs();
        inputs.workspaces().forEach(w -> args.add(w.getPath()));
        args.add("--docs");
        inputs.docs().forEach(d -> args.add(d.getPath()));
        try {
            // Most of the report's code runs once: the quick compiler alone halves its CPU time (bench/report.sh).
            WorkerJvm.run(getLog(), jdk, toolchains, session, plugin, List.of("-XX:TieredStopAtLevel=1"),
                    WorkerCommand.REPORT, args);
        } catch (MojoExecutionException | MojoFailureException e) {
            throw new MavenReportException(e.getMessage(), e);
        }
    }
}
