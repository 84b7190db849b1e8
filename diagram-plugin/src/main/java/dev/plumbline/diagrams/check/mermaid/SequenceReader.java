package dev.plumbline.diagrams.check.mermaid;

import dev.plumbline.diagrams.check.diagram.Activation;
import dev.plumbline.diagrams.check.diagram.Activation.Change;
import dev.plumbline.diagrams.check.diagram.ArrowHead;
import dev.plumbline.diagrams.check.diagram.Branch;
import dev.plumbline.diagrams.check.diagram.Fragment;
import dev.plumbline.diagrams.check.diagram.Message;
import dev.plumbline.diagrams.check.diagram.Note;
import dev.plumbline.diagrams.check.diagram.Participant;
import dev.plumbline.diagrams.check.diagram.SequenceDiagram;
import dev.plumbline.diagrams.check.diagram.SequenceItem;
import dev.plumbline.diagrams.check.diagram.Stroke;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the body of a {@code sequenceDiagram}. */
final class SequenceReader {

    /** Arrows, longest first so {@code -->>} is not read as {@code -->} followed by {@code >}. */
    private static final List<Arrow> ARROWS = List.of(
            new Arrow("<<-->>", Stroke.DASHED, ArrowHead.ARROW),
            new Arrow("<<->>", Stroke.SOLID, ArrowHead.ARROW),
            new Arrow("-->>", Stroke.DASHED, ArrowHead.ARROW),
            new Arrow("->>", Stroke.SOLID, ArrowHead.ARROW),
            new Arrow("--x", Stroke.DASHED, ArrowHead.CROSS),
            new Arrow("-x", Stroke.SOLID, ArrowHead.CROSS),
            new Arrow("--)", Stroke.DASHED, ArrowHead.ASYNC),
            new Arrow("-)", Stroke.SOLID, ArrowHead.ASYNC),
            new Arrow("-->", Stroke.DASHED, ArrowHead.NONE),
            new Arrow("->", Stroke.SOLID, ArrowHead.NONE));

    private static final Set<String> IGNORED = Set.of("title", "accTitle", "accDescr", "link", "links",
            "properties", "details", "box");

    private static final Pattern PARTICIPANT = Pattern.compile(
            "(?i)(create\\s+)?(participant|actor)\\s+(.+?)(?:\\s+as\\s+(.*))?");
    private static final Pattern NOTE = Pattern.compile(
            "(?i)note\\s+(left\\s+of|right\\s+of|over)\\s+([^:]+?)\\s*:(.*)");
    private static final Pattern SHAPE_DATA = Pattern.compile("(.+?)@\\{(.*)}");
    private static final Pattern DATA_TYPE = Pattern.compile("\"?type\"?\\s*:\\s*\"?([A-Za-z]+)\"?");

    private record Arrow(String text, Stroke stroke, ArrowHead head) {
    }

    private final List<SourceLine> body;
    private final Map<String, Participant> participants = new LinkedHashMap<>();
    private final Deque<Block> blocks = new ArrayDeque<>();
    private final List<SequenceItem> top = new ArrayList<>();
    private boolean autonumber;

    /** An open {@code loop}/{@code alt}/... or {@code box}, waiting for its {@code end}. */
    private static final class Block {
        final String kind;
        final int line;
        final List<Branch> done = new ArrayList<>();
        String branchLabel;
        int branchLine;
        List<SequenceItem> items = new ArrayList<>();

        Block(String kind, String label, int line) {
            this.kind = kind;
            this.line = line;
            this.branchLabel = label;
            this.branchLine = line;
        }

        void nextBranch(String label, int at) {
            done.add(new Branch(branchLabel, items, branchLine));
            branchLabel = label;
            branchLine = at;
            items = new ArrayList<>();
        }

        Fragment close() {
            done.add(new Branch(branchLabel, items, branchLine));
            return new Fragment(kind, done, line);
        }
    }

    SequenceReader(SourceLine header, List<SourceLine> body) {
        this.body = body;
    }

    SequenceDiagram read() throws MermaidSyntaxException {
        for (SourceLine line : body) {
            if (!line.silent()) {
                statement(line);
            }
        }
        for (Block block : blocks) {
            throw new MermaidSyntaxException(block.line, "'" + block.kind + "' is never closed with 'end'");
        }
        return new SequenceDiagram(List.copyOf(participants.values()), top, autonumber);
    }

    private void statement(SourceLine line) throws MermaidSyntaxException {
        String text = line.text().strip();
        if (text.endsWith(";")) {
            text = text.substring(0, text.length() - 1).strip();
        }
        String[] split = text.split("[\\s:]", 2);
        String keyword = split[0];
        String rest = split.length > 1 ? split[1].strip() : "";
        int at = line.number();
        switch (keyword) {
            case "autonumber" -> autonumber = !rest.equals("off");
            case "loop", "alt", "opt", "par", "critical", "break", "rect" -> blocks.push(new Block(keyword, rest, at));
            case "box" -> blocks.push(new Block("box", rest, at));
            case "else" -> branch("else", "alt", rest, at);
            case "and" -> branch("and", "par", rest, at);
            case "option" -> branch("option", "critical", rest, at);
            case "end" -> end(rest, at);
            case "activate", "deactivate" -> activation(keyword, rest, at);
            case "destroy" -> add(new Activation(use(requireName(rest, "destroy", at), at), Change.DESTROY, at));
            default -> {
                if (IGNORED.contains(keyword) || keyword.startsWith("accTitle") || keyword.startsWith("accDescr")) {
                    return;
                }
                Matcher participant = PARTICIPANT.matcher(text);
                if (participant.matches()) {
                    declare(participant, at);
                    return;
                }
                Matcher note = NOTE.matcher(text);
                if (note.matches()) {
                    note(note, at);
                    return;
                }
                if (keyword.equalsIgnoreCase("note")) {
                    throw new MermaidSyntaxException(at, "a note needs 'left of', 'right of' or 'over', "
                            + "participants and ': text', as in 'Note over A,B: text'");
                }
                message(text, at);
            }
        }
    }

    private void declare(Matcher match, int at) throws MermaidSyntaxException {
        String kind = match.group(2).toLowerCase(Locale.ROOT);
        String id = match.group(3).strip();
        Matcher data = SHAPE_DATA.matcher(id);
        if (data.matches()) {
            id = data.group(1).strip();
            Matcher type = DATA_TYPE.matcher(data.group(2));
            if (type.find()) {
                kind = type.group(1).toLowerCase(Locale.ROOT);
            }
        }
        String label = match.group(4) == null ? id : match.group(4).strip();
        if (id.isEmpty()) {
            throw new MermaidSyntaxException(at, kind + " needs a name");
        }
        Participant known = participants.get(id);
        int line = known == null ? at : known.line();
        participants.put(id, new Participant(id, label, kind, true, line));
        if (match.group(1) != null) {
            add(new Activation(id, Change.CREATE, at));
        }
    }

    private void note(Matcher match, int at) throws MermaidSyntaxException {
        String position = match.group(1).toLowerCase(Locale.ROOT).split("\\s+")[0];
        List<String> anchors = new ArrayList<>();
        for (String name : match.group(2).split(",")) {
            anchors.add(use(requireName(name.strip(), "note", at), at));
        }
        if (anchors.size() > 2 || (anchors.size() == 2 && !position.equals("over"))) {
            throw new MermaidSyntaxException(at, "a note 'left of' or 'right of' takes one participant, "
                    + "'over' takes one or two");
        }
        add(new Note(match.group(3).strip(), position, anchors, at));
    }

    private void activation(String keyword, String rest, int at) throws MermaidSyntaxException {
        String id = use(requireName(rest, keyword, at), at);
        add(new Activation(id, keyword.equals("activate") ? Change.ACTIVATE : Change.DEACTIVATE, at));
    }

    private void branch(String keyword, String opener, String label, int at) throws MermaidSyntaxException {
        Block block = blocks.peek();
        if (block == null || !block.kind.equals(opener)) {
            throw new MermaidSyntaxException(at, "'" + keyword + "' outside an '" + opener + "' block");
        }
        block.nextBranch(label, at);
    }

    private void end(String rest, int at) throws MermaidSyntaxException {
        if (!rest.isEmpty()) {
            throw new MermaidSyntaxException(at, "unexpected text after 'end': '" + MermaidParser.shorten(rest) + "'");
        }
        Block block = blocks.poll();
        if (block == null) {
            throw new MermaidSyntaxException(at, "'end' without an open block");
        }
        if (block.kind.equals("box")) {
            return;
        }
        add(block.close());
    }

    private void message(String text, int at) throws MermaidSyntaxException {
        int arrowAt = -1;
        Arrow arrow = null;
        for (int i = 0; i < text.length() && arrow == null; i++) {
            char c = text.charAt(i);
            if (c == ':') {
                break;
            }
            if (c != '-' && c != '<') {
                continue;
            }
            for (Arrow candidate : ARROWS) {
                if (text.startsWith(candidate.text(), i)) {
                    arrow = candidate;
                    arrowAt = i;
                    break;
                }
            }
        }
        if (arrow == null) {
            throw new MermaidSyntaxException(at, "cannot read '" + MermaidParser.shorten(text)
                    + "': expected a message such as 'A->>B: text', a note, or a block keyword");
        }
        String from = text.substring(0, arrowAt).strip();
        String afterArrow = text.substring(arrowAt + arrow.text().length());
        int colon = afterArrow.indexOf(':');
        String target = (colon < 0 ? afterArrow : afterArrow.substring(0, colon)).strip();
        String label = colon < 0 ? "" : afterArrow.substring(colon + 1).strip();
        Change change = null;
        if (target.startsWith("+") || target.startsWith("-")) {
            change = target.charAt(0) == '+' ? Change.ACTIVATE : Change.DEACTIVATE;
            target = target.substring(1).strip();
        }
        String sender = use(requireName(from, "message", at), at);
        String receiver = use(requireName(target, "message", at), at);
        add(new Message(sender, receiver, label, arrow.stroke(), arrow.head(), at));
        if (change == Change.ACTIVATE) {
            add(new Activation(receiver, change, at));
        } else if (change == Change.DEACTIVATE) {
            // Mermaid's '-' ends the activation of the sender: "B-->>-A: done" deactivates B.
            add(new Activation(sender, change, at));
        }
    }

    private static String requireName(String name, String what, int at) throws MermaidSyntaxException {
        if (name.isEmpty()) {
            throw new MermaidSyntaxException(at, what + " is missing a participant");
        }
        if (name.contains(",") || name.contains(";")) {
            throw new MermaidSyntaxException(at, "'" + MermaidParser.shorten(name) + "' is not a participant name");
        }
        return name;
    }

    private String use(String id, int at) {
        participants.computeIfAbsent(id, key -> new Participant(key, key, "participant", false, at));
        return id;
    }

    private void add(SequenceItem item) {
        for (Block block : blocks) {
            if (!block.kind.equals("box")) {
                block.items.add(item);
                return;
            }
        }
        top.add(item);
    }
}
