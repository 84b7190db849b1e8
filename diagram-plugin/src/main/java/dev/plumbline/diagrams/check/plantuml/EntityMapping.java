package dev.plumbline.diagrams.check.plantuml;

import dev.plumbline.diagrams.check.diagram.ArrowHead;
import dev.plumbline.diagrams.check.diagram.Edge;
import dev.plumbline.diagrams.check.diagram.GraphDiagram;
import dev.plumbline.diagrams.check.diagram.Group;
import dev.plumbline.diagrams.check.diagram.Node;
import dev.plumbline.diagrams.check.diagram.Note;
import dev.plumbline.diagrams.check.diagram.Stroke;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.sourceforge.plantuml.abel.Entity;
import net.sourceforge.plantuml.abel.LeafType;
import net.sourceforge.plantuml.abel.Link;
import net.sourceforge.plantuml.classdiagram.AbstractEntityDiagram;
import net.sourceforge.plantuml.decoration.LinkDecor;
import net.sourceforge.plantuml.decoration.symbol.USymbol;
import net.sourceforge.plantuml.decoration.symbol.USymbols;
import net.sourceforge.plantuml.klimt.UStroke;
import net.sourceforge.plantuml.utils.LineLocation;

/** Maps PlantUML's entity diagrams (description/component/deployment, class) to a graph. */
final class EntityMapping {

    private static final Map<USymbol, String> SYMBOLS = symbols();
    private static final Pattern NOTE_POSITION = Pattern.compile("^note\\s+(left|right|top|bottom)\\b");

    private final AbstractEntityDiagram diagram;
    private final SourceLines lines;
    private final Map<Entity, String> ids = new IdentityHashMap<>();
    private final java.util.Set<String> taken = new java.util.HashSet<>();

    EntityMapping(AbstractEntityDiagram diagram, SourceLines lines) {
        this.diagram = diagram;
        this.lines = lines;
    }

    /**
     * The entity's code; PlantUML allows the same code in different containers, so a repeated code is
     * qualified by its container's id to stay unique.
     */
    private String id(Entity entity) {
        String known = ids.get(entity);
        if (known != null) {
            return known;
        }
        String id = entity.getName();
        Entity parent = entity.getParentContainer();
        if (taken.contains(id) && parent != null && !parent.isRoot()) {
            id = id(parent) + "/" + id;
        }
        int suffix = 2;
        String unique = id;
        while (!taken.add(unique)) {
            unique = id + "#" + suffix++;
        }
        ids.put(entity, unique);
        return unique;
    }

    GraphDiagram map() {
        List<Node> nodes = new ArrayList<>();
        Map<Entity, Integer> noteLines = new IdentityHashMap<>();
        for (Entity leaf : diagram.leafs()) {
            if (leaf.getLeafType() == LeafType.NOTE) {
                noteLines.put(leaf, line(leaf.getLocation()));
            } else {
                nodes.add(new Node(id(leaf), Displays.text(leaf.getDisplay()), shape(leaf), line(leaf.getLocation())));
            }
        }
        Map<Entity, List<String>> noteAnchors = new IdentityHashMap<>();
        noteLines.keySet().forEach(note -> noteAnchors.put(note, new ArrayList<>()));
        List<Edge> edges = new ArrayList<>();
        for (Link link : diagram.getLinks()) {
            Entity one = link.getEntity1();
            Entity two = link.getEntity2();
            if (noteAnchors.containsKey(one) || noteAnchors.containsKey(two)) {
                // A line from a note is the note's attachment, not a relationship.
                Entity note = noteAnchors.containsKey(one) ? one : two;
                Entity other = note == one ? two : one;
                if (!noteAnchors.containsKey(other)) {
                    noteAnchors.get(note).add(id(other));
                }
                continue;
            }
            edges.add(edge(link));
        }
        List<Note> notes = new ArrayList<>();
        noteLines.forEach((note, line) -> notes.add(new Note(Displays.text(note.getDisplay()),
                notePosition(line), noteAnchors.get(note), line)));
        notes.sort(java.util.Comparator.comparingInt(Note::line));
        return new GraphDiagram("", nodes, edges, groups(), notes);
    }

    private List<Group> groups() {
        List<Group> groups = new ArrayList<>();
        for (Entity group : diagram.groups()) {
            if (group.isRoot()) {
                continue;
            }
            List<String> members = new ArrayList<>();
            for (Entity leaf : group.leafs()) {
                if (leaf.getLeafType() != LeafType.NOTE) {
                    members.add(id(leaf));
                }
            }
            for (Entity inner : group.groups()) {
                members.add(id(inner));
            }
            Entity parent = group.getParentContainer();
            Optional<String> parentId = parent == null || parent.isRoot() ? Optional.empty() : Optional.of(id(parent));
            String kind = group.getUSymbol() == null ? group.getGroupType().name().toLowerCase(Locale.ROOT)
                    : SYMBOLS.getOrDefault(group.getUSymbol(), "package");
            groups.add(new Group(id(group), Displays.text(group.getDisplay()), kind, parentId, members,
                    line(group.getLocation())));
        }
        return List.copyOf(groups);
    }

    private Edge edge(Link link) {
        String from = id(link.getEntity1());
        String to = id(link.getEntity2());
        // PlantUML keeps the decoration drawn at entity2 in decor1 and the one at entity1 in decor2.
        LinkDecor atTo = link.getType().getDecor1();
        LinkDecor atFrom = link.getType().getDecor2();
        boolean both = atTo != LinkDecor.NONE && atFrom != LinkDecor.NONE;
        LinkDecor head = atTo;
        if (atTo == LinkDecor.NONE && atFrom != LinkDecor.NONE) {
            String swap = from;
            from = to;
            to = swap;
            head = atFrom;
        }
        return new Edge(from, to, Displays.text(link.getLabel()), stroke(link), head(head), both, line(link.getLocation()));
    }

    private static Stroke stroke(Link link) {
        if (link.isHidden() || link.isInvis() || link.getType().isInvisible()) {
            return Stroke.INVISIBLE;
        }
        UStroke stroke = link.getType().getStroke3(UStroke.simple());
        if (stroke.getDashVisible() > 0) {
            return Stroke.DASHED;
        }
        return stroke.getThickness() > 1 ? Stroke.THICK : Stroke.SOLID;
    }

    private static ArrowHead head(LinkDecor decor) {
        return switch (decor) {
            case NONE -> ArrowHead.NONE;
            case CIRCLE, CIRCLE_FILL, CIRCLE_CONNECT, CIRCLE_LINE, CIRCLE_CROWFOOT -> ArrowHead.CIRCLE;
            case CIRCLE_CROSS -> ArrowHead.CROSS;
            default -> ArrowHead.ARROW;
        };
    }

    private String shape(Entity leaf) {
        USymbol symbol = leaf.getUSymbol();
        if (symbol != null && SYMBOLS.containsKey(symbol)) {
            return SYMBOLS.get(symbol);
        }
        return leaf.getLeafType().name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private String notePosition(int line) {
        Matcher position = NOTE_POSITION.matcher(lines.text(line));
        return position.find() ? position.group(1) : "";
    }

    private int line(LineLocation location) {
        return location == null ? lines.startLine() : lines.fromPosition(location.getPosition());
    }

    private static Map<USymbol, String> symbols() {
        Map<USymbol, String> names = new IdentityHashMap<>();
        names.put(USymbols.ACTION, "action");
        names.put(USymbols.ACTOR_AWESOME, "actor");
        names.put(USymbols.ACTOR_HOLLOW, "actor");
        names.put(USymbols.ACTOR_STICKMAN, "actor");
        names.put(USymbols.ACTOR_STICKMAN_BUSINESS, "actor");
        names.put(USymbols.AGENT, "agent");
        names.put(USymbols.ARCHIMATE, "archimate");
        names.put(USymbols.ARTIFACT, "artifact");
        names.put(USymbols.BOUNDARY, "boundary");
        names.put(USymbols.CARD, "card");
        names.put(USymbols.CLOUD, "cloud");
        names.put(USymbols.COLLECTIONS, "collections");
        names.put(USymbols.COMPONENT_RECTANGLE, "component");
        names.put(USymbols.COMPONENT1, "component");
        names.put(USymbols.COMPONENT2, "component");
        names.put(USymbols.CONTROL, "control");
        names.put(USymbols.DATABASE, "database");
        names.put(USymbols.ENTITY_DOMAIN, "entity");
        names.put(USymbols.FILE, "file");
        names.put(USymbols.FOLDER, "folder");
        names.put(USymbols.FRAME, "frame");
        names.put(USymbols.GROUP, "group");
        names.put(USymbols.HEXAGON, "hexagon");
        names.put(USymbols.INTERFACE, "interface");
        names.put(USymbols.LABEL, "label");
        names.put(USymbols.NODE, "node");
        names.put(USymbols.PACKAGE, "package");
        names.put(USymbols.PARTITION, "partition");
        names.put(USymbols.PERSON, "person");
        names.put(USymbols.PROCESS, "process");
        names.put(USymbols.QUEUE, "queue");
        names.put(USymbols.RECTANGLE, "rectangle");
        names.put(USymbols.STACK, "stack");
        names.put(USymbols.STORAGE, "storage");
        names.put(USymbols.USECASE, "usecase");
        names.put(USymbols.USECASE_BUSINESS, "usecase");
        return names;
    }
}
