package dev.plumbline.diagrams.render;

import java.util.Objects;

/**
 * Why a diagram could not be rendered.
 *
 * @param kind    what went wrong
 * @param line    1-based line in the diagram source the problem is on, or 0 when no line applies (a timeout)
 * @param message what a user needs to read after {@code file:line: }: one line, without a stack trace
 * @param detail  the renderer's own full text, which may span lines (Mermaid's caret under the bad token); the
 *                message when the renderer says no more
 */
public record DiagramProblem(Kind kind, int line, String message, String detail) {

    public enum Kind {
        /** The source is not valid diagram text. */
        SYNTAX,
        /** The source asked for something the sandbox forbids: a URL, a file outside the project, script in output. */
        REFUSED,
        /** The layout ran past the wall-clock limit and was killed. */
        TIMEOUT,
        /** The renderer failed for another reason (worker crashed, engine threw). */
        FAILED
    }

    public DiagramProblem {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(detail, "detail");
        if (line < 0) {
            throw new IllegalArgumentException("line must be >= 0: " + line);
        }
    }

    /** A problem the renderer says no more about than {@code message}. */
    public DiagramProblem(Kind kind, int line, String message) {
        this(kind, line, message, message);
    }

    /**
     * The problem as one line naming the diagram: {@code name:line: message}, or {@code name: message} without a
     * line.
     */
    public String describe(String diagramName) {
        Objects.requireNonNull(diagramName, "diagramName");
        return line > 0 ? diagramName + ":" + line + ": " + message : diagramName + ": " + message;
    }
}
