package dev.plumbline.diagrams.check.diagram;

import java.util.Objects;

/** A labelled separator across all lifelines (PlantUML {@code == label ==}). */
public record Divider(String label, int line) implements SequenceItem {

    public Divider {
        Objects.requireNonNull(label, "label");
    }
}
