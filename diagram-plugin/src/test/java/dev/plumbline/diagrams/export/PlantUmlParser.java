package dev.plumbline.diagrams.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.sourceforge.plantuml.BlockUml;
import net.sourceforge.plantuml.FileFormat;
import net.sourceforge.plantuml.FileFormatOption;
import net.sourceforge.plantuml.SourceStringReader;
import net.sourceforge.plantuml.core.Diagram;
import net.sourceforge.plantuml.error.PSystemError;

/** The bundled PlantUML library, asked what it makes of a source text. */
final class PlantUmlParser {

    private PlantUmlParser() {
    }

    /** The one diagram the text holds; PlantUML's own error text if it does not parse. */
    static Diagram parse(String source) {
        List<BlockUml> blocks = new SourceStringReader(source).getBlocks();
        if (blocks.size() != 1) {
            throw new AssertionError("expected one @startuml block, PlantUML found " + blocks.size());
        }
        Diagram diagram = blocks.get(0).getDiagram();
        if (diagram instanceof PSystemError error) {
            throw new AssertionError("PlantUML rejects the source at " + error.getLineLocation() + ": "
                    + error.getErrorsUml() + "\n" + source);
        }
        return diagram;
    }

    static String svg(String source) {
        parse(source);
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            new SourceStringReader(source).outputImage(out, new FileFormatOption(FileFormat.SVG));
            return out.toString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
