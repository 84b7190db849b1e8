package dev.plumbline.diagrams.check.mermaid;

import dev.plumbline.diagrams.check.diagram.ArrowHead;
import dev.plumbline.diagrams.check.diagram.Edge;
import dev.plumbline.diagrams.check.diagram.GraphDiagram;
import dev.plumbline.diagrams.check.diagram.Group;
import dev.plumbline.diagrams.check.diagram.Node;
import dev.plumbline.diagrams.check.diagram.Stroke;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the body of a {@code graph}/{@code flowchart} diagram. */
final class FlowchartReader {

    private static final Set<String> DIRECTIONS = Set.of("TB", "TD", "BT", "RL", "LR", "<", ">", "^", "v");
    private static final Set<String> IGNORED = Set.of("style", "classDef", "class", "click", "linkStyle",
            "accTitle", "accDescr", "title", "direction");
    private static final Pattern SUBGRAPH_WITH_TITLE = Pattern.compile("([^\\s\\[\\]\"]+)\\s*\\[(.*)]");

    /** Shapes by opening delimiter; longer openers first so {@code [[} wins over {@code [}. */
    private static final List<Shape> SHAPES = List.of(
            new Shape("(((", ")))", "double-circle"),
            new Shape("[[", "]]", "subroutine"),
            new Shape("[(", ")]", "cylinder"),
            new Shape("[/", "/]", "parallelogram"),
            new Shape("[/", "\\]", "trapezoid"),
            new Shape("[\\", "\\]", "parallelogram-alt"),
            new Shape("[\\", "/]", "trapezoid-alt"),
            new Shape("((", "))", "circle"),
            new Shape("([", "])", "stadium"),
            new Shape("{{", "}}", "hexagon"),
            new Shape("[", "]", "rectangle"),
            new Shape("(", ")", "rounded"),
            new Shape("{", "}", "rhombus"),
            new Shape(">", "]", "asymmetric"));

    private record Shape(String open, String close, String name) {
    }

    private final SourceLine header;
    private final List<SourceLine> body;
    private final Map<String, NodeDraft> nodes = new LinkedHashMap<>();
    private final List<Edge> edges = new ArrayList<>();
    private final List<GroupDraft> groups = new ArrayList<>();
    private final Deque<GroupDraft> open = new ArrayDeque<>();
    /** Nodes already owned by a closed subgraph: Mermaid gives a node to the first subgraph that closes. */
    private final Set<String> claimed = new HashSet<>();
    private int closedGroups;

    private static final class NodeDraft {
        final String id;
        final int line;
        String label;
        String shape = "default";

        NodeDraft(String id, int line) {
            this.id = id;
            this.line = line;
            this.label = id;
        }
    }

    private static final class GroupDraft {
        final String explicitId;
        final String title;
        final GroupDraft parent;
        final int line;
        final Set<Object> mentioned = new LinkedHashSet<>();
        final List<Object> members = new ArrayList<>();
        String id;

        GroupDraft(String explicitId, String title, GroupDraft parent, int line) {
            this.explicitId = explicitId;
            this.title = title;
            this.parent = parent;
            this.line = line;
        }
    }

    FlowchartReader(SourceLine header, List<SourceLine> body) {
        this.header = header;
        this.body = body;
    }

    GraphDiagram read() throws MermaidSyntaxException {
        String direction = direction();
        boolean inAccDescr = false;
        for (SourceLine line : body) {
            if (line.silent()) {
                continue;
            }
            String text = line.text().strip();
            if (inAccDescr) {
                inAccDescr = !text.contains("}");
                continue;
            }
            String first = text.split("[\\s;:{]", 2)[0];
            if (first.equals("accDescr") && text.contains("{") && !text.contains("}")) {
                inAccDescr = true;
                continue;
            }
            if (IGNORED.contains(first)) {
                continue;
            }
            if (first.equals("subgraph")) {
                openSubgraph(line, text.substring("subgraph".length()).strip());
            } else if (first.equals("end") && text.replace(";", "").strip().equals("end")) {
                closeSubgraph(line);
            } else {
                new Statements(line).read();
            }
        }
        if (!open.isEmpty()) {
            GroupDraft unclosed = open.peek();
            throw new MermaidSyntaxException(unclosed.line, "subgraph '" + MermaidParser.shorten(unclosed.title)
                    + "' is never closed with 'end'");
        }
        return build(direction);
    }

    private String direction() throws MermaidSyntaxException {
        String[] words = header.text().strip().replace(";", " ").split("\\s+");
        if (words.length == 1) {
            return "";
        }
        if (words.length > 2 || !DIRECTIONS.contains(words[1])) {
            throw new MermaidSyntaxException(header.number(), "unknown direction '"
                    + MermaidParser.shorten(header.text().strip().substring(words[0].length()).strip())
                    + "'; expected one of TB, TD, BT, RL, LR");
        }
        return words[1];
    }

    private void openSubgraph(SourceLine line, String rest) throws MermaidSyntaxException {
        String explicitId;
        String title;
        Matcher withTitle = SUBGRAPH_WITH_TITLE.matcher(rest);
        if (rest.startsWith("\"")) {
            title = unquote(line, rest);
            explicitId = null;
        } else if (withTitle.matches()) {
            explicitId = withTitle.group(1);
            title = withTitle.group(2).strip();
            if (title.startsWith("\"")) {
                title = unquote(line, title);
            }
        } else {
            title = rest;
            explicitId = null;
        }
        GroupDraft group = new GroupDraft(explicitId, title, open.peek(), line.number());
        if (group.parent != null) {
            group.parent.mentioned.add(group);
        }
        groups.add(group);
        open.push(group);
    }

    private static String unquote(SourceLine line, String quoted) throws MermaidSyntaxException {
        int close = quoted.indexOf('"', 1);
        if (close < 0) {
            throw new MermaidSyntaxException(line.number(), "unterminated string " + MermaidParser.shorten(quoted));
        }
        if (!quoted.substring(close + 1).isBlank()) {
            throw new MermaidSyntaxException(line.number(), "unexpected text after \"" 
                    + MermaidParser.shorten(quoted.substring(1, close)) + "\": '"
                    + MermaidParser.shorten(quoted.substring(close + 1).strip()) + "'");
        }
        return quoted.substring(1, close);
    }

    private void closeSubgraph(SourceLine line) throws MermaidSyntaxException {
        if (open.isEmpty()) {
            throw new MermaidSyntaxException(line.number(), "'end' without an open subgraph");
        }
        GroupDraft group = open.pop();
        closedGroups++;
        // Mermaid names a subgraph by its title unless the title has spaces; then it makes up an id
        // from how many subgraphs have closed before.
        if (group.explicitId != null) {
            group.id = group.explicitId;
        } else if (!group.title.isEmpty() && group.title.chars().noneMatch(Character::isWhitespace)) {
            group.id = group.title;
        } else {
            group.id = "subGraph" + (closedGroups - 1);
        }
        for (Object member : group.mentioned) {
            if (member instanceof String nodeId) {
                if (claimed.add(nodeId)) {
                    group.members.add(nodeId);
                }
            } else {
                group.members.add(member);
            }
        }
    }

    private void mention(String id, int line) {
        nodes.computeIfAbsent(id, key -> new NodeDraft(key, line));
        GroupDraft current = open.peek();
        if (current != null) {
            current.mentioned.add(id);
        }
    }

    private GraphDiagram build(String direction) {
        Set<String> groupIds = new HashSet<>();
        for (GroupDraft group : groups) {
            groupIds.add(group.id);
        }
        List<Node> nodeList = new ArrayList<>();
        for (NodeDraft draft : nodes.values()) {
            // An edge to a subgraph's id points at the subgraph, it does not make a node.
            boolean onlyGroupReference = groupIds.contains(draft.id) && draft.shape.equals("default");
            if (!onlyGroupReference) {
                nodeList.add(new Node(draft.id, draft.label, draft.shape, draft.line));
            }
        }
        List<Group> groupList = new ArrayList<>();
        for (GroupDraft group : groups) {
            List<String> members = new ArrayList<>();
            for (Object member : group.members) {
                String id = member instanceof GroupDraft inner ? inner.id : (String) member;
                if (!members.contains(id)) {
                    members.add(id);
                }
            }
            Optional<String> parent = Optional.ofNullable(group.parent).map(p -> p.id);
            groupList.add(new Group(group.id, group.title, "subgraph", parent, members, group.line));
        }
        return new GraphDiagram(direction, nodeList, edges, groupList, List.of());
    }

    /** A cursor over one line of node and edge statements, separated by {@code ;}. */
    private final class Statements {

        private final SourceLine line;
        private final String text;
        private int pos;

        Statements(SourceLine line) {
            this.line = line;
            this.text = line.text();
        }

        void read() throws MermaidSyntaxException {
            while (true) {
                skipSpaces();
                if (atEnd()) {
                    return;
                }
                if (peek() == ';') {
                    pos++;
                    continue;
                }
                statement();
            }
        }

        private void statement() throws MermaidSyntaxException {
            List<String> from = nodeGroup();
            while (true) {
                skipSpaces();
                if (atEnd() || peek() == ';') {
                    return;
                }
                Link link = link();
                skipSpaces();
                List<String> to = nodeGroup();
                for (String source : from) {
                    for (String target : to) {
                        edges.add(new Edge(source, target, link.label, link.stroke, link.head, link.both, line.number()));
                    }
                }
                from = to;
            }
        }

        private List<String> nodeGroup() throws MermaidSyntaxException {
            List<String> ids = new ArrayList<>();
            ids.add(node());
            while (true) {
                int mark = pos;
                skipSpaces();
                if (!atEnd() && peek() == '&') {
                    pos++;
                    skipSpaces();
                    ids.add(node());
                } else {
                    pos = mark;
                    return ids;
                }
            }
        }

        private String node() throws MermaidSyntaxException {
            int start = pos;
            while (!atEnd() && isIdChar(pos)) {
                pos++;
            }
            if (pos == start) {
                throw error(atEnd() ? "expected a node id at the end of the line"
                        : "expected a node id at '" + rest() + "'");
            }
            String id = text.substring(start, pos);
            if (id.equals("end") || id.equals("subgraph")) {
                throw error("'" + id + "' cannot be used as a node id here");
            }
            mention(id, line.number());
            NodeDraft node = nodes.get(id);
            if (lookingAt("@{")) {
                shapeData(node);
            } else {
                Shape opened = null;
                for (Shape shape : SHAPES) {
                    if (lookingAt(shape.open())) {
                        opened = opened == null ? shape : opened;
                        if (closes(shape)) {
                            pos += shape.open().length();
                            node.label = label(shape);
                            node.shape = shape.name();
                            opened = null;
                            break;
                        }
                    }
                }
                if (opened != null && !opened.open().equals(">")) {
                    throw error("the label of node '" + MermaidParser.shorten(id) + "' opens with '"
                            + opened.open() + "' but is never closed with '" + opened.close() + "'");
                }
            }
            if (lookingAt(":::")) {
                pos += 3;
                while (!atEnd() && isIdChar(pos)) {
                    pos++;
                }
            }
            return id;
        }

        /** Whether this opener's own closer ends the label (tells {@code [/ /]} from {@code [/ \]}). */
        private boolean closes(Shape shape) {
            int from = pos + shape.open().length();
            if (from < text.length() && text.charAt(from) == '"') {
                int endQuote = text.indexOf('"', from + 1);
                return endQuote >= 0 && text.startsWith(shape.close(), endQuote + 1);
            }
            int close = text.indexOf(shape.close(), from);
            if (close < 0) {
                return false;
            }
            for (Shape other : SHAPES) {
                if (other.open().equals(shape.open()) && !other.close().equals(shape.close())) {
                    int otherClose = text.indexOf(other.close(), from);
                    if (otherClose >= 0 && otherClose < close) {
                        return false;
                    }
                }
            }
            return true;
        }

        private String label(Shape shape) throws MermaidSyntaxException {
            String label;
            if (!atEnd() && peek() == '"') {
                int endQuote = text.indexOf('"', pos + 1);
                label = text.substring(pos + 1, endQuote);
                pos = endQuote + 1;
            } else {
                int close = text.indexOf(shape.close(), pos);
                label = text.substring(pos, close).strip();
                pos = close;
            }
            if (!lookingAt(shape.close())) {
                throw error("expected '" + shape.close() + "' to close the label of a " + shape.name());
            }
            pos += shape.close().length();
            return label;
        }

        /** Mermaid 11 shape data: {@code A@{ shape: cyl, label: "Orders" }}. */
        private void shapeData(NodeDraft node) throws MermaidSyntaxException {
            int close = text.indexOf('}', pos);
            if (close < 0) {
                throw error("'@{' is never closed with '}'");
            }
            String data = text.substring(pos + 2, close);
            pos = close + 1;
            for (String pair : data.split(",")) {
                int colon = pair.indexOf(':');
                if (colon < 0) {
                    continue;
                }
                String key = pair.substring(0, colon).strip();
                String value = pair.substring(colon + 1).strip();
                if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
                    value = value.substring(1, value.length() - 1);
                }
                if (key.equals("shape")) {
                    node.shape = value;
                } else if (key.equals("label")) {
                    node.label = value;
                }
            }
        }

        private record Link(Stroke stroke, ArrowHead head, boolean both, String label) {
        }

        private Link link() throws MermaidSyntaxException {
            int start = pos;
            ArrowHead left = ArrowHead.NONE;
            if (lookingAt("<")) {
                left = ArrowHead.ARROW;
                pos++;
            } else if ((lookingAt("o") || lookingAt("x")) && (lookingAtFrom(pos + 1, "--")
                    || lookingAtFrom(pos + 1, "==") || lookingAtFrom(pos + 1, "-."))) {
                left = peek() == 'o' ? ArrowHead.CIRCLE : ArrowHead.CROSS;
                pos++;
            }
            Stroke stroke;
            String inlineLabel = null;
            if (lookingAt("~~~")) {
                skipAll('~');
                return new Link(Stroke.INVISIBLE, ArrowHead.NONE, false, pipeLabel());
            } else if (lookingAt("-.")) {
                stroke = Stroke.DASHED;
                pos++;
                skipAll('.');
                if (!lookingAt("-")) {
                    // "-. label .->"
                    inlineLabel = textUntil(".-", start);
                    skipAll('.');
                }
                skipAll('-');
            } else if (lookingAt("==")) {
                stroke = Stroke.THICK;
                if (skipAll('=') == 2 && !headFollows()) {
                    // "== label ==>"
                    inlineLabel = textUntil("==", start);
                    skipAll('=');
                }
            } else if (lookingAt("--")) {
                stroke = Stroke.SOLID;
                if (skipAll('-') == 2 && !headFollows()) {
                    // "-- label -->"
                    inlineLabel = textUntil("--", start);
                    skipAll('-');
                }
            } else {
                throw error("expected a link such as '-->' at '" + rest() + "'");
            }
            ArrowHead head = ArrowHead.NONE;
            if (lookingAt(">")) {
                head = ArrowHead.ARROW;
                pos++;
            } else if ((lookingAt("o") || lookingAt("x")) && !continuesId(pos + 1)) {
                head = peek() == 'o' ? ArrowHead.CIRCLE : ArrowHead.CROSS;
                pos++;
            }
            if (left != ArrowHead.NONE && head == ArrowHead.NONE) {
                throw errorAt(start, "link opens with '" + text.charAt(start) + "' but has no head at its end");
            }
            String piped = pipeLabel();
            String label = inlineLabel != null ? inlineLabel : piped;
            return new Link(stroke, head, left != ArrowHead.NONE, label);
        }

        /** Two dashes (or equals) end a link only with a head; otherwise they open its label. */
        private boolean headFollows() {
            return lookingAt(">") || ((lookingAt("o") || lookingAt("x")) && !continuesId(pos + 1));
        }

        private String textUntil(String closing, int linkStart) throws MermaidSyntaxException {
            int close = text.indexOf(closing, pos);
            if (close < 0) {
                throw errorAt(linkStart, "link label is never closed with '" + closing + "'");
            }
            String label = text.substring(pos, close).strip();
            pos = close;
            return label;
        }

        private String pipeLabel() throws MermaidSyntaxException {
            int mark = pos;
            skipSpaces();
            if (atEnd() || peek() != '|') {
                pos = mark;
                return "";
            }
            int close = text.indexOf('|', pos + 1);
            if (close < 0) {
                throw error("link label '|' is never closed");
            }
            String label = text.substring(pos + 1, close).strip();
            if (label.length() >= 2 && label.startsWith("\"") && label.endsWith("\"")) {
                label = label.substring(1, label.length() - 1);
            }
            pos = close + 1;
            return label;
        }

        private int skipAll(char c) {
            int count = 0;
            while (!atEnd() && peek() == c) {
                pos++;
                count++;
            }
            return count;
        }

        private boolean isIdChar(int at) {
            char c = text.charAt(at);
            if (Character.isLetterOrDigit(c) || c == '_' || c == '.' || c == '$' || c == '#' || c == '\''
                    || c == '!' || c == '?' || c == '*' || c == '+' || c == '`' || c == '/' || c == '\\') {
                return true;
            }
            // A dash belongs to the id unless it starts a link: "node-1" vs "node-->".
            if (c == '-') {
                return at + 1 < text.length() && "->.".indexOf(text.charAt(at + 1)) < 0;
            }
            return false;
        }

        private boolean continuesId(int at) {
            return at < text.length() && isIdChar(at) && text.charAt(at) != '-';
        }

        private boolean lookingAt(String token) {
            return text.startsWith(token, pos);
        }

        private boolean lookingAtFrom(int at, String token) {
            return text.startsWith(token, at);
        }

        private char peek() {
            return text.charAt(pos);
        }

        private boolean atEnd() {
            return pos >= text.length();
        }

        private void skipSpaces() {
            while (!atEnd() && Character.isWhitespace(peek())) {
                pos++;
            }
        }

        private String rest() {
            return MermaidParser.shorten(text.substring(pos).strip());
        }

        private MermaidSyntaxException error(String message) {
            return new MermaidSyntaxException(line.number(), message);
        }

        private MermaidSyntaxException errorAt(int at, String message) {
            return new MermaidSyntaxException(line.number(), message + " at '"
                    + MermaidParser.shorten(text.substring(at).strip()) + "'");
        }
    }
}
