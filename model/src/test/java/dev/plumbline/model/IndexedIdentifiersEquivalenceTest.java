package dev.plumbline.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.structurizr.io.json.JsonWriter;
import com.structurizr.model.Element;
import com.structurizr.model.Relationship;
import com.structurizr.view.View;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every workspace we have, loaded with Structurizr's own identifiers register and with the indexed one: the same
 * workspace JSON, the same identifiers, the same locations Plumbline reports, the same lint findings, or the same
 * error at the same file:line. The corpus: the bundled workspaces, every {@code .dsl} file in the modules' tests and
 * the plugin's ITs (broken ones included), every DSL text block in the model's and the plugin's test sources, and
 * the workspaces below that exercise the register's corners.
 */
class IndexedIdentifiersEquivalenceTest {

    private static final Path REPOSITORY = Path.of("").toAbsolutePath().getParent();

    /** Random identifiers Structurizr gives elements without one differ from run to run, whichever register. */
    private static final Pattern UUID = Pattern.compile("[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}");

    private static final List<String> CORNERS = List.of("""
            workspace {
                !identifiers hierarchical
                model {
                    user = person "User"
                    shop = softwareSystem "Shop" {
                        web = container "Web"
                        db = container "Database"
                        web -> db "Reads"
                    }
                    user -> shop.web "Buys"
                    live = deploymentEnvironment "Live" {
                        dc = deploymentNode "DC" {
                            server = deploymentNode "Server" {
                                containerInstance shop.web
                            }
                        }
                    }
                }
                views {
                    container shop {
                        include *
                    }
                }
            }
            """, """
            workspace {
                model {
                    a = softwareSystem "A"
                    B = softwareSystem "B"
                    softwareSystem "Anonymous"
                    rel = a -> b "Calls"
                    A -> B "Again"
                }
            }
            """, """
            workspace {
                model {
                    web = softwareSystem "Web"
                    WEB = softwareSystem "Other"
                }
            }
            """, """
            workspace {
                model {
                    a = softwareSystem "A"
                    a -> missing "Calls"
                }
            }
            """, """
            workspace {
                model {
                    a = softwareSystem "A"
                    r = a -> a "Self"
                    r = a -> a "Twice"
                }
            }
            """, """
            workspace {
                !identifiers hierarchical
                model {
                    s = softwareSystem "S" {
                        c = container "C"
                    }
                    t = softwareSystem "T" {
                        c = container "C"
                    }
                    s.c -> t.c "Calls"
                    s.c -> c "Unknown outside its parent"
                }
            }
            """, """
            workspace {
                model {
                    group "Team" {
                        a = softwareSystem "A"
                    }
                    !element a {
                        b = container "B"
                    }
                    prod = deploymentEnvironment "Production" {
                        deploymentNode "Node" {
                            softwareSystemInstance a
                        }
                    }
                    prod2 = deploymentEnvironment "Production"
                }
            }
            """);

    @Test
    void every_workspace_loads_to_the_same_result_with_either_register() throws IOException {
        Map<String, Load> corpus = new TreeMap<>();
        for (String folder : List.of("model/src/main/resources/plumbline/workspaces", "model/src/test",
                "diagram-plugin/src/test", "diagram-plugin/src/it", "archunit/src/test")) {
            try (Stream<Path> files = Files.walk(REPOSITORY.resolve(folder))) {
                for (Path file : files.filter(f -> f.toString().endsWith(".dsl")).sorted().toList()) {
                    String shown = REPOSITORY.relativize(file).toString();
                    corpus.put(shown, indexed -> Workspaces.load(file, shown, WorkspacePolicy.untrusted(REPOSITORY),
                            indexed));
                }
                for (Path source : javaSources(REPOSITORY.resolve(folder))) {
                    if (source.endsWith("IndexedIdentifiersEquivalenceTest.java")) {
                        continue;
                    }
                    List<String> blocks = dslTextBlocks(Files.readString(source));
                    for (int i = 0; i < blocks.size(); i++) {
                        String label = REPOSITORY.relativize(source) + "#" + (i + 1);
                        String text = blocks.get(i);
                        corpus.put(label, indexed -> Workspaces.parse(label, text, indexed));
                    }
                }
            }
        }
        for (int i = 0; i < CORNERS.size(); i++) {
            String label = "corner-" + (i + 1) + ".dsl";
            String text = CORNERS.get(i);
            corpus.put(label, indexed -> Workspaces.parse(label, text, indexed));
        }
        assertThat(corpus.size()).isGreaterThan(60);

        int failed = 0;
        for (Map.Entry<String, Load> entry : corpus.entrySet()) {
            String stock = outcome(entry.getValue(), false);
            assertThat(outcome(entry.getValue(), true)).as(entry.getKey()).isEqualTo(stock);
            failed += stock.startsWith("error") ? 1 : 0;
        }
        // Broken fixtures are part of the corpus: their errors must match too.
        assertThat(failed).isGreaterThan(5).isLessThan(corpus.size() - 40);
    }

    @Test
    void duplicate_and_unknown_identifiers_fail_at_their_line_with_structurizrs_message() throws ModelException {
        assertThat(outcome(indexed -> Workspaces.parse("dup.dsl", CORNERS.get(2), indexed), true)).isEqualTo(
                "error [dup.dsl:4: error: The identifier \"web\" is already in use]");
        assertThat(outcome(indexed -> Workspaces.parse("unknown.dsl", CORNERS.get(3), indexed), true)).isEqualTo(
                "error [unknown.dsl:4: error: The destination element \"missing\" does not exist]");
        assertThat(outcome(indexed -> Workspaces.parse("twice.dsl", CORNERS.get(4), indexed), true)).isEqualTo(
                "error [twice.dsl:5: error: The identifier \"r\" is already in use]");
    }

    private interface Load {
        ModelWorkspace load(boolean indexed) throws ModelException;
    }

    /** What a load gives, in bytes: the error findings, or the workspace JSON and what Plumbline reads from it. */
    private static String outcome(Load load, boolean indexed) {
        ModelWorkspace workspace;
        try {
            workspace = load.load(indexed);
        } catch (ModelException e) {
            return "error " + e.findings();
        }
        StringBuilder out = new StringBuilder();
        try {
            StringWriter json = new StringWriter();
            new JsonWriter(true).write(workspace.structurizr(), json);
            out.append(json).append('\n');
        } catch (Exception e) {
            out.append("json: ").append(e).append('\n');
        }
        for (Element element : workspace.structurizr().getModel().getElements().stream()
                .sorted(java.util.Comparator.comparing(Element::getId)).toList()) {
            out.append(element.getId()).append(' ').append(workspace.identifier(element)).append(' ')
                    .append(workspace.where(element)).append('\n');
        }
        for (Relationship relationship : workspace.structurizr().getModel().getRelationships()) {
            out.append(relationship.getId()).append(' ').append(workspace.where(relationship)).append('\n');
        }
        for (View view : workspace.views()) {
            out.append(view.getKey()).append(' ').append(workspace.where(view)).append('\n');
        }
        out.append(workspace.validate(Rules.LINT)).append('\n');
        return UUID.matcher(out).replaceAll("<uuid>");
    }

    private static List<Path> javaSources(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
        }
    }

    private static final Pattern TEXT_BLOCK = Pattern.compile("\"\"\"[ \\t]*\\n(.*?)\"\"\"", Pattern.DOTALL);

    /** The text blocks of a Java source that hold a workspace, as the compiler reads them. */
    private static List<String> dslTextBlocks(String source) {
        List<String> blocks = new ArrayList<>();
        Matcher matcher = TEXT_BLOCK.matcher(source);
        while (matcher.find()) {
            String raw = matcher.group(1);
            if (!raw.contains("workspace") || !raw.contains("{")) {
                continue;
            }
            try {
                blocks.add(raw.stripIndent().translateEscapes());
            } catch (IllegalArgumentException e) {
                // not a block this reading understands; the compiler's reading is not needed to compare registers
            }
        }
        return blocks;
    }

    static {
        if (!Files.isDirectory(REPOSITORY.resolve("diagram-plugin/src/test"))) {
            throw new UncheckedIOException(new IOException("run from the model module of the Plumbline repository"));
        }
    }
}
