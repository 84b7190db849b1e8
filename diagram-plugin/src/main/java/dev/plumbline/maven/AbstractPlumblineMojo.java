package dev.plumbline.maven;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.toolchain.Toolchain;
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

    /** Skips the goal. */
    @Parameter(property = "plumbline.skip", defaultValue = "false")
    protected boolean skip;

    /**
     * JDK home (or java executable) for the worker JVMs, version 21 or later. Default: the JDK toolchain the build
     * selected, else Maven's own JVM if it is 21+, else the newest JDK 21+ found in the usual install locations.
     */
    @Parameter(property = "plumbline.jdk")
    protected String jdk;

    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    protected MavenSession session;

    @Parameter(defaultValue = "${plugin}", readonly = true, required = true)
    protected PluginDescriptor plugin;

    @Component
    protected ToolchainManager toolchains;

    /** The workspaces and docs this goal reads: what is configured, else the defaults that exist. */
    protected final ProjectInputs inputs() {
        return ProjectInputs.resolve(basedir.toPath(), workspaces, docs);
    }

    /** Runs the worker command; exit 1 (findings) fails the build, anything else non-zero is an error. */
    protected final void runWorker(String mainClass, List<String> args) throws MojoExecutionException, MojoFailureException {
        try {
            int exit = new WorkerProcess(java(), classpath()).run(mainClass, args, this::relay);
            if (exit == 1) {
                throw new MojoFailureException("Plumbline reported errors; see the lines above.");
            }
            if (exit != 0) {
                throw new MojoExecutionException("Plumbline's worker JVM failed (exit " + exit + "); see the lines above.");
            }
        } catch (WorkerException e) {
            throw new MojoExecutionException(e.getMessage());
        }
    }

    private void relay(String line) {
        if (line.startsWith("[ERROR] ")) {
            getLog().error(line.substring(8));
        } else if (line.startsWith("[WARNING] ")) {
            getLog().warn(line.substring(10));
        } else if (line.startsWith("[DEBUG] ")) {
            getLog().debug(line.substring(8));
        } else if (line.startsWith("[INFO] ")) {
            getLog().info(line.substring(7));
        } else {
            getLog().info(line);
        }
    }

    private Path java() throws WorkerException {
        if (jdk != null && !jdk.isBlank()) {
            return JavaFinder.configured(jdk);
        }
        Toolchain selected = toolchains.getToolchainFromBuildContext("jdk", session);
        if (selected != null && selected.findTool("java") != null) {
            Path java = Path.of(selected.findTool("java"));
            Path home = java.getParent() == null ? null : java.getParent().getParent();
            if (home == null || JavaFinder.featureVersion(home) == 0 || JavaFinder.featureVersion(home) >= JavaFinder.REQUIRED) {
                return java;
            }
        }
        return JavaFinder.discover().orElseThrow(() -> new WorkerException("Plumbline needs a JDK "
                + JavaFinder.REQUIRED + " or later for its worker JVMs and found none: install one, or point "
                + "-Dplumbline.jdk=<jdk home> at it"));
    }

    private List<File> classpath() {
        List<File> files = new ArrayList<>();
        files.add(plugin.getPluginArtifact().getFile());
        for (Artifact artifact : plugin.getArtifacts()) {
            if (artifact.getFile() != null && !files.contains(artifact.getFile())) {
                files.add(artifact.getFile());
            }
        }
        return files;
    }
}
