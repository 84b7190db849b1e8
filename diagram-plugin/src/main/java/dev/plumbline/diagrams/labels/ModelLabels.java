package dev.plumbline.diagrams.labels;

import com.structurizr.model.Component;
import com.structurizr.model.Container;
import com.structurizr.model.ContainerInstance;
import com.structurizr.model.DeploymentNode;
import com.structurizr.model.Element;
import com.structurizr.model.InfrastructureNode;
import com.structurizr.model.Perspective;
import com.structurizr.view.View;
import java.util.Objects;
import java.util.Optional;

/**
 * The words the model gives an element in a view, the one source both the exporters (which draw them) and the
 * drift check (which compares docs with them) read: name, technology, and the value of the perspective the view
 * shows ({@code plumbline.perspective}), formatted by {@code plumbline.perspective.format}.
 */
public final class ModelLabels {

    /** The view property naming the perspective whose values the view's labels show. */
    public static final String PERSPECTIVE = "plumbline.perspective";

    /** The view property formatting that value; {@code {value}} stands for it. */
    public static final String PERSPECTIVE_FORMAT = "plumbline.perspective.format";

    /**
     * The format when the view names none: how the seeds draw a perspective value, in parentheses after the name
     * ({@code API (min: 2, max: 8)}), which the fidelity tests hold the model to.
     */
    public static final String DEFAULT_PERSPECTIVE_FORMAT = "({value})";

    /**
     * An element's label parts, as the model has them (the caller normalises them for its notation).
     *
     * @param name        the element's name
     * @param technology  its technology, empty when it has none
     * @param perspective the view's perspective value, formatted; empty when the view shows no perspective or the
     *                    element has no value for it
     */
    public record Parts(String name, String technology, Optional<String> perspective) {
        public Parts {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(technology, "technology");
            Objects.requireNonNull(perspective, "perspective");
        }
    }

    private ModelLabels() {
    }

    /** The label parts of {@code element} in {@code view}. */
    public static Parts of(Element element, View view) {
        Objects.requireNonNull(element, "element");
        Objects.requireNonNull(view, "view");
        return new Parts(Objects.requireNonNullElse(element.getName(), ""), technology(element),
                perspective(element, view));
    }

    /** The technology of an element; a container instance has its container's. Empty when none. */
    public static String technology(Element element) {
        String technology = switch (element) {
            case Container c -> c.getTechnology();
            case Component c -> c.getTechnology();
            case DeploymentNode d -> d.getTechnology();
            case InfrastructureNode i -> i.getTechnology();
            case ContainerInstance ci -> ci.getContainer().getTechnology();
            default -> null;
        };
        return Objects.requireNonNullElse(technology, "").strip();
    }

    private static Optional<String> perspective(Element element, View view) {
        String name = view.getProperties().getOrDefault(PERSPECTIVE, "").strip();
        if (name.isEmpty()) {
            return Optional.empty();
        }
        String format = view.getProperties().getOrDefault(PERSPECTIVE_FORMAT, DEFAULT_PERSPECTIVE_FORMAT);
        return element.getPerspectives().stream()
                .filter(p -> p.getName().equals(name))
                .map(ModelLabels::value)
                .filter(v -> !v.isBlank())
                .findFirst()
                .map(v -> format.replace("{value}", v));
    }

    /** A perspective's value; Structurizr allows one with a description only, which then is what it says. */
    private static String value(Perspective p) {
        return p.getValue() != null && !p.getValue().isBlank() ? p.getValue()
                : Objects.requireNonNullElse(p.getDescription(), "");
    }
}
