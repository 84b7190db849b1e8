package dev.plumbline.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every finding names the DSL line it is about, whichever way the author wrote the element. */
class FindingLocationsTest {

    @TempDir
    Path dir;

    @Test
    void an_element_declared_without_an_identifier_is_found_by_its_names() throws Exception {
        Path file = write("nameless.dsl", """
                workspace {
                    model {
                        softwareSystem "Billing" "Bills." {
                            container "Ledger"
                        }
                        person "Clerk"
                    }
                    views {
                        systemLandscape {
                            include *
                        }
                    }
                }
                """);

        assertThat(findings(file)).containsExactly(
                file + ":4: error: element \"Ledger\" appears in no view",
                file + ":4: error: element \"Ledger\" has no description",
                file + ":6: error: element \"Clerk\" has no description");
    }

    @Test
    void hierarchical_identifiers_and_relationships_written_inside_an_element_are_found() throws Exception {
        Path file = write("hierarchical.dsl", """
                workspace {
                    !identifiers hierarchical
                    model {
                        shop = softwareSystem "Shop" "Sells." {
                            web = container "Web" "Shows."
                            db = container "DB"
                            web -> db
                        }
                        other = softwareSystem "Other" "Elsewhere." {
                            web = container "Web" "Also shows." {
                                -> shop.web
                            }
                        }
                    }
                    views {
                        container shop "shop" {
                            include *
                        }
                        container other "other" {
                            include *
                        }
                    }
                }
                """);

        assertThat(findings(file)).containsExactly(
                file + ":6: error: element \"DB\" has no description",
                file + ":7: error: relationship Web -> DB has no description",
                file + ":11: error: relationship Web -> Web has no description");
    }

    @Test
    void findings_in_an_included_file_name_that_file_and_its_line() throws Exception {
        write("model/people.dsl", """
                // people of the shop
                clerk = person "Clerk"
                """);
        Path file = write("main.dsl", """
                workspace {
                    model {
                        !include model/people.dsl
                        shop = softwareSystem "Shop" "Sells."
                        clerk -> shop "Uses"
                    }
                    views {
                        systemContext shop "context" {
                            include *
                        }
                    }
                }
                """);

        assertThat(findings(file)).containsExactly(
                dir.resolve("model/people.dsl") + ":2: error: element \"Clerk\" has no description");
    }

    @Test
    void elements_added_in_an_element_block_are_found_there() throws Exception {
        Path file = write("extend.dsl", """
                workspace {
                    model {
                        shop = softwareSystem "Shop" "Sells."
                        !element shop {
                            api = container "API"
                        }
                    }
                    views {
                        container shop "containers" {
                            include *
                        }
                    }
                }
                """);

        assertThat(findings(file)).containsExactly(file + ":5: error: element \"API\" has no description");
    }

    @Test
    void elements_of_an_extended_workspace_are_found_in_its_base() throws Exception {
        write("base.dsl", """
                workspace {
                    model {
                        shop = softwareSystem "Shop"
                    }
                }
                """);
        Path file = write("child.dsl", """
                workspace extends base.dsl {
                    model {
                        !element shop {
                            api = container "API" "Serves."
                        }
                    }
                    views {
                        container shop "containers" {
                            include *
                        }
                    }
                }
                """);

        assertThat(findings(file)).containsExactly(
                dir.resolve("base.dsl") + ":3: error: element \"Shop\" has no description");
    }

    @Test
    void a_view_without_a_key_is_found_by_the_key_structurizr_gives_it() throws Exception {
        Path file = write("keyless.dsl", """
                workspace {
                    model {
                        step = element "Step" "Task" "Does a step."
                    }
                    views {
                        custom {
                            include step
                        }
                        custom {
                        }
                    }
                }
                """);

        assertThat(findings(file)).containsExactly(file + ":9: error: view \"Custom-002\" is empty");
    }

    @Test
    void an_unknown_shape_is_an_error_at_its_element() throws Exception {
        Path file = write("shape.dsl", """
                workspace {
                    model {
                        shop = softwareSystem "Shop" "Sells." {
                            properties {
                                "plumbline.shape" "blob"
                            }
                        }
                    }
                    views {
                        systemLandscape "all" {
                            include *
                        }
                    }
                }
                """);

        assertThat(Workspaces.load(file).validate()).extracting(Finding::toString).singleElement().asString()
                .startsWith(file + ":3: error: element \"Shop\": unknown plumbline.shape \"blob\"; use one of person,");
    }

    private static java.util.List<String> findings(Path file) throws ModelException {
        return Workspaces.load(file).validate(Rules.STRICT).stream().map(Finding::toString).toList();
    }

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        return file;
    }
}
