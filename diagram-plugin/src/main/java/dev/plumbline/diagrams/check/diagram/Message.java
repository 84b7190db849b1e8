package dev.plumbline.diagrams.check.diagram;

import java.util.Objects;

/**
 * A message between two participants.
 *
 * @param from   sender id
 * @param to     receiver id
 * @param label  message text, empty when none
 * @param stroke {@link Stroke#DASHED} for replies ({@code -->>}, {@code -->})
 * @param head   arrow at the receiver
 * @param line   1-based line inside the diagram
 */
public record Message(String from, String to, String label, Stroke stroke, ArrowHead head, int line)
        implements SequenceItem {

    public Message {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(stroke, "stroke");
        Objects.requireNonNull(head, "head");
    }

    public boolean self() {
        return from.equals(to);
    }

    public boolean dashed() {
        return stroke == Stroke.DASHED;
    }
}
