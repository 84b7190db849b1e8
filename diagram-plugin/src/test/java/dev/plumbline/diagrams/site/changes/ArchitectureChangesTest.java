package dev.plumbline.diagrams.site.changes;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plumbline.diagrams.site.changes.ArchitectureChanges.Change;
import dev.plumbline.diagrams.site.changes.ArchitectureChanges.Report;
import dev.plumbline.model.ModelWorkspace;
import dev.plumbline.model.Workspaces;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The changes page's comparison, on a real git repository made with JGit: main, then a branch that edits the model. */
class ArchitectureChangesTest {

    private static final String BEFORE = """
            workspace "Shop" {
                model {
                    user = person "User"
                    shop = softwareSystem "Shop" "Sells things." {
                        web = container "Web" "Takes orders." "Next.js"
                        legacy = container "Legacy Batch" "Nightly export." "COBOL"
                        db = container "Orders DB" "Stores orders." "PostgreSQL"
                    }
                    user -> web "Uses"
                    web -> db "Reads and writes" "JDBC"
                    legacy -> db "Exports"
                }
                views {
                    container shop "shop-containers" {
                        include *
                    }
                    systemContext shop "shop-context" {
                        include *
                    }
                }
            }
            """;

    private static final String AFTER = """
            workspace "Shop" {
                model {
                    user = person "User"
                    shop = softwareSystem "Shop" "Sells things." {
                        web = container "Web" "Takes and tracks orders." "Next.js"
                        api = container "Orders API" "Owns orders." "Java"
                        db = container "Orders DB" "Stores orders." "PostgreSQL"
                    }
                    user -> web "Uses"
                    web -> api "Calls" "HTTPS"
                    api -> db "Reads and writes" "JDBC"
                }
                views {
                    container shop "shop-containers" {
                        include *
                    }
                    systemContext shop "shop-context" {
                        include *
                    }
                    dynamic shop "place-order" {
                        user -> web "Places an order"
                        web -> api "POST /orders"
                    }
                }
            }
            """;

    @TempDir
    Path repo;

    @Test
    void a_branch_that_edits_the_workspace_shows_every_change_against_the_merge_base_with_main() throws Exception {
        Path dsl = repo.resolve("src/main/architecture/shop.dsl");
        Files.createDirectories(dsl.getParent());
        try (Git git = Git.init().setDirectory(repo.toFile()).setInitialBranch("main").call()) {
            Files.writeString(dsl, BEFORE);
            git.add().addFilepattern(".").call();
            git.commit().setMessage("model").setAuthor("t", "t@example.org").setCommitter("t", "t@example.org")
                    .setSign(false).call();
            git.checkout().setCreateBranch(true).setName("feature").call();
            Files.writeString(dsl, AFTER);
            git.add().addFilepattern(".").call();
            git.commit().setMessage("orders API").setAuthor("t", "t@example.org").setCommitter("t", "t@example.org")
                    .setSign(false).call();
        }
        ModelWorkspace now = Workspaces.load(dsl);

        Report report = ArchitectureChanges.since(repo, "", "main", List.of(now));

        assertThat(report.unavailable()).isEmpty();
        assertThat(report.since()).isEqualTo("the merge base with main");
        assertThat(report.commit()).hasSize(10);
        assertThat(report.changes()).extracting(ArchitectureChangesTest::line).containsExactly(
                "ELEMENT ADDED Orders API",
                "ELEMENT REMOVED Legacy Batch",
                "ELEMENT CHANGED Web (description)",
                "RELATIONSHIP ADDED Orders API → Orders DB: Reads and writes",
                "RELATIONSHIP ADDED Web → Orders API: Calls",
                "RELATIONSHIP REMOVED Legacy Batch → Orders DB: Exports",
                "RELATIONSHIP REMOVED Web → Orders DB: Reads and writes",
                "VIEW ADDED place-order",
                "VIEW CHANGED shop-containers (diagram)");
        assertThat(report.changedView("shop", "shop-containers")).isTrue();
        assertThat(report.changedView("shop", "shop-context")).isFalse();
        assertThat(report.markdown()).startsWith("""
                ## Architecture changes since the merge base with main (`%s`)

                3 elements, 4 relationships and 2 views added, removed or changed.

                ### Elements

                | Change | Workspace | Name | What changed |
                |---|---|---|---|
                | added | shop | Orders API |  |
                | removed | shop | Legacy Batch |  |
                | changed | shop | Web | description |
                """.formatted(report.commit()));
    }

    @Test
    void a_named_revision_is_compared_with_and_an_unknown_one_is_reported() throws Exception {
        Path dsl = repo.resolve("shop.dsl");
        try (Git git = Git.init().setDirectory(repo.toFile()).setInitialBranch("trunk").call()) {
            Files.writeString(dsl, BEFORE);
            git.add().addFilepattern(".").call();
            git.commit().setMessage("model").setAuthor("t", "t@example.org").setCommitter("t", "t@example.org")
                    .setSign(false).call();
            git.tag().setName("v1").call();
        }
        Files.writeString(dsl, AFTER); // uncommitted: the working tree is what is compared
        ModelWorkspace now = Workspaces.load(dsl);

        assertThat(ArchitectureChanges.since(repo, "v1", "main", List.of(now)).changes()).hasSize(9);
        assertThat(ArchitectureChanges.since(repo, "nope", "main", List.of(now)).unavailable())
                .contains("unknown revision \"nope\" (-Dplumbline.changesSince)");
        assertThat(ArchitectureChanges.since(repo, "", "main", List.of(now)).unavailable()).contains(
                "no branch main (nor origin/main) to find a merge base with; set -Dplumbline.changesSince=<revision>");
    }

    @Test
    void a_workspace_edited_without_changing_the_model_has_no_changes_not_even_in_unnamed_elements() throws Exception {
        String deployed = """
                workspace "Shop" {
                    model {
                        shop = softwareSystem "Shop" {
                            web = container "Web"
                        }
                        deploymentEnvironment "Production" {
                            deploymentNode "Cloud" {
                                deploymentNode "VPC 10.0.0.0/16" {
                                    containerInstance web
                                }
                            }
                        }
                    }
                    views {
                        deployment shop "Production" "shop-production" {
                            include *
                        }
                    }
                }
                """;
        Path dsl = repo.resolve("shop.dsl");
        try (Git git = Git.init().setDirectory(repo.toFile()).setInitialBranch("main").call()) {
            Files.writeString(dsl, deployed);
            git.add().addFilepattern(".").call();
            git.commit().setMessage("model").setAuthor("t", "t@example.org").setCommitter("t", "t@example.org")
                    .setSign(false).call();
        }
        Files.writeString(dsl, deployed + "# a comment, nothing else\n");

        Report report = ArchitectureChanges.since(repo, "HEAD", "main", List.of(Workspaces.load(dsl)));

        assertThat(report.unavailable()).isEmpty();
        assertThat(report.changes()).isEmpty();
    }

    @Test
    void outside_a_git_repository_the_changes_are_unavailable_not_empty() throws Exception {
        Path dsl = repo.resolve("shop.dsl");
        Files.writeString(dsl, AFTER);

        Report report = ArchitectureChanges.since(repo, "", "main", List.of(Workspaces.load(dsl)));

        assertThat(report.unavailable()).hasValueSatisfying(why -> assertThat(why).endsWith("is not in a git repository"));
        assertThat(report.markdown()).contains("Not available:");
    }

    private static String line(Change change) {
        return change.subject() + " " + change.kind() + " " + change.name()
                + (change.detail().isEmpty() ? "" : " (" + change.detail() + ")");
    }
}
