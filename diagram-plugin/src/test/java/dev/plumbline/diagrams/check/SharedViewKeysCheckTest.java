package dev.plumbline.diagrams.check;

import dev.plumbline.diagrams.generate.GenerateCommand;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two workspaces with Structurizr's default key: the docs name each view as workspace/key, generate and check agree. */
class SharedViewKeysCheckTest {

    private static final String WORKSPACE = """
            workspace {
                model {
                    clerk = person "Clerk" "Works."
                    system = softwareSystem "%s" "Does things."
                    clerk -> system "Uses"
                }
                views {
                    systemContext system {
                        include *
                    }
                }
            }
            """;

    @TempDir
    Path dir;

    @Test
    void qualified_markers_are_generated_and_checked_and_an_ambiguous_one_says_how_to_qualify_it() throws IOException {
        Path architecture = Files.createDirectories(dir.resolve("architecture"));
        Files.writeString(architecture.resolve("shop.dsl"), WORKSPACE.formatted("Shop"));
        Files.writeString(architecture.resolve("stock.dsl"), WORKSPACE.formatted("Stock"));
        Path docs = Files.createDirectories(dir.resolve("docs"));
        Path doc = docs.resolve("systems.md");
        Files.writeString(doc, """
                # Shop
                ```mermaid
                %% plumbline:generated shop/SystemContext-001
                ```
                # Stock
                ```plantuml
                @startuml
                ' plumbline:generated stock/SystemContext-001
                @enduml
                ```
                """);

        String generated = run(true, "--out", dir.resolve("out").toString(), "--formats", "puml,mmd", "--docs",
                docs.toString(), architecture.toString());
        String clean = run(false, "--workspaces", architecture.toString(), "--docs", docs.toString(), "--base",
                dir.toString());
        Files.writeString(doc, Files.readString(doc) + """
                # Either
                ```mermaid
                %% plumbline:generated SystemContext-001
                ```
                """);
        String ambiguous = run(false, "--workspaces", architecture.toString(), "--docs", docs.toString(), "--base",
                dir.toString());

        assertThat(generated).contains("systems.md: rewrote its generated diagram blocks");
        assertThat(Files.readString(doc)).contains("%% plumbline:generated shop/SystemContext-001\n", "[\"Shop\"]",
                "' plumbline:generated stock/SystemContext-001\n", "\"Stock\"");
        assertThat(clean).contains("0 errors");
        assertThat(ambiguous).contains("docs/systems.md:22: error: plumbline:generated marker names view "
                + "\"SystemContext-001\", which several workspaces define; write one of shop/SystemContext-001, "
                + "stock/SystemContext-001");
    }

    private static String run(boolean generate, String... args) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        if (generate) {
            GenerateCommand.run(args, out);
        } else {
            CheckCommand.run(args, out);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
