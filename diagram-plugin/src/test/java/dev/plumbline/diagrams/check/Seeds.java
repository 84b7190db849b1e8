package dev.plumbline.diagrams.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plumbline.diagrams.check.markdown.DiagramBlock;
import dev.plumbline.diagrams.check.markdown.DiagramFinder;
import dev.plumbline.diagrams.check.markdown.DiagramScan;
import dev.plumbline.diagrams.check.markdown.Notation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The five seed documents kept in the model module's test resources. */
public final class Seeds {

    public static final Path DIR = Path.of("..", "model", "src", "test", "resources", "seeds");

    private Seeds() {
    }

    /** The seed whose file name starts with {@code prefix} ("000" ... "004"); fails loudly if absent. */
    public static Path seed(String prefix) {
        assertThat(DIR).as("seed directory").isDirectory();
        try (Stream<Path> files = Files.list(DIR)) {
            return files.filter(p -> p.getFileName().toString().startsWith(prefix + "_")).findFirst()
                    .orElseThrow(() -> new AssertionError("no seed " + prefix + " in " + DIR.toAbsolutePath()));
        } catch (IOException e) {
            throw new AssertionError("cannot list " + DIR.toAbsolutePath(), e);
        }
    }

    /** The seed's diagram blocks as the finder sees them (seeds end in .txt but are Markdown). */
    public static List<DiagramBlock> blocks(String prefix) {
        Path seed = seed(prefix);
        try {
            DiagramScan scan = new DiagramFinder().scanMarkdown(seed.getFileName(), Files.readString(seed));
            return scan.blocks();
        } catch (IOException e) {
            throw new AssertionError("cannot read " + seed, e);
        }
    }

    public static List<DiagramBlock> blocks(Notation notation, String... prefixes) {
        return Stream.of(prefixes).flatMap(p -> blocks(p).stream()).filter(b -> b.notation() == notation).toList();
    }
}
