package dev.plumbline.maven;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plumbline.diagrams.generate.GenerateCommand;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Mojo's no-op decision against the state file a real worker run writes: the two sides of one format, in two
 * JVMs in a build, so the test runs the worker's command to produce it.
 */
class InputFingerprintTest {

    private static final String FINGERPRINT = "3f2a-test-fingerprint";

    @TempDir
    Path dir;

    private Path out;

    @BeforeEach
    void generate() throws IOException {
        Path workspace = dir.resolve("checkout.dsl");
        Files.copy(Path.of("src/test/resources/samples/checkout.dsl"), workspace);
        out = dir.resolve("out");
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        int exit = GenerateCommand.run(new String[] {"--out", out.toString(), "--formats", "puml,mmd",
                "--fingerprint", FINGERPRINT, workspace.toString()}, new PrintStream(console, true, StandardCharsets.UTF_8));
        assertThat(exit).as(console.toString(StandardCharsets.UTF_8)).isZero();
    }

    @Test
    void untouched_outputs_are_up_to_date() {
        assertThat(InputFingerprint.upToDate(out, FINGERPRINT)).isTrue();
    }

    @Test
    void another_fingerprint_is_not_up_to_date() {
        assertThat(InputFingerprint.upToDate(out, "another")).isFalse();
    }

    @Test
    void an_output_touched_but_not_changed_is_still_up_to_date() throws IOException {
        Path output = out.resolve("checkout/shop-containers.puml");
        Files.setLastModifiedTime(output, FileTime.fromMillis(System.currentTimeMillis() + 5_000));

        assertThat(InputFingerprint.upToDate(out, FINGERPRINT)).isTrue();
    }

    @Test
    void an_output_edited_to_another_size_is_not_up_to_date() throws IOException {
        Path output = out.resolve("checkout/shop-containers.mmd");
        Files.writeString(output, Files.readString(output) + "%% edited\n");

        assertThat(InputFingerprint.upToDate(out, FINGERPRINT)).isFalse();
    }

    @Test
    void an_output_edited_to_the_same_size_with_a_new_time_is_not_up_to_date() throws IOException {
        Path output = out.resolve("checkout/shop-containers.puml");
        String text = Files.readString(output);
        Files.writeString(output, text.replace("@startuml", "@startUML"));

        assertThat(Files.size(output)).isEqualTo(text.getBytes(StandardCharsets.UTF_8).length);
        assertThat(InputFingerprint.upToDate(out, FINGERPRINT)).isFalse();
    }

    @Test
    void an_output_changed_in_the_same_tick_as_the_state_file_is_hashed_and_found() throws IOException {
        Path output = out.resolve("checkout/shop-containers.puml");
        FileTime recorded = Files.getLastModifiedTime(output);
        String text = Files.readString(output);
        Files.writeString(output, text.replace("@startuml", "@startUML"));
        // size and time as recorded: only the bytes tell, and they are read because the time is not older than
        // the state file's
        Files.setLastModifiedTime(output, recorded);
        Files.setLastModifiedTime(out.resolve(InputFingerprint.STATE_FILE), recorded);

        assertThat(InputFingerprint.upToDate(out, FINGERPRINT)).isFalse();
    }

    @Test
    void an_output_with_its_recorded_size_and_time_older_than_the_state_file_is_not_read() throws IOException {
        // the trade-off that makes a no-op of thousands of outputs cheap: such a file is taken as unchanged
        Path output = out.resolve("checkout/shop-containers.puml");
        FileTime recorded = Files.getLastModifiedTime(output);
        Files.writeString(output, Files.readString(output).replace("@startuml", "@startUML"));
        Files.setLastModifiedTime(output, recorded);
        Files.setLastModifiedTime(out.resolve(InputFingerprint.STATE_FILE), FileTime.fromMillis(recorded.toMillis() + 1_000));

        assertThat(InputFingerprint.upToDate(out, FINGERPRINT)).isTrue();
    }

    @Test
    void a_deleted_output_is_not_up_to_date() throws IOException {
        Files.delete(out.resolve("checkout/shop-containers.mmd"));

        assertThat(InputFingerprint.upToDate(out, FINGERPRINT)).isFalse();
    }

    @Test
    void a_state_file_of_an_older_plugin_is_not_up_to_date() throws IOException {
        Path state = out.resolve(InputFingerprint.STATE_FILE);
        Files.writeString(state, Files.readString(state).replaceAll("(?m)^([0-9a-f]{64}):\\d+:\\d+ ", "$1 "));

        assertThat(InputFingerprint.upToDate(out, FINGERPRINT)).isFalse();
    }
}
