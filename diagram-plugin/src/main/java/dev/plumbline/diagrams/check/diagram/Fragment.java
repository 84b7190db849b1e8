package dev.plumbline.diagrams.check.diagram;

import java.util.List;
import java.util.Objects;

/**
 * A combined fragment: {@code alt}/{@code else}, {@code loop}, {@code opt}, {@code par}/{@code and},
 * {@code critical}/{@code option}, {@code break}, {@code rect}, PlantUML {@code group}.
 *
 * @param kind     the opening keyword, lower case
 * @param branches the first branch holds the opening label; further ones come from {@code else},
 *                 {@code and}, {@code option}
 * @param line     1-based line of the opening keyword
 */
public record Fragment(String kind, List<Branch> branches, int line) implements SequenceItem {

    public Fragment {
        Objects.requireNonNull(kind, "kind");
        branches = List.copyOf(branches);
        if (branches.isEmpty()) {
            throw new IllegalArgumentException("a fragment has at least one branch");
        }
    }

    /** The label written after the opening keyword. */
    public String label() {
        return branches.getFirst().label();
    }
}
