package dev.plumbline.maven;

import java.io.File;
import java.util.ArrayList;
import java.util.List;

/**
 * The workspace policy as the Mojos configure it, handed to the worker JVM as system properties (read there by
 * the model module's {@code WorkspacePolicy}) and folded into the no-op fingerprint.
 */
final class WorkspaceTrust {

    private final File root;
    private final String allowEnvironment;
    private final boolean trusted;

    /**
     * @param configured the configured project root, or null
     * @param basedir    the current project's basedir
     * @param top        the top-level project's basedir, or null
     */
    WorkspaceTrust(File configured, File basedir, File top, String allowEnvironment, boolean trusted) {
        if (configured != null) {
            this.root = configured;
        } else {
            // the top-level project holds the whole checkout, unless this project lies outside it
            boolean inside = top != null && basedir.toPath().toAbsolutePath().startsWith(top.toPath().toAbsolutePath());
            this.root = inside ? top : basedir;
        }
        this.allowEnvironment = allowEnvironment == null ? "" : allowEnvironment.strip();
        this.trusted = trusted;
    }

    List<String> workerProperties() {
        return List.of("-Dplumbline.projectRoot=" + root.getAbsolutePath(),
                "-Dplumbline.allowEnvironment=" + allowEnvironment, "-Dplumbline.trustedWorkspaces=" + trusted);
    }

    /** The policy and the allowed variables' values: a changed value changes the outputs. */
    String fingerprint() {
        List<String> parts = new ArrayList<>(workerProperties());
        for (String name : allowEnvironment.split(",")) {
            if (!name.isBlank()) {
                parts.add(name.strip() + "=" + System.getenv(name.strip()));
            }
        }
        return String.join("\u0000", parts);
    }
}
