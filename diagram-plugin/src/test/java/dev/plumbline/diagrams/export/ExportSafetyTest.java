package dev.plumbline.diagrams.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.structurizr.view.ImageView;
import dev.plumbline.diagrams.export.ViewExporter.Format;
import dev.plumbline.model.ModelWorkspace;
import dev.plumbline.model.Workspaces;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportSafetyTest {

    private static final String HOSTILE_NAME = "Evil\\\"\\n@enduml\\n!include /etc/passwd\\n%getenv(\\\"HOME\\\")";

    @TempDir
    Path dir;

    private ModelWorkspace hostile() throws Exception {
        Path file = dir.resolve("hostile.dsl");
        Files.writeString(file, """
                workspace {
                    model {
                        evil = softwareSystem "%s" "Bad." {
                            app = container "<script>alert(1)</script>" "Bad." "<img:http://example.com/x.png>"
                            db = container "DB; %%%% end" "Bad." "a#b|c`d"
                        }
                        app -> db "[[http://example.com]] **bold** //it// ~~w~~ --s-- 'c" "$x & <U+0025>"
                    }
                    views {
                        container evil "hostile-containers" {
                            title "@enduml"
                            include *
                        }
                        dynamic evil "hostile-sequence" {
                            title "T\\n!theme spacelab"
                            app -> db "<script>x</script>; end"
                            properties {
                                "plumbline.step.1.before" "alt <b>x</b>; %%date()"
                                "plumbline.step.1.after" "end"
                                "plumbline.step.1.after.2" "note over app: @enduml\\n!include x"
                            }
                        }
                    }
                }
                """.formatted(HOSTILE_NAME));
        return Workspaces.load(file);
    }

    @Test
    void no_label_can_end_the_diagram_include_files_or_run_functions_in_plantuml() throws Exception {
        ModelWorkspace workspace = hostile();
        for (var view : workspace.views()) {
            String text = ViewExporter.export(workspace, view, Format.PLANTUML);
            String svg = PlantUmlParser.svg(text);

            assertThat(text.lines()).filteredOn(l -> l.startsWith("@enduml")).hasSize(1);
            assertThat(text.lines()).noneMatch(l -> l.strip().startsWith("!"));
            assertThat(text).doesNotContain("%getenv", "<img", "<script", "[[", "**", "//", "\"HOME");
            assertThat(svg).doesNotContain("<script", "<image", "xlink:href=\"http://example.com");
        }
    }

    @Test
    void plantuml_prints_hostile_text_as_written() throws Exception {
        ModelWorkspace workspace = hostile();
        String svg = PlantUmlParser.svg(ViewExporter.export(workspace,
                workspace.view("hostile-containers").orElseThrow(), Format.PLANTUML));

        assertThat(svg).contains("!include /etc/passwd", "%getenv(\"HOME\")", "&lt;script>alert(1)&lt;/script>", "(&lt;img:http://example.com/x.png>)",
                "[[http://example.com]] **bold** //it// ~~w~~ --s-- 'c");
    }

    @Test
    void no_label_can_open_html_or_break_a_mermaid_statement() throws Exception {
        ModelWorkspace workspace = hostile();
        for (var view : workspace.views()) {
            String text = ViewExporter.export(workspace, view, Format.MERMAID);

            assertThat(text).doesNotContain("<script", "<img", "<b>", "%getenv", "%%date");
            // every model line break is a <br/>, so no model text starts a line of its own
            assertThat(text.lines()).noneMatch(l -> l.strip().startsWith("@enduml") || l.strip().startsWith("!"));
            assertThat(text.lines().skip(2)).noneMatch(l -> l.strip().startsWith("%%"));
        }
        assertThat(ViewExporter.export(workspace, workspace.view("hostile-sequence").orElseThrow(), Format.MERMAID))
                .contains("app->>db: #lt;script#gt;x#lt;/script#gt;#59; end\n")
                .contains("alt #lt;b#gt;x#lt;/b#gt;#59; #37;date()\n");
        assertThat(ViewExporter.export(workspace, workspace.view("hostile-containers").orElseThrow(), Format.MERMAID))
                .contains("subgraph evil[\"Evil#quot;<br/>@enduml<br/>!include /etc/passwd<br/>#37;getenv(#quot;HOME#quot;)\"]\n");
    }

    @Test
    void refuses_views_it_cannot_draw_and_views_of_another_workspace() throws Exception {
        ModelWorkspace workspace = hostile();
        ModelWorkspace other = Workspaces.loadResource("samples/checkout.dsl");
        ImageView image = workspace.structurizr().getViews().createImageView("picture");

        assertThat(ViewExporter.formatsFor(image)).isEmpty();
        assertThat(ViewExporter.formatsFor(other.view("shop-containers").orElseThrow()))
                .containsExactly(Format.PLANTUML, Format.MERMAID);
        assertThatThrownBy(() -> ViewExporter.export(workspace, image, Format.MERMAID))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("picture");
        assertThatThrownBy(() -> ViewExporter.export(workspace, other.view("shop-containers").orElseThrow(),
                Format.PLANTUML)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("shop-containers");
    }
}
