package dev.plumbline.diagrams.check.diagram;

import java.util.Objects;

/**
 * Why a diagram could not be read.
 *
 * @param line    1-based line inside the diagram
 * @param message what is wrong, for a person
 * @param refusal the text may be valid, but asks for what the check never does (fetch a URL), so it is not
 *                reported as a syntax error
 */
public record SyntaxError(int line, String message, boolean refusal) {

    public SyntaxError {
        Objects.requireNonNull(message, "message");
    }

    /** A syntax error. */
    public SyntaxError(int line, String message) {
        this(line, message, false);
    }

    /** Text the check refuses to read, with the reason. */
    public static SyntaxError refusal(int line, String message) {
        return new SyntaxError(line, message, true);
    }

    @Override
    public String toString() {
        return line + ": " + message;
    }
}
