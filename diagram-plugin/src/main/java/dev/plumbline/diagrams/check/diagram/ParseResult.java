package dev.plumbline.diagrams.check.diagram;

import java.util.Objects;

/** The outcome of reading one diagram's text. */
public sealed interface ParseResult {

    /** The diagram was read. */
    record Parsed(DiagramModel diagram) implements ParseResult {
        public Parsed {
            Objects.requireNonNull(diagram, "diagram");
        }
    }

    /** The text is not valid in its notation. */
    record Invalid(SyntaxError error) implements ParseResult {
        public Invalid {
            Objects.requireNonNull(error, "error");
        }
    }

    /**
     * Valid as far as we know, but of a kind the drift check does not compare (a Mermaid class diagram,
     * a PlantUML activity diagram...).
     *
     * @param type the diagram type as the notation names it
     * @param line 1-based line that declares the type
     */
    record Unsupported(String type, int line) implements ParseResult {
        public Unsupported {
            Objects.requireNonNull(type, "type");
        }
    }
}
