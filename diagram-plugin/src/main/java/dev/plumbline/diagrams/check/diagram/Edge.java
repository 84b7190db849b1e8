package dev.plumbline.diagrams.check.diagram;

import java.util.Objects;

/**
 * A line between two nodes (or groups).
 *
 * @param from   source id
 * @param to     target id
 * @param label  text on the line, empty when none
 * @param stroke how the line is drawn
 * @param head   what ends the line at {@code to}
 * @param both   whether {@code from} carries the same head too ({@code <-->})
 * @param line   1-based line inside the diagram
 */
public record Edge(String from, String to, String label, Stroke stroke, ArrowHead head, boolean both, int line) {

    public Edge {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(stroke, "stroke");
        Objects.requireNonNull(head, "head");
    }

    public boolean directed() {
        return head != ArrowHead.NONE;
    }
}
