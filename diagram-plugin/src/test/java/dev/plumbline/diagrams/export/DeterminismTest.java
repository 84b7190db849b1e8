package dev.plumbline.diagrams.export;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plumbline.diagrams.export.ViewExporter.Format;
import dev.plumbline.model.ModelWorkspace;
import dev.plumbline.model.Workspaces;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeterminismTest {

    @TempDir
    Path dir;

    @Test
    void the_same_model_loaded_twice_gives_byte_identical_text() throws Exception {
        java.util.List<String> resources = new java.util.ArrayList<>(Workspaces.BUNDLED);
        resources.addAll(java.util.List.of("samples/checkout.dsl", "samples/kinds.dsl"));
        // the bundled ones include deployment nodes declared without identifiers, which Structurizr names randomly
        for (String resource : resources) {
            ModelWorkspace first = Workspaces.loadResource(resource);
            ModelWorkspace second = Workspaces.loadResource(resource);
            for (var view : first.views()) {
                for (Format format : ViewExporter.formatsFor(view)) {
                    assertThat(ViewExporter.export(second, second.view(view.getKey()).orElseThrow(), format))
                            .as("%s as %s", view.getKey(), format)
                            .isEqualTo(ViewExporter.export(first, view, format));
                }
            }
        }
    }

    @Test
    void the_output_does_not_depend_on_where_the_workspace_file_lives() throws Exception {
        String dsl = Files.readString(Path.of("src/test/resources/samples/checkout.dsl"));
        Path a = Files.createDirectories(dir.resolve("a/deep/folder")).resolve("checkout.dsl");
        Path b = Files.createDirectories(dir.resolve("b")).resolve("checkout.dsl");
        Files.writeString(a, dsl);
        Files.writeString(b, dsl);
        ModelWorkspace one = Workspaces.load(a);
        ModelWorkspace two = Workspaces.load(b);

        for (Format format : Format.values()) {
            assertThat(ViewExporter.export(one, one.view("shop-containers").orElseThrow(), format))
                    .isEqualTo(ViewExporter.export(two, two.view("shop-containers").orElseThrow(), format))
                    .contains("generated from checkout.dsl ")
                    .doesNotContain(dir.toString());
        }
    }

    @Test
    void arrows_with_equal_ends_sort_by_their_labels_not_by_definition_order() throws Exception {
        Path file = dir.resolve("order.dsl");
        Files.writeString(file, """
                workspace {
                    model {
                        a = softwareSystem "A" "Does A."
                        b = softwareSystem "B" "Does B."
                        c = softwareSystem "C" "Does C."
                        b -> c "Zeta"
                        a -> b "Reads"
                        a -> b "Audits"
                    }
                    views {
                        systemLandscape "order" {
                            include *
                        }
                    }
                }
                """);
        ModelWorkspace workspace = Workspaces.load(file);

        assertThat(ViewExporter.export(workspace, workspace.view("order").orElseThrow(), Format.PLANTUML))
                .contains("a --> b : Audits\na --> b : Reads\nb --> c : Zeta\n");
    }

    @Test
    void every_line_ends_with_a_line_feed_only() throws Exception {
        ModelWorkspace workspace = Workspaces.loadResource("samples/kinds.dsl");
        for (var view : workspace.views()) {
            for (Format format : Format.values()) {
                String text = ViewExporter.export(workspace, view, format);
                assertThat(text).doesNotContain("\r").endsWith("\n");
            }
        }
    }
}
