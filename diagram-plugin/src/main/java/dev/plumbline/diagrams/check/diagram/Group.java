package dev.plumbline.diagrams.check.diagram;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A container: Mermaid subgraph, PlantUML package/node/cloud/rectangle with content.
 *
 * @param id      identifier (Mermaid subgraph id, PlantUML code)
 * @param title   text shown
 * @param kind    {@code subgraph} for Mermaid; the PlantUML symbol ({@code package}, {@code node}...)
 * @param parent  id of the enclosing group, empty at top level
 * @param members ids of the nodes and groups directly inside, in order of appearance
 * @param line    1-based line inside the diagram where the group opens
 */
public record Group(String id, String title, String kind, Optional<String> parent, List<String> members,
        int line) {

    public Group {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(parent, "parent");
        members = List.copyOf(members);
    }
}
