package dev.plumbline.diagrams.site.changes;

import dev.plumbline.diagrams.site.changes.ArchitectureChanges.Change;
import dev.plumbline.diagrams.site.changes.ArchitectureChanges.Report;
import dev.plumbline.model.ModelException;
import dev.plumbline.model.ModelWorkspace;
import dev.plumbline.model.Workspaces;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.revwalk.filter.RevFilter;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.PathFilter;

/** Reads the workspaces' folders at another revision and compares what they load to with today's. */
final class GitRevision {

    private final Path projectDir;
    private final String revision;
    private final String mainBranch;

    GitRevision(Path projectDir, String revision, String mainBranch) {
        this.projectDir = projectDir.toAbsolutePath().normalize();
        this.revision = revision.strip();
        this.mainBranch = mainBranch.strip();
    }

    Report compare(List<ModelWorkspace> current) {
        String since = revision.isEmpty() ? "the merge base with " + mainBranch : revision;
        FileRepositoryBuilder builder = new FileRepositoryBuilder().findGitDir(projectDir.toFile());
        if (builder.getGitDir() == null) {
            return unavailable(since, projectDir + " is not in a git repository");
        }
        try (Repository repository = builder.setMustExist(true).build(); RevWalk walk = new RevWalk(repository)) {
            Optional<RevCommit> commit = commit(repository, walk);
            if (commit.isEmpty()) {
                return unavailable(since, revision.isEmpty()
                        ? "no branch " + mainBranch + " (nor origin/" + mainBranch + ") to find a merge base with; "
                        + "set -Dplumbline.changesSince=<revision>"
                        : "unknown revision \"" + revision + "\" (-Dplumbline.changesSince)");
            }
            Path tree = repository.getWorkTree().toPath().toAbsolutePath().normalize();
            List<Change> changes = new ArrayList<>();
            Path scratch = Files.createTempDirectory("plumbline-changes");
            try {
                int index = 0;
                for (ModelWorkspace workspace : current) {
                    Path file = Path.of(workspace.file()).toAbsolutePath().normalize();
                    if (!file.startsWith(tree)) {
                        continue; // a workspace outside the repository has no history to compare with
                    }
                    Path copy = scratch.resolve(String.valueOf(index++));
                    Old old = old(repository, commit.get(), tree.relativize(file), copy, tree);
                    if (!old.unchanged()) {
                        changes.addAll(ModelDiff.between(folderOf(file), old.workspace(), workspace));
                    }
                }
            } finally {
                delete(scratch);
            }
            changes.sort(Comparator.comparing(Change::workspace).thenComparing(Change::subject)
                    .thenComparing(Change::kind).thenComparing(Change::key));
            return new Report(since, commit.get().abbreviate(10).name(), changes, Optional.empty());
        } catch (IOException e) {
            return unavailable(since, "cannot read the git repository: " + e.getMessage());
        } catch (ModelException e) {
            return unavailable(since, "the workspace at " + since + " does not load: "
                    + e.findings().stream().map(Object::toString).findFirst().orElse(e.getMessage()));
        }
    }

    private Optional<RevCommit> commit(Repository repository, RevWalk walk) throws IOException {
        if (!revision.isEmpty()) {
            ObjectId id = repository.resolve(revision + "^{commit}");
            return id == null ? Optional.empty() : Optional.of(walk.parseCommit(id));
        }
        ObjectId head = repository.resolve("HEAD^{commit}");
        ObjectId main = Optional.ofNullable(repository.resolve("refs/heads/" + mainBranch + "^{commit}"))
                .orElse(repository.resolve("refs/remotes/origin/" + mainBranch + "^{commit}"));
        if (head == null || main == null) {
            return Optional.empty();
        }
        walk.setRevFilter(RevFilter.MERGE_BASE);
        walk.markStart(walk.parseCommit(head));
        walk.markStart(walk.parseCommit(main));
        RevCommit base = walk.next();
        walk.reset();
        walk.setRevFilter(RevFilter.ALL);
        return Optional.ofNullable(base).map(b -> {
            try {
                return walk.parseCommit(b);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** The workspace at the commit: unchanged (its folder is as committed), absent, or loaded. */
    private record Old(boolean unchanged, Optional<ModelWorkspace> workspace) {
    }

    /**
     * The workspace file at the commit, loaded from a copy of its folder as it was then (so its {@code !include}s
     * resolve as they did); not loaded at all when every file of that folder is unchanged in the work tree, which is
     * most workspaces of most pull requests.
     */
    private static Old old(Repository repository, RevCommit commit, Path relative, Path copy, Path tree)
            throws IOException, ModelException {
        boolean same = true;
        String file = relative.toString().replace('\\', '/');
        String folder = relative.getParent() == null ? "" : relative.getParent().toString().replace('\\', '/');
        boolean found = false;
        try (TreeWalk walk = new TreeWalk(repository)) {
            walk.addTree(commit.getTree());
            walk.setRecursive(true);
            if (!folder.isEmpty()) {
                walk.setFilter(PathFilter.create(folder));
            }
            while (walk.next()) {
                String path = walk.getPathString();
                FileMode mode = walk.getFileMode(0);
                if (mode != FileMode.REGULAR_FILE && mode != FileMode.EXECUTABLE_FILE) {
                    continue;
                }
                String inFolder = folder.isEmpty() ? path : path.substring(folder.length() + 1);
                Path target = copy.resolve(inFolder).normalize();
                if (!target.startsWith(copy)) {
                    continue;
                }
                byte[] bytes = repository.open(walk.getObjectId(0)).getBytes();
                Path now = tree.resolve(path);
                same &= Files.isRegularFile(now) && java.util.Arrays.equals(bytes, Files.readAllBytes(now));
                Files.createDirectories(target.getParent());
                Files.write(target, bytes);
                found |= path.equals(file);
            }
        }
        if (!found) {
            return new Old(false, Optional.empty());
        }
        if (same) {
            return new Old(true, Optional.empty());
        }
        return new Old(false, Optional.of(Workspaces.load(copy.resolve(relative.getFileName().toString()))));
    }

    private static String folderOf(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(".dsl") ? name.substring(0, name.length() - 4) : name;
    }

    private Report unavailable(String since, String why) {
        return new Report(since, "", List.of(), Optional.of(why));
    }

    private static void delete(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
