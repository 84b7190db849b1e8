package dev.plumbline.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProjectInputsTest {

    @TempDir
    Path project;

    @Test
    void a_project_without_workspace_or_docs_has_nothing_to_do_and_says_why_once() {
        ProjectInputs inputs = ProjectInputs.resolve(project, null, null);

        assertThat(inputs.workspaces()).isEmpty();
        assertThat(inputs.docs()).isEmpty();
        assertThat(inputs.missing()).hasValue("no Structurizr workspace yet (no .dsl file in src/main/architecture/): "
                + "nothing to do. Write one there, or point -Dplumbline.workspaces at yours.");
    }

    @Test
    void an_empty_default_workspace_folder_is_no_workspace_yet() throws IOException {
        Files.createDirectories(project.resolve("src/main/architecture"));

        assertThat(ProjectInputs.resolve(project, List.of(), List.of()).missing()).isPresent();
    }

    @Test
    void the_defaults_are_used_once_they_exist() throws IOException {
        Path architecture = Files.createDirectories(project.resolve("src/main/architecture/shop"));
        Files.writeString(architecture.resolve("shop.dsl"), "workspace {\n}\n");
        Files.createDirectories(project.resolve("docs"));

        ProjectInputs inputs = ProjectInputs.resolve(project, null, null);

        assertThat(inputs.missing()).isEmpty();
        assertThat(inputs.workspaces()).containsExactly(project.resolve("src/main/architecture").toFile());
        assertThat(inputs.docs()).containsExactly(project.resolve("docs").toFile());
    }

    @Test
    void configured_paths_are_passed_on_even_when_missing_so_the_goal_reports_them() {
        File workspace = project.resolve("model/missing.dsl").toFile();
        File docs = project.resolve("handbook").toFile();

        ProjectInputs inputs = ProjectInputs.resolve(project, List.of(workspace), List.of(docs));

        assertThat(inputs.missing()).isEmpty();
        assertThat(inputs.workspaces()).containsExactly(workspace);
        assertThat(inputs.docs()).containsExactly(docs);
    }
}
