package dev.plumbline.diagrams.check;

import dev.plumbline.model.Finding;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/** Runs the drift check over copies of seed documents (possibly edited) against the bundled workspaces. */
final class DriftFixture {

    static final Path WORKSPACES = Path.of("..", "model", "src", "main", "resources", "plumbline", "workspaces");

    private DriftFixture() {
    }

    /** Copies seed {@code prefix} to {@code dir/docs/<prefix>.md} after applying {@code edit} to its text. */
    static Path seedCopy(Path dir, String prefix, UnaryOperator<String> edit) {
        try {
            Path docs = Files.createDirectories(dir.resolve("docs"));
            String text = Files.readString(Seeds.seed(prefix), StandardCharsets.UTF_8);
            return Files.writeString(docs.resolve(prefix + ".md"), edit.apply(text), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Replaces exactly one occurrence, failing loudly when the seed does not read as the test expects. */
    static UnaryOperator<String> replaceOnce(String from, String to) {
        return text -> {
            int at = text.indexOf(from);
            assertThat(at).as("seed contains %s", from).isNotNegative();
            assertThat(text.indexOf(from, at + 1)).as("seed contains %s once", from).isNegative();
            return text.substring(0, at) + to + text.substring(at + from.length());
        };
    }

    static DocsCheck.Result check(Path base, List<Path> docs) {
        return check(base, docs, Optional.empty());
    }

    static DocsCheck.Result check(Path base, List<Path> docs, Optional<Path> baseline) {
        return new DocsCheck(new CheckOptions(List.of(WORKSPACES), docs, base, CheckOptions.FORMATS, baseline,
                Duration.ofSeconds(20))).run();
    }

    static String lines(DocsCheck.Result result) {
        return String.join("\n", result.findings().stream().map(Finding::toString).toList()) + "\n";
    }

    static String report(DocsCheck.Result result, String name) {
        byte[] bytes = result.reports().get(name);
        assertThat(bytes).as("report %s", name).isNotNull();
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
