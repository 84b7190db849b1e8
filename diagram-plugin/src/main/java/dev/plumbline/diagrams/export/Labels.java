package dev.plumbline.diagrams.export;

import com.structurizr.model.DeploymentNode;
import com.structurizr.model.Element;
import com.structurizr.view.RelationshipView;
import com.structurizr.view.View;
import dev.plumbline.diagrams.labels.ModelLabels;

/**
 * The text a diagram shows for an element or an arrow, as model text: {@code Name}, then {@code (Technology)} on a
 * new line, then the view's perspective value when the view names one (see docs/model-conventions.md); the parts
 * come from {@link ModelLabels}, which the drift check reads too.
 */
final class Labels {

    /** The tag of a relationship its seed draws without a label (see docs/model-conventions.md). */
    static final String UNLABELLED = "Unlabelled";

    private final View view;

    Labels(View view) {
        this.view = view;
    }

    String of(Element element) {
        ModelLabels.Parts parts = ModelLabels.of(element, view);
        StringBuilder label = new StringBuilder(text(parts.name()));
        if (!parts.technology().isBlank()) {
            label.append("\n(").append(text(parts.technology())).append(')');
        }
        if (element instanceof DeploymentNode node && node.getInstances() != null
                && !node.getInstances().strip().equals("1")) {
            label.append("\nx").append(node.getInstances().strip());
        }
        parts.perspective().ifPresent(p -> label.append('\n').append(text(p)));
        return label.toString();
    }

    /**
     * The arrow's description (the view's own wording first), then {@code [technology]} on a new line; nothing for
     * an arrow tagged {@code Unlabelled}.
     */
    static String arrow(RelationshipView rv) {
        if (rv.getRelationship().hasTag(UNLABELLED)) {
            return "";
        }
        String description = rv.getDescription() == null || rv.getDescription().isBlank()
                ? rv.getRelationship().getDescription() : rv.getDescription();
        String label = text(description);
        String technology = rv.getRelationship().getTechnology();
        if (technology != null && !technology.isBlank()) {
            label = label + (label.isEmpty() ? "" : "\n") + "[" + text(technology) + "]";
        }
        return label;
    }

    /** Model text with {@code \n} written in the DSL as a real line break, and no stray carriage returns. */
    static String text(String raw) {
        return raw == null ? "" : raw.strip().replace("\r\n", "\n").replace("\\n", "\n");
    }
}
