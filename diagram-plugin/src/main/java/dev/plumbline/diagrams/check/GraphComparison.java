package dev.plumbline.diagrams.check;

import static dev.plumbline.diagrams.check.BlockIssues.quoted;

import com.structurizr.model.Element;
import com.structurizr.view.DeploymentView;
import com.structurizr.view.ElementView;
import com.structurizr.view.ModelView;
import com.structurizr.view.RelationshipView;
import dev.plumbline.diagrams.check.diagram.ArrowHead;
import dev.plumbline.diagrams.check.diagram.Edge;
import dev.plumbline.diagrams.check.diagram.GraphDiagram;
import dev.plumbline.diagrams.check.diagram.Group;
import dev.plumbline.diagrams.check.diagram.Node;
import dev.plumbline.diagrams.check.diagram.Stroke;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Compares boxes and lines with a static, deployment or custom view. Boxes are matched to elements by label (a
 * PlantUML alias or Mermaid id is only the diagram's local name); lines to relationships by both ends, direction
 * and label. In a deployment view the diagram's nesting boxes are deployment nodes, so groups count as elements.
 */
final class GraphComparison {

    private record Expected(Element from, Element to, String label, int order) {
    }

    private final ModelView view;
    private final GraphDiagram diagram;
    private final BlockIssues issues;
    private final Map<String, List<Element>> byLabel = new LinkedHashMap<>();
    private final Map<String, Element> resolved = new HashMap<>();
    private final Map<Element, List<Element>> standIns = new HashMap<>();
    private final String key;

    GraphComparison(ModelView view, GraphDiagram diagram, BlockIssues issues) {
        this.view = view;
        this.diagram = diagram;
        this.issues = issues;
        this.key = view.getKey();
        List<Element> elements = view.getElements().stream().map(ElementView::getElement)
                .sorted(Comparator.comparing(Element::getId)).toList();
        for (Element element : elements) {
            if ("parent".equals(element.getProperties().get(Labels.DRAWN_AS)) && element.getParent() != null) {
                standIns.computeIfAbsent(element.getParent(), p -> new ArrayList<>()).add(element);
            }
            for (String label : Labels.of(element, view)) {
                byLabel.computeIfAbsent(label, l -> new ArrayList<>()).add(element);
            }
        }
    }

    void compare() {
        boolean deployment = view instanceof DeploymentView;
        for (Group group : diagram.groups()) {
            Optional<Element> element = resolve(Labels.text(group.title()), group.parent());
            if (element.isPresent()) {
                resolved.put(group.id(), element.get());
            } else if (deployment) {
                issues.error(Rule.UNKNOWN_ELEMENT, group.line(), quoted(Labels.text(group.title()))
                        + " is not an element of view " + key);
            }
        }
        for (Node node : diagram.nodes()) {
            Optional<Element> element = resolve(Labels.text(node.label()), diagram.parentOf(node.id()).map(Group::id));
            if (element.isPresent()) {
                resolved.put(node.id(), element.get());
            } else {
                issues.error(Rule.UNKNOWN_ELEMENT, node.line(), quoted(Labels.text(node.label()))
                        + " is not an element of view " + key);
            }
        }
        compareEdges();
        Set<Element> drawn = new HashSet<>(resolved.values());
        resolved.values().forEach(e -> drawn.addAll(standIns.getOrDefault(e, List.of())));
        view.getElements().stream().map(ElementView::getElement).filter(e -> !drawn.contains(e))
                .map(e -> Labels.shown(e, view)).sorted()
                .forEach(label -> issues.warning(Rule.MISSING_ELEMENT, 0, "view " + key + " has element "
                        + quoted(label) + ", which the diagram leaves out"));
    }

    /** The element a box stands for; boxes sharing a label are told apart by the element their parent box is. */
    private Optional<Element> resolve(String label, Optional<String> parentId) {
        List<Element> candidates = byLabel.getOrDefault(label, List.of());
        if (candidates.size() <= 1) {
            return candidates.stream().findFirst();
        }
        Element parent = parentId.map(resolved::get).orElse(null);
        List<Element> inParent = candidates.stream().filter(c -> c.getParent() == parent).toList();
        Set<Element> taken = new HashSet<>(resolved.values());
        List<Element> pool = inParent.isEmpty() ? candidates : inParent;
        return pool.stream().filter(c -> !taken.contains(c)).findFirst().or(() -> pool.stream().findFirst());
    }

    private void compareEdges() {
        List<Expected> expected = new ArrayList<>();
        int order = 0;
        List<RelationshipView> relationships = view.getRelationships().stream()
                .sorted(Comparator.comparing(rv -> rv.getRelationship().getId())).toList();
        for (RelationshipView rv : relationships) {
            expected.add(new Expected(rv.getRelationship().getSource(), rv.getRelationship().getDestination(),
                    Labels.arrow(rv.getRelationship(), rv.getDescription()), order++));
        }
        Set<Expected> used = new HashSet<>();
        List<Edge> unmatched = new ArrayList<>();
        for (Edge edge : diagram.edges()) {
            if (edge.stroke() == Stroke.INVISIBLE || !resolved.containsKey(edge.from())
                    || !resolved.containsKey(edge.to())) {
                continue;
            }
            Element from = resolved.get(edge.from());
            Element to = resolved.get(edge.to());
            String label = Labels.text(edge.label());
            Optional<Expected> exact = Optional.empty();
            boolean drawnBefore = false;
            for (Element f : withStandIns(from)) {
                for (Element t : withStandIns(to)) {
                    exact = exact.or(() -> find(expected, used, f, t, label, eitherWay(edge)));
                    drawnBefore |= find(expected, Set.of(), f, t, label, eitherWay(edge)).isPresent();
                }
            }
            if (exact.isPresent()) {
                used.add(exact.get());
            } else if (!drawnBefore) {
                unmatched.add(edge);
            }
        }
        for (Edge edge : unmatched) {
            Element from = resolved.get(edge.from());
            Element to = resolved.get(edge.to());
            String label = Labels.text(edge.label());
            String arrow = arrow(from, to, label);
            Optional<Expected> sameEnds = expected.stream().filter(e -> !used.contains(e))
                    .filter(e -> ends(e, from, to, eitherWay(edge))).findFirst();
            Optional<Expected> reversed = expected.stream().filter(e -> e.from() == to && e.to() == from)
                    .min(Comparator.comparing((Expected e) -> used.contains(e)));
            if (sameEnds.isPresent()) {
                used.add(sameEnds.get());
                issues.error(Rule.LABEL_MISMATCH, edge.line(), mismatch(arrow(from, to, ""), label,
                        sameEnds.get().label(), key));
            } else if (reversed.isPresent()) {
                used.add(reversed.get());
                issues.error(Rule.REVERSED_ARROW, edge.line(), arrow + " points the wrong way: view " + key
                        + " has " + arrow(to, from, reversed.get().label()));
            } else {
                issues.error(Rule.UNKNOWN_ARROW, edge.line(), arrow + " is not in view " + key);
            }
        }
        expected.stream().filter(e -> !used.contains(e))
                .map(e -> arrow(e.from(), e.to(), e.label())).sorted()
                .forEach(a -> issues.warning(Rule.MISSING_ARROW, 0, "view " + key + " has " + a
                        + ", which the diagram leaves out"));
    }

    /** The element a box stands for, then the elements drawn as that box ({@code plumbline.drawnAs}). */
    private List<Element> withStandIns(Element element) {
        List<Element> all = new ArrayList<>(List.of(element));
        all.addAll(standIns.getOrDefault(element, List.of()));
        return all;
    }

    private static boolean eitherWay(Edge edge) {
        return edge.both() || edge.head() == ArrowHead.NONE;
    }

    private static Optional<Expected> find(List<Expected> expected, Set<Expected> used, Element from, Element to,
            String label, boolean eitherWay) {
        return expected.stream().filter(e -> !used.contains(e))
                .filter(e -> ends(e, from, to, eitherWay) && e.label().equals(label)).findFirst();
    }

    private static boolean ends(Expected e, Element from, Element to, boolean eitherWay) {
        return e.from() == from && e.to() == to || eitherWay && e.from() == to && e.to() == from;
    }

    private String arrow(Element from, Element to, String label) {
        String arrow = "arrow " + quoted(Labels.shown(from, view)) + " -> " + quoted(Labels.shown(to, view));
        return label.isEmpty() ? arrow : arrow + " : " + quoted(label);
    }

    static String mismatch(String subject, String drawn, String model, String key) {
        String here = drawn.isEmpty() ? subject + " has no label" : subject + " is labelled " + quoted(drawn);
        String there = model.isEmpty() ? "view " + key + " draws it without a label"
                : "view " + key + " labels it " + quoted(model);
        return here + ", but " + there;
    }
}
