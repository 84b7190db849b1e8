package dev.plumbline.diagrams.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Users' workspaces as Structurizr allows them: several in one build, each standing alone, model rules as lint,
 * every view generated or given a reason. Sources only (no rendering), so no Node or browser is needed.
 */
class ManyWorkspacesTest {

    private static final String PLAIN = """
            workspace {
                model {
                    user = person "User"
                    shop = softwareSystem "%s"
                    user -> shop "Uses"
                }
                views {
                    systemContext shop {
                        include *
                        autolayout lr 120 80
                    }
                }
            }
            """;

    @TempDir
    Path dir;

    @Test
    void a_broken_workspace_is_reported_and_the_others_still_generate() throws IOException {
        write("a/shop.dsl", PLAIN.formatted("Shop"));
        write("b/stock.dsl", PLAIN.formatted("Stock"));
        write("c/broken.dsl", """
                workspace {
                    model {
                        a = softwareSystem "A"
                        a -> b "Calls"
                    }
                }
                """);

        Run run = generate(List.of(), dir.resolve("a"), dir.resolve("b"), dir.resolve("c"));

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.console()).contains("c/broken.dsl:4: error: The destination element \"b\" does not exist");
        // both use Structurizr's default key SystemContext-001: keys are unique per workspace only
        assertThat(dir.resolve("out/shop/SystemContext-001.mmd")).content().contains("Shop");
        assertThat(dir.resolve("out/stock/SystemContext-001.mmd")).content().contains("Stock");
    }

    @Test
    void model_rules_warn_by_default_and_fail_where_the_user_says_so() throws IOException {
        Path shop = write("shop.dsl", PLAIN.formatted("Shop"));

        Run lint = generate(List.of(), shop);
        Run strict = generate(List.of("--rules", "description=error"), shop);

        assertThat(lint.exit()).as(lint.console()).isZero();
        assertThat(lint.console()).contains("[WARNING] " + shop + ":3: warning: element \"User\" has no description",
                "[WARNING] " + shop + ":4: warning: element \"Shop\" has no description");
        assertThat(strict.exit()).isEqualTo(1);
        assertThat(strict.console()).contains("[ERROR] " + shop + ":3: error: element \"User\" has no description");
    }

    @Test
    void structurizr_autolayout_sets_direction_and_spacing_and_plumbline_direction_overrides_it() throws IOException {
        Path shop = write("shop.dsl", PLAIN.formatted("Shop"));
        Path bare = write("bare.dsl", PLAIN.formatted("Bare").replace("autolayout lr 120 80", "autolayout lr"));
        Path turned = write("turned.dsl", PLAIN.formatted("Turned").replace("autolayout lr 120 80", """
                autolayout lr 120 80
                            properties {
                                "plumbline.direction" "BT"
                            }"""));

        generate(List.of(), shop, bare, turned);

        assertThat(dir.resolve("out/shop/SystemContext-001.mmd")).content()
                .contains("%%{init: {\"flowchart\": {\"rankSpacing\": 120, \"nodeSpacing\": 80}}}%%", "flowchart LR");
        assertThat(dir.resolve("out/shop/SystemContext-001.puml")).content()
                .contains("left to right direction", "skinparam ranksep 120", "skinparam nodesep 80");
        // a bare autolayout has Structurizr's default separations, which carry nothing over
        assertThat(dir.resolve("out/bare/SystemContext-001.mmd")).content().contains("flowchart LR")
                .doesNotContain("%%{init:");
        assertThat(dir.resolve("out/bare/SystemContext-001.puml")).content().contains("left to right direction")
                .doesNotContain("skinparam ranksep", "skinparam nodesep");
        assertThat(dir.resolve("out/turned/SystemContext-001.mmd")).content().contains("flowchart BT");
        assertThat(dir.resolve("out/turned/SystemContext-001.puml")).content()
                .doesNotContain("left to right direction");
    }

    @Test
    void filtered_and_image_views_are_generated_and_what_cannot_be_gets_one_info_line() throws IOException {
        write("diagram.puml", "@startuml\nBob -> Alice : hello\n@enduml\n");
        javax.imageio.ImageIO.write(new java.awt.image.BufferedImage(2, 2, java.awt.image.BufferedImage.TYPE_INT_RGB),
                "png", dir.resolve("logo.png").toFile());
        Path views = write("views.dsl", """
                workspace {
                    model {
                        user = person "User" "Buys." "Current"
                        shop = softwareSystem "Shop" "Sells." "Current"
                        next = softwareSystem "Next Shop" "Sells later." "Future"
                        user -> shop "Uses" "" "Current"
                        user -> next "Will use" "" "Future"
                    }
                    views {
                        properties {
                            "plantuml.url" "http://localhost:7777"
                            "mermaid.url" "http://localhost:8888"
                            "kroki.url" "http://localhost:9999"
                        }
                        systemLandscape "all" {
                            include *
                        }
                        filtered "all" exclude "Future" "now" "Today's landscape."
                        image * "sequence" {
                            plantuml diagram.puml
                        }
                        image * "flow" {
                            mermaid \"\"\"
                                flowchart TD
                                    Start --> Stop
                            \"\"\"
                        }
                        image * "logo" {
                            image logo.png
                        }
                        image * "graph" {
                            kroki graphviz diagram.dot
                        }
                    }
                }
                """);
        write("diagram.dot", "digraph G {Hello->World}\n");

        Run run = generate(List.of(), views);

        assertThat(run.exit()).as(run.console()).isZero();
        assertThat(dir.resolve("out/views/now.mmd")).content().contains("Shop", "Uses").doesNotContain("Next Shop");
        assertThat(dir.resolve("out/views/all.mmd")).content().contains("Next Shop");
        assertThat(dir.resolve("out/views/sequence.puml")).content().isEqualTo("@startuml\nBob -> Alice : hello\n@enduml\n");
        assertThat(dir.resolve("out/views/flow.mmd")).content().isEqualTo("flowchart TD\n    Start --> Stop\n");
        assertThat(dir.resolve("out/views/logo.png")).hasSameBinaryContentAs(dir.resolve("logo.png"));
        assertThat(run.console().lines().filter(l -> l.startsWith("[INFO]")).toList()).containsExactly(
                "[INFO] " + views + ":31: info: image view \"graph\" needs a Kroki server; Plumbline renders PlantUML "
                        + "and Mermaid sources and copies image files, and fetches nothing");
    }

    @Test
    void a_docs_marker_names_a_shared_key_as_workspace_slash_key() throws IOException {
        write("shop.dsl", PLAIN.formatted("Shop"));
        write("stock.dsl", PLAIN.formatted("Stock"));
        Path docs = Files.createDirectories(dir.resolve("docs"));
        write("docs/both.md", """
                # Shop
                ```mermaid
                %% plumbline:generated shop/SystemContext-001
                ```
                # Stock
                ```mermaid
                %% plumbline:generated stock/SystemContext-001
                ```
                """);

        Run run = generate(List.of("--docs", docs.toString()), dir.resolve("shop.dsl"), dir.resolve("stock.dsl"));

        assertThat(run.exit()).as(run.console()).isZero();
        String both = Files.readString(docs.resolve("both.md"));
        assertThat(both.indexOf("Shop\"")).isPositive().isLessThan(both.indexOf("# Stock"));
        assertThat(both.indexOf("Stock\"")).isGreaterThan(both.indexOf("# Stock"));
        assertThat(both).contains("%% plumbline:generated shop/SystemContext-001",
                "%% plumbline:generated stock/SystemContext-001");
    }

    private record Run(int exit, String console) {
    }

    private Run generate(List<String> options, Path... workspaces) {
        List<String> args = new ArrayList<>(List.of("--out", dir.resolve("out").toString(), "--render-cache",
                dir.resolve("cache").toString(), "--formats", "puml,mmd"));
        args.addAll(options);
        for (Path w : workspaces) {
            args.add(w.toString());
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int exit = GenerateCommand.run(args.toArray(String[]::new), new PrintStream(bytes, true, StandardCharsets.UTF_8));
        return new Run(exit, bytes.toString(StandardCharsets.UTF_8));
    }

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        return file;
    }
}
