package dev.plumbline.diagrams.check.diagram;

import java.util.Objects;

/**
 * Why a diagram could not be read.
 *
 * @param line    1-based line inside the diagram
 * @param message what is wrong, for a person
 */
public record SyntaxError(int line, String message) {

    public SyntaxError {
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return line + ": " + message;
    }
}
