package dev.plumbline.diagrams.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report's worker command on bad input: Maven-style messages, the right exit code, and no site written. */
class ReportCommandTest {

    @TempDir
    Path dir;

    @Test
    void a_workspace_that_does_not_parse_is_reported_at_its_line_and_writes_no_site() throws Exception {
        Path dsl = dir.resolve("broken.dsl");
        Files.writeString(dsl, "workspace {\n    model {\n        a = person \"A\"\n        a -> b \"Uses\"\n    }\n}\n");
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        int exit = ReportCommand.run(new String[] {"--site", dir.resolve("site").toString(), "--diagrams",
                dir.resolve("diagrams").toString(), "--workspaces", dsl.toString()},
                new PrintStream(out, true, StandardCharsets.UTF_8));

        String console = out.toString(StandardCharsets.UTF_8);
        assertThat(exit).isEqualTo(1);
        assertThat(console).containsPattern("\\[ERROR\\] \\S*broken\\.dsl:4: error: ").doesNotContain("Exception");
        assertThat(dir.resolve("site")).doesNotExist();
    }

    @Test
    void a_call_without_a_site_folder_is_refused_with_its_usage() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        int exit = ReportCommand.run(new String[] {"--diagrams", "d", "--workspaces", "w.dsl"},
                new PrintStream(out, true, StandardCharsets.UTF_8));

        assertThat(exit).isEqualTo(2);
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("[ERROR] the report names no site folder (project.reporting.outputDirectory)\n");
    }
}
