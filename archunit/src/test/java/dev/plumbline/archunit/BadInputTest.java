package dev.plumbline.archunit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad input gets one clear line with the DSL file:line where there is one, at the call that names the problem. */
class BadInputTest {

    @TempDir
    Path dir;

    private Path workspace(String containers) throws Exception {
        Path file = dir.resolve("shop.dsl");
        Files.writeString(file, """
                workspace "Shop" "A shop." {
                    model {
                        shop = softwareSystem "Shop" "Sells things." {
                %s
                        }
                    }
                }
                """.formatted(containers));
        return file;
    }

    private static String container(String id, String code) {
        return """
                            %s = container "%s" "Part of the shop." {
                                properties {
                                    "plumbline.code" "%s"
                                }
                            }""".formatted(id, id, code);
    }

    @Test
    void a_workspace_that_does_not_parse_is_reported_at_its_line() throws Exception {
        Path broken = dir.resolve("broken.dsl");
        Files.writeString(broken, "workspace {\n    model {\n        a = person \"A\" \"x\"\n        a -> b \"Uses\"\n    }\n}\n");

        assertThatThrownBy(() -> PlumblineModel.load(broken, "broken.dsl"))
                .isInstanceOf(PlumblineModel.InvalidModelException.class)
                .hasMessage("broken.dsl:4: error: The destination element \"b\" does not exist");
    }

    @Test
    void a_system_the_model_does_not_have_is_named_with_the_ones_it_has() throws Exception {
        PlumblineModel model = PlumblineModel.load(workspace(container("orders", "com.example.orders..")), "shop.dsl");

        assertThatThrownBy(() -> model.containersOf("Shopp"))
                .isInstanceOf(PlumblineModel.InvalidModelException.class)
                .hasMessage("shop.dsl: error: no software system \"Shopp\" in workspace \"Shop\"; there are: shop (\"Shop\")");
        assertThatThrownBy(() -> model.componentsOf("payments"))
                .hasMessage("shop.dsl: error: no container \"payments\" in workspace \"Shop\"; there are: orders (\"orders\")");
        assertThatThrownBy(() -> model.only("payments"))
                .hasMessage("shop.dsl: error: no element with identifier \"payments\"; mapped elements: orders");
    }

    @Test
    void a_malformed_package_pattern_is_reported_at_its_element() throws Exception {
        PlumblineModel model = PlumblineModel.load(workspace(container("orders", "com.example...orders, com.example.x y")),
                "shop.dsl");

        assertThatThrownBy(() -> model.containersOf("Shop"))
                .isInstanceOf(PlumblineModel.InvalidModelException.class)
                .hasMessage("""
                        shop.dsl:4: error: plumbline.code of container orders: "com.example...orders" is not an ArchUnit \
                        package pattern (Package Identifier may not contain more than two '.' in a row)
                        shop.dsl:4: error: plumbline.code of container orders: "com.example.x y" is not an ArchUnit package \
                        pattern (a package name such as com.example.orders, with .. and * as wildcards)"""
                        .replace("\n", System.lineSeparator()));
    }

    @Test
    void two_elements_claiming_one_package_are_reported_at_the_second() throws Exception {
        PlumblineModel model = PlumblineModel.load(workspace(container("orders", "com.example.orders..") + "\n"
                + container("billing", "com.example.orders..")), "shop.dsl");

        assertThatThrownBy(() -> model.containersOf("Shop"))
                .hasMessage("shop.dsl:9: error: container billing claims package pattern \"com.example.orders..\", "
                        + "which container orders (shop.dsl:4) already claims; a package belongs to one element");
    }

    @Test
    void a_scope_without_mapped_elements_says_how_to_map_one() throws Exception {
        PlumblineModel model = PlumblineModel.load(workspace("""
                            orders = container "Orders" "Takes orders." """), "shop.dsl");

        assertThatThrownBy(() -> model.containersOf("Shop"))
                .hasMessage("shop.dsl:3: error: no container of software system \"Shop\" carries a \"plumbline.code\" "
                        + "property, so there is no code to check; map one to ArchUnit package patterns, e.g. "
                        + "\"plumbline.code\" \"com.example.orders..\"");
        assertThatThrownBy(model::codeMatchesModel)
                .hasMessageStartingWith("shop.dsl: error: no container or component carries a \"plumbline.code\" property");
    }

    @Test
    void an_empty_class_set_is_a_violation_that_says_what_to_check() throws Exception {
        PlumblineModel model = PlumblineModel.load(workspace(container("orders", "com.example.orders..")), "shop.dsl")
                .containersOf("Shop");

        var result = model.everyClassBelongsToOneElement().evaluate(new ClassFileImporter().importPackages("no.such.pkg"));

        assertThat(result.getFailureReport().getDetails()).containsExactly("No class of the containers of Shop was "
                + "given to the rules: the class set is empty; check the packages analysed (@AnalyzeClasses) or the "
                + "compiled classes");
    }

    @Test
    void an_unknown_relationship_marking_is_reported_at_the_relationship() throws Exception {
        PlumblineModel model = PlumblineModel.load(workspace(container("orders", "com.example.orders..") + "\n"
                + container("billing", "com.example.billing..") + """

                        }
                        orders -> billing "Bills with" {
                            properties {
                                "plumbline.code" "backwards"
                            }
                """), "shop.dsl");

        assertThatThrownBy(() -> model.containersOf("Shop"))
                .hasMessage("shop.dsl:16: error: relationship property \"plumbline.code\" is \"backwards\"; use "
                        + "\"reversed\" (the code dependency runs the other way) or \"none\" (no code dependency)");
    }
}
