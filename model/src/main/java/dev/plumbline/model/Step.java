package dev.plumbline.model;

import com.structurizr.model.Element;
import com.structurizr.model.Relationship;
import java.util.Objects;

/**
 * One message of a dynamic view, numbered in written order (parallel branches included, branch by branch).
 *
 * @param number        1-based position in the DSL source, the number extension properties refer to
 * @param line          line of the step in the workspace file
 * @param source        the element sending the message
 * @param destination   the element receiving it
 * @param description   the message text
 * @param relationship  the model relationship the step travels along (in either direction)
 * @param dashed        drawn dashed: a response, unless overridden by {@code plumbline.step.<n>.arrow}
 * @param parallelBlock the native parallel block the step is in, 0 if none
 * @param branch        the branch of that block, 1-based, 0 if none
 */
public record Step(int number, int line, Element source, Element destination, String description,
                   Relationship relationship, boolean dashed, int parallelBlock, int branch) {

    public Step {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(destination, "destination");
        Objects.requireNonNull(relationship, "relationship");
        description = description == null ? "" : description;
    }

    public boolean isSelfMessage() {
        return source.equals(destination);
    }

    public String technology() {
        return relationship.getTechnology();
    }
}
