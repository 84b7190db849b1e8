package dev.plumbline.diagrams.check.plantuml;

import dev.plumbline.diagrams.check.diagram.ParseResult;
import dev.plumbline.diagrams.check.diagram.SyntaxError;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import net.sourceforge.plantuml.BlockUml;
import net.sourceforge.plantuml.ErrorUml;
import net.sourceforge.plantuml.SourceStringReader;
import net.sourceforge.plantuml.classdiagram.AbstractEntityDiagram;
import net.sourceforge.plantuml.core.Diagram;
import net.sourceforge.plantuml.error.PSystemError;
import net.sourceforge.plantuml.sequencediagram.SequenceDiagram;

/**
 * Reads PlantUML text with PlantUML's own parser, in process, and maps sequence diagrams and
 * description (component, deployment, use case) or class diagrams into the neutral diagram model.
 *
 * <p>Lines in results are 1-based lines of the text given, also when the text omits
 * {@code @startuml}/{@code @enduml} (as Markdown fences often do) and the reader adds them.
 */
public final class PlantUmlReader {

    /** Reads the first diagram of {@code text}. */
    public ParseResult read(String text) {
        return readAll(text).getFirst();
    }

    /** Reads every {@code @startuml ... @enduml} diagram of {@code text}, in order; never empty. */
    public List<ParseResult> readAll(String original) {
        Objects.requireNonNull(original, "text");
        UrlIncludes.Outcome includes = UrlIncludes.resolve(original);
        if (includes instanceof UrlIncludes.Refused refused) {
            return List.of(new ParseResult.Invalid(refused.error()));
        }
        String text = ((UrlIncludes.Rewritten) includes).text();
        List<String> lines = text.lines().toList();
        int start = firstStartLine(lines);
        boolean wrapped = start < 0;
        // Without @startuml PlantUML finds nothing; wrapping shifts every line down by one.
        String source = wrapped ? "@startuml\n" + text + "\n@enduml\n" : text;
        int shift = wrapped ? -1 : 0;
        List<BlockUml> blocks = new SourceStringReader(source).getBlocks();
        if (blocks.isEmpty() && wrapped) {
            return List.of(new ParseResult.Invalid(new SyntaxError(1, "no PlantUML diagram found")));
        }
        if (blocks.isEmpty()) {
            return List.of(new ParseResult.Invalid(new SyntaxError(start + 1,
                    lines.get(start).strip() + " is never closed by a matching @end line")));
        }
        SourceLines sourceLines = new SourceLines(lines, shift);
        List<ParseResult> results = new ArrayList<>();
        for (BlockUml block : blocks) {
            results.add(map(block.getDiagram(), sourceLines));
        }
        return List.copyOf(results);
    }

    private static ParseResult map(Diagram diagram, SourceLines lines) {
        return switch (diagram) {
            case PSystemError error -> new ParseResult.Invalid(syntaxError(error, lines));
            case SequenceDiagram sequence -> new ParseResult.Parsed(new SequenceMapping(sequence, lines).map());
            case AbstractEntityDiagram entities -> new ParseResult.Parsed(new EntityMapping(entities, lines).map());
            default -> unsupported(diagram, lines);
        };
    }

    private static ParseResult unsupported(Diagram diagram, SourceLines lines) {
        String type = diagram.getClass().getSimpleName();
        if (type.equals("PSystemWelcome")) {
            return new ParseResult.Invalid(new SyntaxError(lines.startLine(), "empty diagram"));
        }
        return new ParseResult.Unsupported(type.replaceFirst("^PSystem", "").toLowerCase(Locale.ROOT),
                lines.startLine());
    }

    private static SyntaxError syntaxError(PSystemError error, SourceLines lines) {
        ErrorUml first = error.getFirstError();
        int line = lines.fromPosition(error.getLineLocation().getPosition());
        String message = first == null ? "syntax error" : first.getError();
        if (first != null && first.getLine() != null) {
            message += ": '" + first.getLine().getString().strip() + "'";
        }
        return new SyntaxError(line, message);
    }

    private static int firstStartLine(List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).stripLeading().startsWith("@start")) {
                return i;
            }
        }
        return -1;
    }
}
