package dev.plumbline.diagrams.baseline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BaselineTest {

    private static final String HEADER = "# accepted for now\n";

    @TempDir
    Path dir;

    @Test
    void fingerprints_stay_those_of_the_baselines_users_have_committed() {
        // the same hash check and conformance wrote before they shared this class: changing it would turn every
        // accepted finding in a user's baseline into a new failure
        assertThat(Baseline.fingerprint("docs/a.md", "unknown-element", "\"Foo\" is not an element of view k"))
                .isEqualTo("66a2598241a58e76");
    }

    @Test
    void a_written_baseline_accepts_each_finding_as_often_as_it_was_there() throws IOException {
        String a = Baseline.fingerprint("a");
        String b = Baseline.fingerprint("b");
        Path file = dir.resolve("baseline.txt");
        Files.writeString(file, Baseline.write(HEADER, List.of(new Baseline.Entry(b, "b twice"),
                new Baseline.Entry(a, "a\nonce"), new Baseline.Entry(b, "b again"))));

        List<Baseline.Problem> problems = new ArrayList<>();
        Baseline baseline = Baseline.read(file, "finding", problems);

        assertThat(problems).isEmpty();
        // sorted by fingerprint (b's, 3e23..., before a's, ca97...), newlines in a description flattened
        assertThat(Files.readString(file)).isEqualTo(HEADER + """
                3e23e8160039594a 2 b twice
                ca978112ca1bbdca 1 a once
                """);
        assertThat(baseline.accepts(List.of(Optional.of(b), Optional.of(a), Optional.of(b), Optional.of(b),
                Optional.of(a), Optional.empty()))).containsExactly(true, true, true, false, false, false);
    }

    @Test
    void a_malformed_line_is_a_problem_at_its_line_and_the_rest_still_counts() throws IOException {
        String a = Baseline.fingerprint("a");
        Path file = dir.resolve("baseline.txt");
        Files.writeString(file, "# comment\n\nnot a fingerprint\n" + a + " 1 a\n");

        List<Baseline.Problem> problems = new ArrayList<>();
        Baseline baseline = Baseline.read(file, "violation", problems);

        assertThat(problems).containsExactly(new Baseline.Problem(3,
                "baseline line is not \"<16 hex digit fingerprint> <count> <violation>\""));
        assertThat(baseline.accepts(List.of(Optional.of(a)))).containsExactly(true);
    }

    @Test
    void a_missing_file_accepts_nothing_and_is_no_problem() {
        List<Baseline.Problem> problems = new ArrayList<>();

        Baseline baseline = Baseline.read(dir.resolve("absent.txt"), "finding", problems);

        assertThat(problems).isEmpty();
        assertThat(baseline.accepts(List.of(Optional.of(Baseline.fingerprint("a"))))).containsExactly(false);
    }
}
