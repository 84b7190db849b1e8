package dev.plumbline.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A workspace from a pull request is not ours: it reads no environment variable nobody allowed, no file outside the
 * project (by {@code ../}, an absolute path or a symbolic link) and no URL, runs no script or plugin, and is
 * refused at the offending {@code file:line}; a trusted build gets Structurizr's defaults back.
 */
class UntrustedWorkspaceTest {

    @TempDir
    Path dir;

    private Path project;
    private Path outside;
    private WorkspacePolicy untrusted;

    @BeforeEach
    void layout() throws Exception {
        project = Files.createDirectories(dir.resolve("project"));
        outside = Files.createDirectories(dir.resolve("outside"));
        Files.writeString(outside.resolve("outside.dsl"), "secret = softwareSystem \"Secret\" \"Outside.\"\n");
        Files.writeString(outside.resolve("notes.md"), "# Secret notes\n");
        untrusted = WorkspacePolicy.untrusted(project);
    }

    @Test
    void an_environment_variable_is_refused_at_its_line() throws Exception {
        Path ws = workspace("a = softwareSystem \"${HOME}\" \"Reads the home folder.\"");

        assertThatThrownBy(() -> Workspaces.load(ws, untrusted)).isInstanceOf(ModelException.class)
                .hasMessage(ws + ":3: error: ${HOME} is neither a !const nor a !var of the workspace; Plumbline "
                        + "substitutes no environment variable unless it is allowed (-Dplumbline.allowEnvironment=HOME)");
    }

    @Test
    void an_allowed_environment_variable_is_substituted_and_no_other() throws Exception {
        Path ws = workspace("a = softwareSystem \"${HOME}\" \"Reads the home folder.\"");

        ModelWorkspace loaded = Workspaces.load(ws, new WorkspacePolicy(Optional.of(project), Set.of("HOME"), false));

        assertThat(loaded.systems()).extracting(s -> s.getName()).containsExactly(System.getenv("HOME"));
    }

    @Test
    void the_workspaces_own_constants_are_substituted() throws Exception {
        Path ws = dir.resolve("project/const.dsl");
        Files.writeString(ws, """
                workspace {
                    !const NAME "Shop"
                    model {
                        a = softwareSystem "${NAME}" "Sells."
                    }
                }
                """);

        assertThat(Workspaces.load(ws, untrusted).systems()).extracting(s -> s.getName()).containsExactly("Shop");
    }

    @Test
    void an_include_outside_the_project_is_refused_at_its_line() throws Exception {
        Path ws = workspace("!include ../../outside/outside.dsl");

        assertThatThrownBy(() -> Workspaces.load(ws, untrusted)).isInstanceOf(ModelException.class)
                .hasMessageStartingWith(ws + ":3: error: !include ../../outside/outside.dsl resolves to "
                        + outside.toRealPath().resolve("outside.dsl") + ", outside the project root");
    }

    @Test
    void an_include_through_a_symbolic_link_is_refused() throws Exception {
        Files.createDirectories(project.resolve("arch"));
        Files.createSymbolicLink(project.resolve("arch/shared.dsl"), outside.resolve("outside.dsl"));
        Path ws = workspace("!include shared.dsl");

        assertThatThrownBy(() -> Workspaces.load(ws, untrusted)).hasMessageContaining(ws + ":3: error: !include shared.dsl"
                + " resolves to " + outside.toRealPath().resolve("outside.dsl"));
    }

    @Test
    void a_symbolic_link_inside_an_included_folder_is_refused() throws Exception {
        Path parts = Files.createDirectories(project.resolve("arch/parts"));
        Files.writeString(parts.resolve("a.dsl"), "a = softwareSystem \"A\" \"Inside.\"\n");
        Files.createSymbolicLink(parts.resolve("b.dsl"), outside.resolve("outside.dsl"));
        Path ws = workspace("!include parts");

        assertThatThrownBy(() -> Workspaces.load(ws, untrusted)).hasMessageContaining(":3: error: !include parts (b.dsl)");
    }

    @Test
    void docs_and_decisions_outside_the_project_are_refused() throws Exception {
        Files.createDirectories(project.resolve("arch"));
        Files.createSymbolicLink(project.resolve("arch/adrs"), outside);
        Path ws = dir.resolve("project/arch/docs.dsl");
        Files.writeString(ws, """
                workspace {
                    !docs ../../outside
                    !adrs adrs
                    model {
                        a = softwareSystem "A" "Does A."
                    }
                }
                """);

        assertThatThrownBy(() -> Workspaces.load(ws, untrusted)).satisfies(e -> assertThat(((ModelException) e)
                .findings()).extracting(f -> f.line() + " " + f.message().substring(0, f.message().indexOf(" resolves")))
                .containsExactly("2 !docs ../../outside", "3 !adrs adrs"));
    }

    @Test
    void an_include_by_url_is_refused_without_a_fetch() throws Exception {
        Path ws = workspace("!include https://example.invalid/model.dsl");

        assertThatThrownBy(() -> Workspaces.load(ws, untrusted)).hasMessageStartingWith(ws
                + ":3: error: !include https://example.invalid/model.dsl reads a URL");
    }

    @Test
    void scripts_are_refused_by_structurizrs_restricted_parser() throws Exception {
        Path ws = workspace("!script groovy {\n  workspace.name = 'x'\n}");

        assertThatThrownBy(() -> Workspaces.load(ws, untrusted)).isInstanceOf(ModelException.class)
                .hasMessageContaining(ws + ":3: error:");
    }

    @Test
    void includes_inside_the_project_load_and_count_as_inputs() throws Exception {
        Files.createDirectories(project.resolve("arch/model"));
        Files.writeString(project.resolve("arch/model/people.dsl"), "u = person \"User\" \"Uses.\"\n");
        Path ws = workspace("!include model/people.dsl");

        ModelWorkspace loaded = Workspaces.load(ws, untrusted);

        assertThat(loaded.structurizr().getModel().getPeople()).extracting(p -> p.getName()).containsExactly("User");
        assertThat(loaded.inputs()).containsExactlyInAnyOrder(ws.toRealPath(), project.resolve("arch/model/people.dsl").toRealPath());
    }

    @Test
    void a_trusted_build_may_read_outside_and_substitute_the_environment() throws Exception {
        Path ws = dir.resolve("project/arch/trusted.dsl");
        Files.createDirectories(ws.getParent());
        Files.writeString(ws, """
                workspace {
                    model {
                        !include ../../outside/outside.dsl
                        a = softwareSystem "${HOME}" "Reads the home folder."
                    }
                }
                """);

        ModelWorkspace loaded = Workspaces.load(ws, new WorkspacePolicy(Optional.of(project), Set.of(), true));

        assertThat(loaded.systems()).extracting(s -> s.getName()).contains("Secret", System.getenv("HOME"));
    }

    /** A workspace in project/arch whose model holds {@code line} as its line 3. */
    private Path workspace(String line) throws Exception {
        Path ws = project.resolve("arch/ws.dsl");
        Files.createDirectories(ws.getParent());
        Files.writeString(ws, "workspace {\n    model {\n" + line + "\n    }\n}\n");
        return ws;
    }
}
