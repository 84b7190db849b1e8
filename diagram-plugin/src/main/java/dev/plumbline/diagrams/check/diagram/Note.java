package dev.plumbline.diagrams.check.diagram;

import java.util.List;
import java.util.Objects;

/**
 * A note.
 *
 * @param text     the note's text, lines joined with {@code \n}
 * @param position {@code left}, {@code right}, {@code over}, {@code top}, {@code bottom} or empty
 * @param anchors  ids the note is attached to, in source order; empty when floating
 * @param line     1-based line inside the diagram
 */
public record Note(String text, String position, List<String> anchors, int line) implements SequenceItem {

    public Note {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(position, "position");
        anchors = List.copyOf(anchors);
    }
}
