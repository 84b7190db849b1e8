package dev.plumbline.diagrams.check.mermaid;

/** Ends a parse at the first error; never leaves this package. */
final class MermaidSyntaxException extends Exception {

    private final int line;

    MermaidSyntaxException(int line, String message) {
        super(message, null, false, false);
        this.line = line;
    }

    int line() {
        return line;
    }
}
