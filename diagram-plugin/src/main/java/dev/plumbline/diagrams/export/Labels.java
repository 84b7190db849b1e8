package dev.plumbline.diagrams.export;

import com.structurizr.model.Component;
import com.structurizr.model.Container;
import com.structurizr.model.ContainerInstance;
import com.structurizr.model.DeploymentNode;
import com.structurizr.model.Element;
import com.structurizr.model.InfrastructureNode;
import com.structurizr.model.Perspective;
import com.structurizr.model.SoftwareSystemInstance;
import com.structurizr.view.RelationshipView;
import com.structurizr.view.View;
import java.util.Objects;

/**
 * The text a diagram shows for an element or an arrow, as model text: {@code Name}, then {@code (Technology)} on a
 * new line, then the view's perspective value when the view names one (see docs/model-conventions.md).
 */
final class Labels {

    /** The tag of a relationship its seed draws without a label (see docs/model-conventions.md). */
    static final String UNLABELLED = "Unlabelled";

    private final String perspective;
    private final String format;

    Labels(View view) {
        this.perspective = view.getProperties().getOrDefault("plumbline.perspective", "").strip();
        this.format = view.getProperties().getOrDefault("plumbline.perspective.format", "{value}");
    }

    String of(Element element) {
        StringBuilder label = new StringBuilder(text(element.getName()));
        String technology = technology(element);
        if (!technology.isBlank()) {
            label.append("\n(").append(text(technology)).append(')');
        }
        if (element instanceof DeploymentNode node && node.getInstances() != null
                && !node.getInstances().strip().equals("1")) {
            label.append("\nx").append(node.getInstances().strip());
        }
        if (!perspective.isEmpty()) {
            element.getPerspectives().stream()
                    .filter(p -> p.getName().equals(perspective))
                    .map(Labels::value)
                    .filter(v -> !v.isBlank())
                    .findFirst()
                    .ifPresent(v -> label.append('\n').append(format.replace("{value}", text(v))));
        }
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

    private static String technology(Element element) {
        String technology = switch (element) {
            case Container c -> c.getTechnology();
            case Component c -> c.getTechnology();
            case DeploymentNode d -> d.getTechnology();
            case InfrastructureNode i -> i.getTechnology();
            case ContainerInstance ci -> ci.getContainer().getTechnology();
            case SoftwareSystemInstance ignored -> null;
            default -> null;
        };
        return Objects.requireNonNullElse(technology, "");
    }

    private static String value(Perspective p) {
        return p.getValue() != null && !p.getValue().isBlank() ? p.getValue()
                : Objects.requireNonNullElse(p.getDescription(), "");
    }

    /** Model text with {@code \n} written in the DSL as a real line break, and no stray carriage returns. */
    static String text(String raw) {
        return raw == null ? "" : raw.strip().replace("\r\n", "\n").replace("\\n", "\n");
    }
}
