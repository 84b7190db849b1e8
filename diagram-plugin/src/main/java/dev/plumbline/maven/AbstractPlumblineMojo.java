package dev.plumbline.maven;

import java.io.File;
import java.util.List;
import java.util.Optional;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.toolchain.ToolchainManager;

/** What every Plumbline goal shares: skipping, and running its work in a worker JVM on a JDK >= 21. */
abstract class AbstractPlumblineMojo extends AbstractMojo {

    /**
     * Structurizr DSL workspaces: {@code .dsl} files, or folders searched for them. Default:
     * {@code src/main/architecture}, which may not exist yet (the goal then says so and does nothing); a path
     * configured here must exist.
     */
    @Parameter(property = "plumbline.workspaces")
    protected List<File> workspaces;

    /**
     * Markdown docs (folders or files). {@code generate} rewrites their generated diagram blocks (marker
     * {@code plumbline:generated <key>}) in place; {@code check} checks every diagram in them. Default:
     * {@code docs}, which may not exist yet; a path configured here must exist.
     */
    @Parameter(property = "plumbline.docs")
    protected List<File> docs;

    /** The project folder, against which the default workspace and docs folders resolve. */
    @Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
    protected File basedir;

    /**
     * Severity of each of Plumbline's model rules ({@code description}, {@code orphan}, {@code empty-view},
     * {@code numbered-directive}, or {@code all}) as {@code rule=error|warning|info|off}, comma-separated, e.g.
     * {@code description=error,orphan=off}. Unnamed rules are warnings; parse errors are always errors.
     */
    @Parameter(property = "plumbline.rules", defaultValue = "")
    protected String rules;

    /** Skips the goal. */
    @Parameter(property = "plumbline.skip", defaultValue = "false")
    protected boolean skip;

    /**
     * JDK home (or java executable) for the worker JVMs, version 21 or later. Default: the JDK toolchain the build
     * selected, else Maven's own JVM if it is 21+, else the newest JDK 21+ found in the usual install locations.
     */
    @Parameter(property = "plumbline.jdk")
    protected String jdk;

    /**
     * The folder every file a workspace references ({@code !include}, {@code !docs}, {@code !adrs}, images) must
     * stay inside, after symbolic links. Default: the basedir of the top-level project of the build, so modules
     * may share files within one checkout and nothing outside it is read.
     */
    @Parameter(property = "plumbline.projectRoot")
    protected File projectRoot;

    /**
     * Environment variables a workspace may substitute as {@code ${NAME}}, comma-separated. Any other
     * {@code ${NAME}} that is not a {@code !const} or {@code !var} of the workspace is an error.
     */
    @Parameter(property = "plumbline.allowEnvironment", defaultValue = "")
    protected String allowEnvironment;

    /**
     * Trust the workspaces: Structurizr's defaults (every environment variable, scripts, plugins, URLs, files
     * anywhere). Only for builds that never see someone else's workspace, e.g. not for pull requests.
     */
    @Parameter(property = "plumbline.trustedWorkspaces", defaultValue = "false")
    protected boolean trustedWorkspaces;

    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    protected MavenSession session;

    @Parameter(defaultValue = "${plugin}", readonly = true, required = true)
    protected PluginDescriptor plugin;

    @Component
    protected ToolchainManager toolchains;

    /**
     * Skips the goal when asked, or when the project has no workspace yet, else runs it: the one place
     * {@code plumbline.skip} is decided.
     */
    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        Optional<ProjectInputs> inputs = runnableInputs(true);
        if (inputs.isPresent()) {
            executeGoal(inputs.get());
        }
    }

    /**
     * The inputs, when the goal is to run: not skipped, and a workspace is there. {@code execute()} asks, and so does
     * the site plugin, which calls a report without it.
     *
     * @param explain log why the goal does not run
     */
    protected final Optional<ProjectInputs> runnableInputs(boolean explain) {
        if (skip) {
            if (explain) {
                getLog().info("Skipping plumbline:" + command().goal());
            }
            return Optional.empty();
        }
        ProjectInputs inputs = ProjectInputs.resolve(basedir.toPath(), workspaces, docs);
        if (inputs.missing().isPresent()) {
            if (explain) {
                getLog().info("Plumbline: " + inputs.missing().get());
            }
            return Optional.empty();
        }
        return Optional.of(inputs);
    }

    /** The worker command that does this goal's work. */
    protected abstract WorkerCommand command();

    /**
     * The goal's work, once {@link #execute()} has decided it is not skipped.
     *
     * @param inputs the workspaces and docs this goal reads: what is configured, else the defaults that exist
     */
    protected abstract void executeGoal(ProjectInputs inputs) throws MojoExecutionException, MojoFailureException;

    /** Runs the worker command; exit 1 (findings) fails the build, anything else non-zero is an error. */
    protected final void runWorker(List<String> args) throws MojoExecutionException, MojoFailureException {
        runWorker(args, List.of());
    }

    /** As {@link #runWorker(List)}, with JVM options of this goal's worker before the trust properties. */
    protected final void runWorker(List<String> args, List<String> jvmOptions)
            throws MojoExecutionException, MojoFailureException {
        List<String> options = new java.util.ArrayList<>(jvmOptions);
        options.addAll(trust().workerProperties());
        WorkerJvm.run(getLog(), jdk, toolchains, session, plugin, options, command(), args);
    }

    /** How far the worker may trust the workspaces; see {@link WorkspaceTrust}. */
    protected final WorkspaceTrust trust() {
        return new WorkspaceTrust(projectRoot, session.getCurrentProject().getBasedir(),
                session.getTopLevelProject() == null ? null : session.getTopLevelProject().getBasedir(),
                allowEnvironment, trustedWorkspaces);
    }

    /** The plugin's own jar: a rebuilt SNAPSHOT of the same version may render differently. */
    protected final File pluginJar() {
        return plugin.getPluginArtifact().getFile();
    }
}
