package dev.plumbline.diagrams.check.diagram;

import java.util.Objects;

/**
 * A lifeline.
 *
 * @param id       identifier used by messages
 * @param label    text shown (the alias target, {@code as ...}); the id when none
 * @param kind     {@code participant}, {@code actor}, {@code database}, {@code queue}, {@code boundary}...
 * @param declared whether the source declares it, as opposed to introducing it by a first message
 * @param line     1-based line of the declaration or of the first mention
 */
public record Participant(String id, String label, String kind, boolean declared, int line) {

    public Participant {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(kind, "kind");
    }
}
