package dev.plumbline.archunit;

import com.structurizr.model.Relationship;
import java.util.Objects;

/**
 * A relationship of the model between two mapped elements, turned the way the code dependency runs.
 *
 * @param relationship the Structurizr relationship
 * @param from         the mapped element whose code depends on {@code to}'s
 * @param to           the mapped element depended on
 * @param reversed     whether the model's arrow points against the code dependency
 * @param line         its line in the workspace
 * @param written      the relationship as the DSL writes it: {@code kafka -> audit "Delivers events to"}
 */
record CodeRelationship(Relationship relationship, MappedElement from, MappedElement to, boolean reversed, int line,
                        String written) {

    CodeRelationship {
        Objects.requireNonNull(relationship, "relationship");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(written, "written");
    }
}
