package dev.plumbline.maven;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.toolchain.Toolchain;
import org.apache.maven.toolchain.ToolchainManager;

/**
 * Runs a worker command on a JDK >= 21 for any goal, Mojo or report: finds the JDK, builds the class path from the
 * plugin's artifacts, relays the worker's lines to Maven's log and turns its exit code into Maven's exceptions.
 */
final class WorkerJvm {

    private WorkerJvm() {
    }

    /** Runs the worker command; exit 1 (findings) fails the build, anything else non-zero is an error. */
    static void run(Log log, String jdk, ToolchainManager toolchains, MavenSession session, PluginDescriptor plugin,
            WorkerCommand command, List<String> args) throws MojoExecutionException, MojoFailureException {
        run(log, jdk, toolchains, session, plugin, List.of(), command, args);
    }

    /** As {@link #run(Log, String, ToolchainManager, MavenSession, PluginDescriptor, WorkerCommand, List)}, with JVM options. */
    static void run(Log log, String jdk, ToolchainManager toolchains, MavenSession session, PluginDescriptor plugin,
            List<String> jvmOptions, WorkerCommand command, List<String> args) throws MojoExecutionException, MojoFailureException {
        try {
            int exit = new WorkerProcess(java(jdk, toolchains, session), classpath(plugin), jvmOptions)
                    .run(command.mainClass(), args, line -> relay(log, line));
            if (exit == WorkerCommand.FINDINGS) {
                throw new MojoFailureException("Plumbline reported errors; see the lines above.");
            }
            if (exit != WorkerCommand.OK) {
                throw new MojoExecutionException("Plumbline's worker JVM failed (exit " + exit + "); see the lines above.");
            }
        } catch (WorkerException e) {
            throw new MojoExecutionException(e.getMessage());
        }
    }

    private static void relay(Log log, String line) {
        if (line.startsWith("[ERROR] ")) {
            log.error(line.substring(8));
        } else if (line.startsWith("[WARNING] ")) {
            log.warn(line.substring(10));
        } else if (line.startsWith("[DEBUG] ")) {
            log.debug(line.substring(8));
        } else if (line.startsWith("[INFO] ")) {
            log.info(line.substring(7));
        } else {
            log.info(line);
        }
    }

    private static Path java(String jdk, ToolchainManager toolchains, MavenSession session) throws WorkerException {
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

    private static List<File> classpath(PluginDescriptor plugin) {
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
