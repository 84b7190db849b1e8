package dev.plumbline.model.fidelity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.structurizr.model.Element;
import com.structurizr.model.Relationship;
import com.structurizr.view.DynamicView;
import com.structurizr.view.ModelView;
import com.structurizr.view.View;
import dev.plumbline.model.Directive;
import dev.plumbline.model.ModelException;
import dev.plumbline.model.ModelWorkspace;
import dev.plumbline.model.Sequence;
import dev.plumbline.model.Step;
import dev.plumbline.model.Workspaces;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Fluent assertions that a view carries everything its seed diagram shows. Expectations are written as the seed
 * draws them: element labels ({@code Name} or {@code Name (Technology)}), arrows {@code A -> B : label}, messages in
 * order ({@code -->} for dashed), directives as written in the extension properties.
 */
final class SeedView {

    private static final Map<String, ModelWorkspace> LOADED = new ConcurrentHashMap<>();

    private final ModelWorkspace workspace;
    private final View view;

    private SeedView(ModelWorkspace workspace, View view) {
        this.workspace = workspace;
        this.view = view;
    }

    static SeedView of(String resource, String key) {
        ModelWorkspace workspace = LOADED.computeIfAbsent(resource, SeedView::load);
        View view = workspace.view(key).orElse(null);
        if (view == null) {
            fail("workspace " + resource + " has no view \"" + key + "\"");
        }
        return new SeedView(workspace, view);
    }

    SeedView hasTitle(String title) {
        assertThat(view.getTitle()).as("title of view %s", view.getKey()).isEqualTo(title);
        return this;
    }

    SeedView hasElements(String expected) {
        // a sequence diagram's participants include declared ones that exchange no message
        List<Element> elements = view instanceof DynamicView
                ? sequence().participants()
                : modelView().getElements().stream().map(ev -> ev.getElement()).toList();
        assertThat(sorted(elements.stream().map(this::label).toList()))
                .as("elements of view %s", view.getKey())
                .containsExactlyElementsOf(sorted(lines(expected)));
        return this;
    }

    /** A sequence diagram's participants, in the order the seed draws them from left to right. */
    SeedView hasParticipantsInOrder(String expected) {
        assertThat(sequence().participants().stream().map(this::label).toList())
                .as("participants of view %s, left to right", view.getKey())
                .containsExactlyElementsOf(lines(expected));
        return this;
    }

    SeedView hasRelationships(String expected) {
        List<String> actual = modelView().getRelationships().stream()
                .map(rv -> arrow(rv.getRelationship().getSource(), "->", rv.getRelationship().getDestination(),
                        unlabelled(rv.getRelationship()) ? null
                                : rv.getDescription() == null || rv.getDescription().isEmpty()
                                        ? rv.getRelationship().getDescription() : rv.getDescription()))
                .toList();
        assertThat(sorted(actual)).as("arrows of view %s", view.getKey())
                .containsExactlyElementsOf(sorted(lines(expected)));
        return this;
    }

    SeedView hasSteps(String expected) {
        List<String> actual = sequence().steps().stream()
                .map(s -> arrow(s.source(), s.dashed() ? "-->" : "->", s.destination(), s.description()))
                .toList();
        assertThat(actual).as("messages of view %s, in order", view.getKey()).containsExactlyElementsOf(lines(expected));
        return this;
    }

    SeedView hasDirectives(String expected) {
        List<String> actual = sequence().directives().stream()
                .map(d -> flat(d.anchor().name().toLowerCase(java.util.Locale.ROOT) + " " + d.step() + ": " + d.raw()))
                .toList();
        assertThat(actual).as("directives of view %s", view.getKey()).containsExactlyElementsOf(lines(expected));
        return this;
    }

    SeedView hasNotes(String expected) {
        List<String> actual = workspace.notes(modelView()).stream()
                .map(n -> flat(n.position() + " " + workspace.identifier(n.element()) + ": " + n.text()))
                .toList();
        assertThat(actual).as("notes of view %s", view.getKey()).containsExactlyElementsOf(lines(expected));
        return this;
    }

    SeedView hasGroups(String expected) {
        Map<String, List<String>> groups = new TreeMap<>();
        for (var ev : modelView().getElements()) {
            String group = groupOf(ev.getElement());
            if (group != null) {
                groups.computeIfAbsent(group, g -> new java.util.ArrayList<>()).add(label(ev.getElement()));
            }
        }
        List<String> actual = groups.entrySet().stream()
                .map(e -> e.getKey() + ": " + String.join(", ", sorted(e.getValue())))
                .toList();
        List<String> wanted = lines(expected).stream().map(line -> {
            int colon = groupEnd(line, groups.keySet());
            List<String> members = Arrays.stream(line.substring(colon + 2).split(",")).map(String::strip).toList();
            return line.substring(0, colon) + ": " + String.join(", ", sorted(members));
        }).sorted().toList();
        assertThat(actual).as("groups of view %s", view.getKey()).containsExactlyElementsOf(wanted);
        return this;
    }

    /** Structurizr copies a container's relationships to its instances without their tags: the original says. */
    private boolean unlabelled(Relationship relationship) {
        String linked = relationship.getLinkedRelationshipId();
        Relationship original = linked == null ? relationship
                : workspace.structurizr().getModel().getRelationship(linked);
        return original != null && original.hasTag("Unlabelled");
    }

    /**
     * Where the group name of an expectation line ends. Group names ("Layer 1: Perimeter Security") and member labels
     * ("Kafka Topic: raw_data") may both contain ": ", so an actual group of the view that the line starts with wins;
     * otherwise the first ": " splits.
     */
    private static int groupEnd(String line, java.util.Set<String> actualGroups) {
        return actualGroups.stream()
                .filter(g -> line.startsWith(g + ": "))
                .mapToInt(String::length)
                .max()
                .orElse(line.indexOf(": "));
    }

    private Sequence sequence() {
        if (!(view instanceof DynamicView dynamic)) {
            throw new AssertionError("view " + view.getKey() + " is not a dynamic view");
        }
        return workspace.sequence(dynamic);
    }

    private ModelView modelView() {
        if (!(view instanceof ModelView mv)) {
            throw new AssertionError("view " + view.getKey() + " shows no model elements");
        }
        return mv;
    }

    private static String groupOf(Element element) {
        if (element instanceof com.structurizr.model.GroupableElement g && g.getGroup() != null) {
            return g.getGroup();
        }
        return null;
    }

    /**
     * The label a seed would draw. In a view that shows a perspective ({@code plumbline.perspective}), an element
     * with a value for it reads name plus the formatted value ({@code Web App [span: http-request]}); otherwise the
     * label is the name with the technology in parentheses.
     */
    private String label(Element element) {
        String perspective = view.getProperties().get("plumbline.perspective");
        if (perspective != null) {
            String format = view.getProperties().getOrDefault("plumbline.perspective.format", "({value})");
            var value = element.getPerspectives().stream().filter(p -> p.getName().equals(perspective)).findFirst();
            if (value.isPresent()) {
                return flat(element.getName()) + " " + flat(format.replace("{value}", value.get().getValue()));
            }
        }
        return plainLabel(element);
    }

    /** The label a seed would draw: name, and the technology in parentheses. */
    static String plainLabel(Element element) {
        String technology = switch (element) {
            case com.structurizr.model.Container c -> c.getTechnology();
            case com.structurizr.model.Component c -> c.getTechnology();
            case com.structurizr.model.DeploymentNode d -> d.getTechnology();
            case com.structurizr.model.InfrastructureNode i -> i.getTechnology();
            default -> null;
        };
        String name = flat(element.getName());
        return technology == null || technology.isBlank() ? name : name + " (" + flat(technology) + ")";
    }

    private String arrow(Element from, String arrow, Element to, String description) {
        String text = label(from) + " " + arrow + " " + label(to);
        return description == null || description.isBlank() ? text : text + " : " + flat(description);
    }

    private static String flat(String s) {
        return s.replace("\\n", " ").replace('\n', ' ').replaceAll("\\s+", " ").strip();
    }

    private static List<String> lines(String block) {
        return block.lines().map(String::strip).filter(l -> !l.isEmpty()).map(SeedView::flat).toList();
    }

    private static List<String> sorted(List<String> values) {
        return values.stream().sorted().collect(Collectors.toList());
    }

    private static ModelWorkspace load(String resource) {
        try {
            return Workspaces.loadResource(Objects.requireNonNull(resource));
        } catch (ModelException e) {
            throw new AssertionError(e.getMessage());
        }
    }

}
