package dev.plumbline.diagrams.check.diagram;

import java.util.Objects;

/**
 * A box.
 *
 * @param id    identifier used by edges
 * @param label text shown; the id when the source gives none
 * @param shape notation-neutral shape name: Mermaid shapes ({@code rectangle}, {@code rounded},
 *              {@code stadium}, {@code cylinder}, {@code rhombus}...) or PlantUML symbols
 *              ({@code component}, {@code database}, {@code queue}, {@code cloud}, {@code actor}...)
 * @param line  1-based line inside the diagram where the node is first mentioned
 */
public record Node(String id, String label, String shape, int line) {

    public Node {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(shape, "shape");
    }
}
