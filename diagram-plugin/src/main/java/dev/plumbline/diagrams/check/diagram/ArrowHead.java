package dev.plumbline.diagrams.check.diagram;

/** What ends a line or message at its target. */
public enum ArrowHead {
    NONE,
    /** A filled or line arrow: a call. */
    ARROW,
    /** An open (half/async) arrow: Mermaid {@code -)}, PlantUML {@code ->>}. */
    ASYNC,
    CROSS,
    CIRCLE
}
