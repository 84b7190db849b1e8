package dev.plumbline.diagrams.check.diagram;

import java.util.List;
import java.util.Objects;

/**
 * One operand of a {@link Fragment}.
 *
 * @param label guard or title text, empty when none
 * @param items the items inside, in source order
 * @param line  1-based line of the keyword that opens this branch
 */
public record Branch(String label, List<SequenceItem> items, int line) {

    public Branch {
        Objects.requireNonNull(label, "label");
        items = List.copyOf(items);
    }
}
