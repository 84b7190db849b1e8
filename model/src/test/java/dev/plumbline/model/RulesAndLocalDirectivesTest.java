package dev.plumbline.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.structurizr.view.DynamicView;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RulesAndLocalDirectivesTest {

    private static final String SHOP = """
            workspace {
                model {
                    user = person "User" "Buys."
                    shop = softwareSystem "Shop" {
                        web = container "Web" "Shows."
                        db = container "DB" "Stores."
                    }
                    user -> web "Orders"
                    web -> db "Saves"
                }
                views {
                    dynamic shop "order" {
                        // plumbline: == Ordering ==
                        user -> web "Orders"
                        // plumbline: alt In stock
                        web -> db "Saves"
                        // plumbline: else Sold out
                        web -> user "Orders"
                        // plumbline: end
                        // plumbline: note over db: Kept for a year
                    }
                }
            }
            """;

    @TempDir
    Path dir;

    @Test
    void model_rules_are_warnings_by_default_and_configurable_per_rule() throws Exception {
        ModelWorkspace shop = Workspaces.load(write("shop.dsl", SHOP));

        assertThat(shop.validate()).extracting(Finding::toString)
                .containsExactly(dir.resolve("shop.dsl") + ":4: warning: element \"Shop\" has no description");
        assertThat(shop.validate(Rules.parse("description=error"))).extracting(Finding::severity)
                .containsExactly(Finding.Severity.ERROR);
        assertThat(shop.validate(Rules.parse("description=info"))).extracting(Finding::severity)
                .containsExactly(Finding.Severity.INFO);
        assertThat(shop.validate(Rules.parse("all=error, description=off"))).isEmpty();
    }

    @Test
    void a_misspelt_rule_or_severity_is_refused_with_the_choices() {
        assertThatThrownBy(() -> Rules.parse("descriptions=error")).hasMessage("plumbline.rules names no rule "
                + "\"descriptions\"; the rules are all, description, orphan, empty-view, numbered-directive");
        assertThatThrownBy(() -> Rules.parse("orphan=fatal"))
                .hasMessage("plumbline.rules severity must be error, warning, info or off, not \"fatal\"");
        assertThatThrownBy(() -> Rules.parse("orphan")).hasMessageContaining("<rule>=<severity>");
    }

    @Test
    void local_directives_act_where_they_are_written() throws Exception {
        ModelWorkspace shop = Workspaces.load(write("shop.dsl", SHOP));

        assertThat(directives(shop)).containsExactly("before Orders: DIVIDER Ordering", "before Saves: FRAGMENT alt In stock",
                "before Orders: ELSE else Sold out", "after Orders: END end", "after Orders: NOTE over Kept for a year");
    }

    @Test
    void inserting_a_message_changes_no_other_line_and_no_other_directive() throws Exception {
        List<String> lines = new ArrayList<>(SHOP.lines().toList());
        int saves = lines.indexOf("            web -> db \"Saves\"");
        lines.add(saves + 1, "            db -> web \"Saves\"");
        ModelWorkspace before = Workspaces.load(write("before.dsl", SHOP));
        ModelWorkspace after = Workspaces.load(write("after.dsl", String.join("\n", lines)));

        assertThat(after.validate(Rules.parse("description=off")))
                .isEmpty();
        assertThat(directives(after)).isEqualTo(directives(before));
        assertThat(after.sequence(dynamic(after)).steps()).hasSize(4);
    }

    @Test
    void the_numbered_form_still_works_with_a_warning_naming_the_local_form() throws Exception {
        Path file = write("numbered.dsl", SHOP.replace("            // plumbline: == Ordering ==\n", "")
                .replace("            // plumbline: note over db: Kept for a year\n", """
                            properties {
                                "plumbline.step.3.after" "note over db: Kept for a year"
                                "plumbline.step.1.before" "== Ordering =="
                            }
                """));
        ModelWorkspace shop = Workspaces.load(file);

        assertThat(directives(shop)).containsExactlyInAnyOrder("before Orders: DIVIDER Ordering",
                "before Saves: FRAGMENT alt In stock", "before Orders: ELSE else Sold out", "after Orders: END end",
                "after Orders: NOTE over Kept for a year");
        assertThat(shop.validate(Rules.parse("description=off"))).extracting(Finding::toString).containsExactly(file
                + ":20: warning: view \"order\" anchors 2 directive(s) by step number (plumbline.step.<n>.before|after);"
                + " write each as a comment line \"// plumbline: <directive>\" next to its step instead, so inserting a "
                + "step moves nothing");
    }

    @Test
    void a_malformed_local_directive_is_an_error_at_its_line() throws Exception {
        Path file = write("bad.dsl", SHOP.replace("// plumbline: alt In stock", "// plumbline: alternatively"));

        assertThat(Workspaces.load(file).validate(Rules.parse("description=off"))).extracting(Finding::toString)
                .contains(file + ":15: error: malformed directive \"alternatively\"");
    }

    private static DynamicView dynamic(ModelWorkspace workspace) {
        return (DynamicView) workspace.view("order").orElseThrow();
    }

    /** Each directive with the message it sits next to, so step numbers do not matter. */
    private static List<String> directives(ModelWorkspace workspace) {
        Sequence sequence = workspace.sequence(dynamic(workspace));
        return sequence.directives().stream().map(d -> d.anchor().name().toLowerCase() + " "
                + sequence.steps().get(d.step() - 1).description() + ": " + d.kind() + " "
                + (d.keyword() + " " + d.label()).strip() + d.text().transform(t -> t.isEmpty() ? "" : " " + t))
                .toList();
    }

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text);
        return file;
    }
}
