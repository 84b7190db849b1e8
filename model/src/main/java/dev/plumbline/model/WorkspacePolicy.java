package dev.plumbline.model;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a workspace file may reach while it is parsed. Workspaces are untrusted by default: Structurizr's parser
 * runs without environment substitution, scripts, plugins, the component finder or URLs, and every file the
 * workspace reads ({@code !include}, {@code workspace extends}, {@code !docs}, {@code !adrs}, images, themes) must
 * resolve, after symbolic links, inside {@link #root()}. Only the environment variables named in
 * {@link #allowedEnvironment()} are substituted. A trusted policy gives Structurizr's own defaults back.
 *
 * @param root               the folder every referenced file must stay in (the project's root); empty means the
 *                           folder of the workspace file itself
 * @param allowedEnvironment environment variables a workspace may read as {@code ${NAME}}
 * @param trusted            the user switched the restrictions off for this build
 */
public record WorkspacePolicy(Optional<Path> root, Set<String> allowedEnvironment, boolean trusted) {

    /** System properties through which a Mojo hands the policy to its worker JVM. */
    public static final String ROOT_PROPERTY = "plumbline.projectRoot";
    public static final String ALLOW_ENVIRONMENT_PROPERTY = "plumbline.allowEnvironment";
    public static final String TRUSTED_PROPERTY = "plumbline.trustedWorkspaces";

    public WorkspacePolicy {
        root = Objects.requireNonNull(root, "root").map(r -> r.toAbsolutePath().normalize());
        allowedEnvironment = Set.copyOf(new TreeSet<>(allowedEnvironment));
    }

    /** Untrusted, confined to {@code root}, reading no environment variable. */
    public static WorkspacePolicy untrusted(Path root) {
        return new WorkspacePolicy(Optional.of(root), Set.of(), false);
    }

    /**
     * The policy the worker JVM was started with, or, without one, untrusted and confined to each workspace
     * file's own folder.
     */
    public static WorkspacePolicy fromSystemProperties() {
        String root = System.getProperty(ROOT_PROPERTY, "");
        Set<String> allowed = new TreeSet<>();
        for (String name : System.getProperty(ALLOW_ENVIRONMENT_PROPERTY, "").split(",")) {
            if (!name.isBlank()) {
                allowed.add(name.strip());
            }
        }
        return new WorkspacePolicy(root.isBlank() ? Optional.empty() : Optional.of(Path.of(root)), allowed,
                Boolean.parseBoolean(System.getProperty(TRUSTED_PROPERTY)));
    }
}
