package dev.plumbline.maven;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The workspaces and docs a goal reads. A path the user configured must exist (the worker reports it if it does
 * not); a default path may not exist yet, because a project declares the plugin before it writes its first
 * workspace or doc, and its build must not fail for that.
 *
 * @param workspaces what to pass as workspaces: the configured paths, else the default folder when it holds a
 *                   {@code .dsl} file, else nothing
 * @param docs       what to pass as docs: the configured paths, else the default folder when it exists, else nothing
 * @param missing    when there is no workspace to read, the one line saying why, for the goal to print as info
 */
record ProjectInputs(List<File> workspaces, List<File> docs, Optional<String> missing) {

    static final String DEFAULT_WORKSPACES = "src/main/architecture";
    static final String DEFAULT_DOCS = "docs";

    ProjectInputs {
        workspaces = List.copyOf(workspaces);
        docs = List.copyOf(docs);
        Objects.requireNonNull(missing, "missing");
    }

    /** {@code configured} lists are null or empty when the user did not set the parameter. */
    static ProjectInputs resolve(Path basedir, List<File> configuredWorkspaces, List<File> configuredDocs) {
        Objects.requireNonNull(basedir, "basedir");
        List<File> docs = isSet(configuredDocs) ? configuredDocs
                : Files.isDirectory(basedir.resolve(DEFAULT_DOCS)) ? List.of(basedir.resolve(DEFAULT_DOCS).toFile())
                : List.of();
        if (isSet(configuredWorkspaces)) {
            return new ProjectInputs(configuredWorkspaces, docs, Optional.empty());
        }
        Path folder = basedir.resolve(DEFAULT_WORKSPACES);
        if (holdsWorkspace(folder)) {
            return new ProjectInputs(List.of(folder.toFile()), docs, Optional.empty());
        }
        return new ProjectInputs(List.of(), docs, Optional.of("no Structurizr workspace yet (no .dsl file in "
                + DEFAULT_WORKSPACES + "/): nothing to do. Write one there, or point -Dplumbline.workspaces at yours."));
    }

    private static boolean isSet(List<File> files) {
        return files != null && !files.isEmpty();
    }

    private static boolean holdsWorkspace(Path folder) {
        if (!Files.isDirectory(folder)) {
            return false;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.anyMatch(p -> p.toString().endsWith(".dsl") && Files.isRegularFile(p));
        } catch (IOException | UncheckedIOException e) {
            // unreadable: let the worker say what is wrong with it
            return true;
        }
    }
}
