package dev.plumbline.diagrams.check.diagram;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Boxes and lines: a Mermaid flowchart or a PlantUML component/deployment/description diagram.
 *
 * @param direction layout direction as written (Mermaid {@code TD}, {@code LR}...), empty when not given
 * @param nodes     nodes in order of first appearance
 * @param edges     edges in source order
 * @param groups    groups (subgraphs, packages...) in order of opening
 * @param notes     notes in source order
 */
public record GraphDiagram(String direction, List<Node> nodes, List<Edge> edges, List<Group> groups,
        List<Note> notes) implements DiagramModel {

    public GraphDiagram {
        Objects.requireNonNull(direction, "direction");
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
        groups = List.copyOf(groups);
        notes = List.copyOf(notes);
    }

    public Optional<Node> node(String id) {
        return nodes.stream().filter(n -> n.id().equals(id)).findFirst();
    }

    public Optional<Group> group(String id) {
        return groups.stream().filter(g -> g.id().equals(id)).findFirst();
    }

    /** The innermost group that lists {@code id} (a node or a group) as a direct member. */
    public Optional<Group> parentOf(String id) {
        return groups.stream().filter(g -> g.members().contains(id)).reduce((first, later) -> later);
    }
}
