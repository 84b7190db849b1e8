package dev.plumbline.diagrams.site.changes;

import dev.plumbline.model.ModelWorkspace;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What changed in the architecture since a git revision: elements, relationships and views added, removed or
 * changed, comparing each workspace as it is now with the same file at that revision (read with JGit, never with
 * the working tree's git configuration or hooks).
 */
public final class ArchitectureChanges {

    /** What a change is about. */
    public enum Subject { ELEMENT, RELATIONSHIP, VIEW }

    /** How it changed. */
    public enum Kind { ADDED, REMOVED, CHANGED }

    /**
     * One change.
     *
     * @param subject   element, relationship or view
     * @param kind      added, removed or changed
     * @param workspace the workspace file's name without {@code .dsl}
     * @param key       what identifies it: an element's canonical name, a relationship's ends and label, a view key
     * @param name      what a reader calls it
     * @param detail    for a change, what changed ({@code "description, tags"}); else empty
     */
    public record Change(Subject subject, Kind kind, String workspace, String key, String name, String detail) {
        public Change {
            Objects.requireNonNull(subject, "subject");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(workspace, "workspace");
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(detail, "detail");
        }
    }

    /**
     * The comparison.
     *
     * @param since       the revision as the user named it, or how it was chosen
     * @param commit      the commit compared with, abbreviated; empty when none could be found
     * @param changes     every change, by workspace, subject, kind and key
     * @param unavailable why there is no comparison (not a git repository, unknown revision), if so
     */
    public record Report(String since, String commit, List<Change> changes, Optional<String> unavailable) {
        public Report {
            Objects.requireNonNull(since, "since");
            Objects.requireNonNull(commit, "commit");
            changes = List.copyOf(changes);
            Objects.requireNonNull(unavailable, "unavailable");
        }

        public List<Change> of(Subject subject) {
            return changes.stream().filter(c -> c.subject() == subject).toList();
        }

        /** Whether the view with this key was added or changed. */
        public boolean changedView(String workspace, String key) {
            return changes.stream().anyMatch(c -> c.subject() == Subject.VIEW && c.kind() != Kind.REMOVED
                    && c.workspace().equals(workspace) && c.key().equals(key));
        }

        /** The report as GitHub-flavoured Markdown, for a pull-request comment. */
        public String markdown() {
            return ChangesMarkdown.write(this);
        }
    }

    private ArchitectureChanges() {
    }

    /**
     * Compares the workspaces with their files at {@code revision}.
     *
     * @param projectDir a folder inside the git work tree
     * @param revision   a commit, tag or branch; empty for the merge base of {@code HEAD} with {@code mainBranch}
     * @param mainBranch the branch a pull request goes into
     * @param current    the workspaces as loaded now
     */
    public static Report since(Path projectDir, String revision, String mainBranch, List<ModelWorkspace> current) {
        Objects.requireNonNull(projectDir, "projectDir");
        Objects.requireNonNull(revision, "revision");
        Objects.requireNonNull(mainBranch, "mainBranch");
        return new GitRevision(projectDir, revision, mainBranch).compare(List.copyOf(current));
    }
}
