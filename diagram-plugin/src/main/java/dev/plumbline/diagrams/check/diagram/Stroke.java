package dev.plumbline.diagrams.check.diagram;

/** How a line or message is drawn. */
public enum Stroke {
    SOLID,
    /** Dashed or dotted: Mermaid {@code -.->} and {@code -->>}, PlantUML {@code ..>} and {@code -->}. */
    DASHED,
    THICK,
    /** Present for layout only (Mermaid {@code ~~~}, PlantUML hidden links). */
    INVISIBLE
}
