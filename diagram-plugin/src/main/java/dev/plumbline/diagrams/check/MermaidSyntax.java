package dev.plumbline.diagrams.check;

import dev.plumbline.diagrams.check.diagram.SyntaxError;

/**
 * Mermaid's own verdict on a diagram type Plumbline's reader does not know (pie, gantt, class, state, ...), so
 * those diagrams are syntax-checked too when Node.js is there.
 */
public interface MermaidSyntax {

    /** What Mermaid says about one diagram. */
    sealed interface Verdict permits Valid, Invalid, Unavailable {
    }

    /** Mermaid accepts it. */
    record Valid() implements Verdict {
    }

    /** Mermaid rejects it, at a line of the diagram. */
    record Invalid(SyntaxError error) implements Verdict {
    }

    /** Mermaid could not be asked (no Node.js, say); the reason says what to install. */
    record Unavailable(String reason) implements Verdict {
    }

    Verdict check(String name, String source);

    /** For a run without Node.js, or tests that must not start a browser. */
    MermaidSyntax NONE = (name, source) -> new Unavailable("skipped");
}
