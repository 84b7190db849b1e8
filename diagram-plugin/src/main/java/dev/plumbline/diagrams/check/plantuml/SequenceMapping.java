package dev.plumbline.diagrams.check.plantuml;

import dev.plumbline.diagrams.check.diagram.Activation;
import dev.plumbline.diagrams.check.diagram.Activation.Change;
import dev.plumbline.diagrams.check.diagram.ArrowHead;
import dev.plumbline.diagrams.check.diagram.Branch;
import dev.plumbline.diagrams.check.diagram.Divider;
import dev.plumbline.diagrams.check.diagram.Fragment;
import dev.plumbline.diagrams.check.diagram.Message;
import dev.plumbline.diagrams.check.diagram.Note;
import dev.plumbline.diagrams.check.diagram.Participant;
import dev.plumbline.diagrams.check.diagram.SequenceItem;
import dev.plumbline.diagrams.check.diagram.Stroke;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import net.sourceforge.plantuml.sequencediagram.AbstractMessage;
import net.sourceforge.plantuml.sequencediagram.Event;
import net.sourceforge.plantuml.sequencediagram.GroupingLeaf;
import net.sourceforge.plantuml.sequencediagram.GroupingStart;
import net.sourceforge.plantuml.sequencediagram.GroupingType;
import net.sourceforge.plantuml.sequencediagram.LifeEvent;
import net.sourceforge.plantuml.sequencediagram.MessageExo;
import net.sourceforge.plantuml.sequencediagram.NotePosition;
import net.sourceforge.plantuml.sequencediagram.Notes;
import net.sourceforge.plantuml.sequencediagram.SequenceDiagram;
import net.sourceforge.plantuml.skin.ArrowConfiguration;

/**
 * Maps PlantUML's sequence diagram. PlantUML locates participants and messages only; the other events
 * come in source order, so their lines are found by walking the text forward from the last known line.
 */
final class SequenceMapping {

    private static final Set<String> FRAGMENT_KEYWORDS = Set.of("alt", "loop", "opt", "par", "par2", "break",
            "critical", "group");
    private static final String[] NOTE_PREFIXES = {"note", "hnote", "rnote"};
    private static final String[] DECLARATIONS = {"participant", "actor", "boundary", "control", "entity",
            "queue", "database", "collections", "create"};

    /** Shorthands after a message's target; "--" only when not part of an arrow such as "-->". */
    private static final Map<Change, Pattern> INLINE = Map.of(
            Change.ACTIVATE, Pattern.compile("\\+\\+"),
            Change.DEACTIVATE, Pattern.compile("(?<![-<>])--(?![->])"),
            Change.CREATE, Pattern.compile("\\*\\*"),
            Change.DESTROY, Pattern.compile("!!"));

    private final SequenceDiagram diagram;
    private final SourceLines lines;
    private final Deque<Open> open = new ArrayDeque<>();
    private final List<SequenceItem> top = new ArrayList<>();
    private int cursor;
    private int inlineUsedOn;

    private static final class Open {
        final String kind;
        final int line;
        final List<Branch> done = new ArrayList<>();
        String label;
        int branchLine;
        List<SequenceItem> items = new ArrayList<>();

        Open(String kind, String label, int line) {
            this.kind = kind;
            this.label = label;
            this.line = line;
            this.branchLine = line;
        }

        void next(String nextLabel, int at) {
            done.add(new Branch(label, items, branchLine));
            label = nextLabel;
            branchLine = at;
            items = new ArrayList<>();
        }

        Fragment close() {
            done.add(new Branch(label, items, branchLine));
            return new Fragment(kind, done, line);
        }
    }

    SequenceMapping(SequenceDiagram diagram, SourceLines lines) {
        this.diagram = diagram;
        this.lines = lines;
        this.cursor = lines.startLine();
    }

    dev.plumbline.diagrams.check.diagram.SequenceDiagram map() {
        boolean numbered = false;
        for (Event event : diagram.events()) {
            switch (event) {
                case AbstractMessage message -> {
                    numbered |= message.getMessageNumber() != null;
                    message(message);
                }
                case GroupingStart start -> grouping(start);
                case GroupingLeaf leaf -> groupingLeaf(leaf);
                case net.sourceforge.plantuml.sequencediagram.Note note -> note(note, List.of());
                case Notes notes -> notes.asList().forEach(note -> note(note, List.of()));
                case net.sourceforge.plantuml.sequencediagram.Divider divider -> {
                    cursor = lines.next(cursor, "==");
                    add(new Divider(Displays.text(divider.getText()), cursor));
                }
                case LifeEvent life -> life(life);
                default -> {
                    // Delays, spaces, references and page breaks carry no architecture.
                }
            }
        }
        // PlantUML rejects unbalanced groupings itself; anything left open is closed for completeness.
        while (!open.isEmpty()) {
            Fragment fragment = open.pop().close();
            add(fragment);
        }
        return new dev.plumbline.diagrams.check.diagram.SequenceDiagram(participants(), top, numbered);
    }

    private List<Participant> participants() {
        List<Participant> result = new ArrayList<>();
        for (net.sourceforge.plantuml.sequencediagram.Participant p : diagram.participants()) {
            int line = p.getLocation() == null ? lines.startLine() : lines.fromPosition(p.getLocation().getPosition());
            String text = lines.text(line);
            boolean declared = false;
            for (String keyword : DECLARATIONS) {
                declared |= text.startsWith(keyword + " ") || text.startsWith(keyword + "\t");
            }
            result.add(new Participant(p.getCode(), Displays.text(p.getDisplay(false)),
                    p.getType().name().toLowerCase(Locale.ROOT), declared, line));
        }
        return result;
    }

    private void message(AbstractMessage message) {
        int line = message.getLineLocation() == null ? cursor : lines.fromPosition(message.getLineLocation().getPosition());
        cursor = Math.max(cursor, line);
        ArrowConfiguration arrow = message.getArrowConfiguration();
        String from;
        String to;
        if (message instanceof MessageExo exo) {
            // Messages from or to the diagram's edge ("[->" and "->]") name the border as "[" or "]".
            String code = exo.getParticipant().getCode();
            boolean incoming = exo.getType().name().startsWith("FROM_LEFT") || exo.getType().name().startsWith("FROM_RIGHT");
            String border = exo.getType().name().contains("LEFT") ? "[" : "]";
            from = incoming ? border : code;
            to = incoming ? code : border;
        } else {
            from = message.getParticipant1().getCode();
            to = message.getParticipant2().getCode();
        }
        Stroke stroke = arrow.isHidden() ? Stroke.INVISIBLE : arrow.isDotted() ? Stroke.DASHED : Stroke.SOLID;
        add(new Message(from, to, Displays.text(message.getLabel()), stroke, head(arrow), line));
        for (net.sourceforge.plantuml.sequencediagram.Note note : message.getNoteOnMessages()) {
            // A note on a message belongs to the message's two ends.
            note(note, from.equals(to) ? List.of(from) : List.of(from, to));
        }
    }

    private static ArrowHead head(ArrowConfiguration arrow) {
        return switch (arrow.getHead()) {
            case NORMAL -> ArrowHead.ARROW;
            case ASYNC -> ArrowHead.ASYNC;
            case CROSSX -> ArrowHead.CROSS;
            case NONE -> ArrowHead.NONE;
        };
    }

    private void grouping(GroupingStart start) {
        String title = start.getTitle() == null ? "" : start.getTitle().strip();
        String comment = start.getComment() == null ? "" : start.getComment().strip();
        String keyword = title.toLowerCase(Locale.ROOT);
        String kind;
        String label;
        if (FRAGMENT_KEYWORDS.contains(keyword)) {
            kind = keyword.equals("par2") ? "par" : keyword;
            label = comment;
        } else {
            // "group My label [comment]" keeps the label as title.
            kind = "group";
            label = title;
        }
        cursor = lines.next(cursor, kind.equals("group") ? "group" : keyword);
        open.push(new Open(kind, label, cursor));
    }

    private void groupingLeaf(GroupingLeaf leaf) {
        if (leaf.getType() == GroupingType.ELSE) {
            cursor = lines.next(cursor, "else");
            if (!open.isEmpty()) {
                open.peek().next(leaf.getComment() == null ? "" : leaf.getComment().strip(), cursor);
            }
        } else if (leaf.getType() == GroupingType.END) {
            cursor = lines.next(cursor, "end");
            if (!open.isEmpty()) {
                add(open.pop().close());
            }
        }
    }

    private void note(net.sourceforge.plantuml.sequencediagram.Note note, List<String> messageEnds) {
        cursor = lines.next(cursor, NOTE_PREFIXES);
        List<String> anchors = new ArrayList<>(note.getParticipant() == null ? messageEnds : List.of());
        if (note.getParticipant() != null) {
            anchors.add(note.getParticipant().getCode());
        }
        if (note.getParticipant2() != null) {
            anchors.add(note.getParticipant2().getCode());
        }
        add(new Note(Displays.text(note.getDisplay()), position(note.getPosition()), anchors, cursor));
    }

    private static String position(NotePosition position) {
        return switch (position) {
            case LEFT -> "left";
            case RIGHT -> "right";
            case OVER, OVER_SEVERAL -> "over";
            case TOP -> "top";
            case BOTTOM -> "bottom";
        };
    }

    private void life(LifeEvent life) {
        Change change = switch (life.getType()) {
            case ACTIVATE -> Change.ACTIVATE;
            case DEACTIVATE -> Change.DEACTIVATE;
            case DESTROY -> Change.DESTROY;
            case CREATE -> Change.CREATE;
        };
        // "A -> B ++" changes B on the message's own line; "activate B" stands on a line of its own.
        boolean inline = cursor != inlineUsedOn && INLINE.get(change).matcher(lines.text(cursor)).find();
        if (inline) {
            inlineUsedOn = cursor;
        } else {
            cursor = lines.next(cursor, change.name().toLowerCase(Locale.ROOT));
        }
        add(new Activation(life.getParticipant().getCode(), change, cursor));
    }

    private void add(SequenceItem item) {
        if (open.isEmpty()) {
            top.add(item);
        } else {
            open.peek().items.add(item);
        }
    }
}
