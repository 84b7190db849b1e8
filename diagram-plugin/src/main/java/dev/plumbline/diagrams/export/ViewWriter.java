package dev.plumbline.diagrams.export;

import com.structurizr.model.ContainerInstance;
import com.structurizr.model.CustomElement;
import com.structurizr.model.DeploymentNode;
import com.structurizr.model.Element;
import com.structurizr.model.Person;
import com.structurizr.model.Relationship;
import com.structurizr.model.SoftwareSystemInstance;
import com.structurizr.view.AutomaticLayout;
import com.structurizr.view.DynamicView;
import com.structurizr.view.FilterMode;
import com.structurizr.view.FilteredView;
import com.structurizr.view.LineStyle;
import com.structurizr.view.ModelView;
import com.structurizr.view.RelationshipStyle;
import com.structurizr.view.RelationshipView;
import com.structurizr.view.View;
import dev.plumbline.model.Directive;
import dev.plumbline.model.ModelWorkspace;
import dev.plumbline.model.Sequence;
import dev.plumbline.model.StaticFragment;
import dev.plumbline.model.StaticNote;
import dev.plumbline.model.Step;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The one walk over a view that every output format shares. It decides what is drawn and in which order (boxes,
 * elements, arrows, notes; or participants, messages and directives of a sequence) so that the formats cannot
 * disagree about content; a subclass only decides how each construct is spelled. Texts reach the hooks as model
 * text (real line breaks, nothing escaped): escaping is the subclass's job, because each syntax has its own hazards.
 *
 * <p>A writer is used for one view only: it accumulates the text.
 */
abstract class ViewWriter {

    /** What a node looks like; writers map each to their nearest shape. */
    public enum Shape {
        PERSON, DATABASE, QUEUE, CLOUD, STORAGE, NODE, COMPONENT, FRAME, FOLDER, PACKAGE, FILE, ARTIFACT, CARD,
        HEXAGON, COLLECTIONS, STACK, RECTANGLE, DECISION, TERMINAL;

        static Optional<Shape> named(String name) {
            for (Shape shape : values()) {
                if (shape.name().equalsIgnoreCase(name.strip())) {
                    return Optional.of(shape);
                }
            }
            return Optional.empty();
        }
    }

    /**
     * The top of a diagram.
     *
     * @param viewKey       the view's key, which the first comment line names
     * @param workspaceFile the workspace's file name (no directories, so output does not depend on the machine)
     * @param title         the view's title, or empty
     * @param direction     {@code TB}, {@code TD}, {@code BT}, {@code LR}, {@code RL}, or empty for the default:
     *                      {@code plumbline.direction} if set, else the view's {@code autolayout} direction
     * @param theme         a PlantUML theme name, or empty
     * @param rankSeparation the {@code autolayout} rank separation, 0 when not set or Structurizr's default
     * @param nodeSeparation the {@code autolayout} node separation, 0 when not set or Structurizr's default
     */
    public record Header(String viewKey, String workspaceFile, String title, String direction, String theme,
                         int rankSeparation, int nodeSeparation) {
    }

    /**
     * Structurizr 6.2.2's {@code autolayout} separations when none are written (its AutoLayoutParser: rank 100, node
     * 50); only other values are carried over, so a bare {@code autolayout lr} keeps each format's own spacing.
     */
    private static final int DEFAULT_RANK_SEPARATION = 100;
    private static final int DEFAULT_NODE_SEPARATION = 50;

    /** An element drawn as a leaf. */
    public record Node(String id, String label, Shape shape) {
    }

    /**
     * Something drawn around other things: a group, a boundary (the software system around its containers), or a
     * deployment node around what runs on it.
     *
     * @param group true for a group, false for an element boundary
     */
    public record Box(String id, String label, Shape shape, boolean group) {
    }

    /**
     * An arrow of a static view.
     *
     * @param fragments the fragments enclosing it, each as {@code keyword label} ("alt Card payment")
     */
    public record Arrow(String from, String to, String label, boolean dashed, List<String> fragments) {
        public Arrow {
            fragments = List.copyOf(fragments);
        }
    }

    /** A note on an element of a static view; {@code position} is {@code right of}, {@code top of}, .... */
    public record Note(String id, String position, String target, String text) {
    }

    /** A lifeline of a sequence diagram; {@code kind} is PERSON, DATABASE, QUEUE or RECTANGLE (a participant). */
    public record Participant(String id, String label, Shape kind) {
    }

    /** A message of a sequence diagram. */
    public record Message(int number, String from, String to, String text, boolean dashed) {
    }

    private final StringBuilder out = new StringBuilder();
    private final Deque<String> openFragments = new ArrayDeque<>();
    private int depth;
    private List<Participant> participants = List.of();

    protected ViewWriter() {
    }

    // ---- hooks: static views ----

    protected abstract void startStatic(Header header);

    protected abstract void openBox(Box box);

    protected abstract void closeBox(Box box);

    protected abstract void node(Node node);

    protected abstract void arrow(Arrow arrow);

    protected abstract void note(Note note);

    protected abstract void endStatic();

    // ---- hooks: sequence diagrams ----

    protected abstract void startSequence(Header header);

    protected abstract void participant(Participant participant);

    protected abstract void message(Message message);

    /** Opens a fragment: {@code alt}, {@code opt}, {@code loop}, {@code par}, {@code group}, {@code critical}, {@code break}. */
    protected abstract void openFragment(String keyword, String label);

    /** A further branch of the open fragment: {@code else} in an alt, {@code and} in a par. */
    protected abstract void branch(String keyword, String openKeyword, String label);

    protected abstract void closeFragment(String openKeyword);

    protected abstract void divider(String text);

    /** A note on lifelines; {@code position} is {@code left of}, {@code right of} or {@code over}. */
    protected abstract void noteOn(String position, List<String> ids, String text);

    /**
     * A note on the message next to it ({@code side} {@code left} or {@code right}). {@code anchor} is the lifeline
     * of that message on that side, for syntaxes that can only hang notes on lifelines; {@code followsMessage} says
     * whether a message has been written before, so the note can attach to it.
     */
    protected abstract void noteOnMessage(String side, String anchor, boolean followsMessage, String text);

    protected abstract void activate(String id, String colour);

    protected abstract void deactivate(String id);

    protected abstract void endSequence();

    // ---- output, for subclasses ----

    /** Appends one line at the current depth; line ends are always {@code \n}. */
    protected final void line(String text) {
        out.append("  ".repeat(depth)).append(text).append('\n');
    }

    protected final void indent() {
        depth++;
    }

    protected final void outdent() {
        depth = Math.max(0, depth - 1);
    }

    /** The participants of the sequence being written, in order. */
    protected final List<Participant> participants() {
        return participants;
    }

    // ---- the walk ----

    final String write(ModelWorkspace workspace, View view) {
        Objects.requireNonNull(workspace, "workspace");
        Objects.requireNonNull(view, "view");
        View drawn = view;
        Predicate<Element> shows = e -> true;
        Predicate<Relationship> showsRelationship = r -> true;
        if (view instanceof FilteredView filtered) {
            // The base view narrowed by the filter's tags, as Structurizr's own renderer shows it.
            drawn = workspace.view(filtered.getBaseViewKey()).orElseThrow(() -> new IllegalArgumentException(
                    "filtered view \"" + view.getKey() + "\" names no base view \"" + filtered.getBaseViewKey() + "\""));
            boolean include = filtered.getMode() == FilterMode.Include;
            Set<String> tags = filtered.getTags();
            shows = e -> tags.stream().anyMatch(e::hasTag) == include;
            Predicate<Element> kept = shows;
            showsRelationship = r -> kept.test(r.getSource()) && kept.test(r.getDestination())
                    && tags.stream().anyMatch(r::hasTag) == include;
        }
        Identifiers ids = new Identifiers(workspace, drawn);
        Labels labels = new Labels(drawn);
        Header header = header(workspace, view, drawn);
        if (drawn instanceof DynamicView dynamic) {
            writeSequence(workspace, dynamic, header, ids, labels);
        } else if (drawn instanceof ModelView model) {
            writeStatic(workspace, model, header, ids, labels, shows, showsRelationship);
        } else {
            throw new IllegalArgumentException("view \"" + view.getKey() + "\" is a " + view.getClass().getSimpleName()
                    + ", which Plumbline does not export");
        }
        return out.toString();
    }

    /** The header of {@code view}, drawn as {@code drawn} (its base view, for a filtered view). */
    private static Header header(ModelWorkspace workspace, View view, View drawn) {
        String file = workspace.file().replace('\\', '/');
        file = file.substring(file.lastIndexOf('/') + 1);
        String title = Objects.requireNonNullElse(view.getTitle(), "").strip();
        if (title.isEmpty() && view instanceof FilteredView) {
            title = Objects.requireNonNullElse(view.getDescription(), "").strip();
        }
        String direction = view.getProperties().getOrDefault("plumbline.direction",
                drawn.getProperties().getOrDefault("plumbline.direction", "")).strip().toUpperCase(Locale.ROOT);
        AutomaticLayout layout = drawn instanceof ModelView mv ? mv.getAutomaticLayout() : null;
        if (direction.isEmpty() && layout != null && layout.getRankDirection() != null) {
            direction = switch (layout.getRankDirection()) {
                case TopBottom -> "TB";
                case BottomTop -> "BT";
                case LeftRight -> "LR";
                case RightLeft -> "RL";
            };
        }
        return new Header(view.getKey(), file, title, direction,
                view.getProperties().getOrDefault("plumbline.theme", "").strip(),
                layout == null ? 0 : separation(layout.getRankSeparation(), DEFAULT_RANK_SEPARATION),
                layout == null ? 0 : separation(layout.getNodeSeparation(), DEFAULT_NODE_SEPARATION));
    }

    private static int separation(int written, int structurizrDefault) {
        return written > 0 && written != structurizrDefault ? written : 0;
    }

    private void writeStatic(ModelWorkspace workspace, ModelView view, Header header, Identifiers ids, Labels labels,
                             Predicate<Element> shows, Predicate<Relationship> showsRelationship) {
        startStatic(header);
        ViewTree tree = ViewTree.of(workspace, view, shows);
        writeTree(tree.root(), ids, labels);

        Map<Relationship, List<String>> enclosing = new LinkedHashMap<>();
        for (StaticFragment fragment : workspace.fragments(view)) {
            for (Relationship r : fragment.relationships()) {
                enclosing.computeIfAbsent(r, k -> new ArrayList<>()).add(fragment.keyword() + " " + fragment.label());
            }
        }
        for (RelationshipView rv : sortedRelationships(view)) {
            Relationship r = rv.getRelationship();
            if (!showsRelationship.test(r)) {
                continue;
            }
            arrow(new Arrow(ids.of(r.getSource()), ids.of(r.getDestination()), Labels.arrow(rv), dashed(view, r),
                    enclosing.getOrDefault(r, List.of())));
        }
        int n = 0;
        for (StaticNote note : workspace.notes(view)) {
            if (!shows.test(note.element())) {
                continue;
            }
            n++;
            note(new Note(ids.synthetic("note_" + n), note.position(), ids.of(note.element()), note.text()));
        }
        endStatic();
    }

    private void writeTree(ViewTree.Branch branch, Identifiers ids, Labels labels) {
        for (Object child : branch.children()) {
            if (child instanceof ViewTree.Branch inner) {
                Box box = inner.element() == null
                        ? new Box(ids.synthetic("group_" + inner.ordinal()), inner.groupName(), Shape.PACKAGE, true)
                        : new Box(ids.of(inner.element()), labels.of(inner.element()), boxShape(inner.element()), false);
                openBox(box);
                writeTree(inner, ids, labels);
                closeBox(box);
            } else {
                Element element = (Element) child;
                node(new Node(ids.of(element), labels.of(element), shape(element)));
            }
        }
    }

    /**
     * Arrows in a stable order: Structurizr's own order when the view has one, else by source, destination and
     * description (then the model id, for arrows that agree on all three).
     */
    private static List<RelationshipView> sortedRelationships(ModelView view) {
        Comparator<RelationshipView> byNames = Comparator
                .comparing((RelationshipView rv) -> rv.getRelationship().getSource().getName())
                .thenComparing(rv -> rv.getRelationship().getDestination().getName())
                .thenComparing(Labels::arrow)
                .thenComparing(rv -> rv.getRelationship().getId(), Identifiers::compareNatural);
        Comparator<RelationshipView> order = Comparator.comparing(
                (RelationshipView rv) -> Objects.requireNonNullElse(rv.getOrder(), ""), Identifiers::compareNatural);
        return view.getRelationships().stream().sorted(order.thenComparing(byNames)).toList();
    }

    /** Dashed only where a style for one of the relationship's own tags says so (Structurizr's default is dashed). */
    private static boolean dashed(ModelView view, Relationship r) {
        boolean dashed = false;
        List<RelationshipStyle> styles = view.getViewSet().getConfiguration().getStyles().getRelationships().stream()
                .filter(s -> !"Relationship".equals(s.getTag()) && r.hasTag(s.getTag()))
                .sorted(Comparator.comparing(RelationshipStyle::getTag))
                .toList();
        for (RelationshipStyle style : styles) {
            if (style.getStyle() != null) {
                dashed = style.getStyle() != LineStyle.Solid;
            } else if (style.getDashed() != null) {
                dashed = style.getDashed();
            }
        }
        return dashed;
    }

    private void writeSequence(ModelWorkspace workspace, DynamicView view, Header header, Identifiers ids,
                               Labels labels) {
        Sequence sequence = workspace.sequence(view);
        // Declared participants first, then the others in order of first appearance (the model decides both).
        List<Element> order = new ArrayList<>(sequence.participants());
        // Elements a view includes without a message still appear, after the ones that speak, in model order.
        view.getElements().stream().map(ev -> ev.getElement())
                .filter(e -> !order.contains(e))
                .sorted(Comparator.comparing(Element::getId, Identifiers::compareNatural))
                .forEach(order::add);
        participants = order.stream()
                .map(e -> new Participant(ids.of(e), labels.of(e), participantKind(e))).toList();

        startSequence(header);
        participants.forEach(this::participant);
        Message previous = null;
        for (Step step : sequence.steps()) {
            Message current = new Message(step.number(), ids.of(step.source()), ids.of(step.destination()),
                    step.description(), step.dashed());
            for (Directive d : sequence.before(step.number())) {
                directive(d, previous != null ? previous : current, previous != null, ids);
            }
            message(current);
            previous = current;
            for (Directive d : sequence.after(step.number())) {
                directive(d, current, true, ids);
            }
        }
        endSequence();
    }

    private void directive(Directive d, Message adjacent, boolean followsMessage, Identifiers ids) {
        switch (d.kind()) {
            case FRAGMENT -> {
                openFragments.push(d.keyword());
                openFragment(d.keyword(), d.label());
            }
            case ELSE -> branch(d.keyword(), Objects.requireNonNullElse(openFragments.peek(), ""), d.label());
            case END -> closeFragment(openFragments.isEmpty() ? "" : openFragments.pop());
            case DIVIDER -> divider(d.label());
            case NOTE -> {
                if (d.targets().isEmpty()) {
                    noteOnMessage(d.keyword(), sideOf(adjacent, d.keyword()), followsMessage, d.text());
                } else {
                    noteOn(d.keyword(), d.targets().stream().map(t -> ids.ofIdentifier(t)).toList(),
                            d.text());
                }
            }
            case ACTIVATE -> activate(ids.ofIdentifier(d.targets().get(0)), d.label());
            case DEACTIVATE -> deactivate(ids.ofIdentifier(d.targets().get(0)));
        }
    }

    /** The lifeline of a message on the given side: the left one of its two ends for "left", else the right one. */
    private String sideOf(Message message, String side) {
        int from = indexOf(message.from());
        int to = indexOf(message.to());
        boolean fromIsLeft = from <= to;
        if (side.equals("left")) {
            return fromIsLeft ? message.from() : message.to();
        }
        return fromIsLeft ? message.to() : message.from();
    }

    private int indexOf(String id) {
        for (int i = 0; i < participants.size(); i++) {
            if (participants.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    private static Shape participantKind(Element element) {
        if (element instanceof Person) {
            return Shape.PERSON;
        }
        if (element.hasTag("Database")) {
            return Shape.DATABASE;
        }
        if (element.hasTag("Queue")) {
            return Shape.QUEUE;
        }
        return Shape.RECTANGLE;
    }

    /** Model text for a comment line: one line, whatever the model holds. */
    protected static String comment(String raw) {
        return raw.replaceAll("[\\p{Cntrl}]", " ");
    }

    static Shape shape(Element element) {
        Optional<Shape> declared = declaredShape(element);
        if (declared.isPresent()) {
            return declared.get();
        }
        Element kind = element instanceof ContainerInstance ci ? ci.getContainer()
                : element instanceof SoftwareSystemInstance si ? si.getSoftwareSystem() : element;
        if (kind instanceof Person) {
            return Shape.PERSON;
        }
        if (kind.hasTag("Database")) {
            return Shape.DATABASE;
        }
        if (kind.hasTag("Queue")) {
            return Shape.QUEUE;
        }
        if (kind instanceof DeploymentNode) {
            return Shape.NODE;
        }
        if (kind instanceof CustomElement custom && custom.getMetadata() != null) {
            return switch (custom.getMetadata().strip().toLowerCase(Locale.ROOT)) {
                case "decision" -> Shape.DECISION;
                case "start", "end" -> Shape.TERMINAL;
                default -> Shape.RECTANGLE;
            };
        }
        return Shape.RECTANGLE;
    }

    private static Shape boxShape(Element element) {
        Shape shape = shape(element);
        return switch (shape) {
            case CLOUD, NODE, FRAME, FOLDER, PACKAGE, RECTANGLE, COMPONENT, DATABASE, STORAGE, CARD, ARTIFACT, FILE ->
                    shape;
            default -> element instanceof DeploymentNode ? Shape.NODE : Shape.RECTANGLE;
        };
    }

    /** {@code plumbline.shape} on the element, or on the container / system an instance stands for. */
    private static Optional<Shape> declaredShape(Element element) {
        String value = element.getProperties().get("plumbline.shape");
        if (value == null && element instanceof ContainerInstance ci) {
            value = ci.getContainer().getProperties().get("plumbline.shape");
        }
        if (value == null && element instanceof SoftwareSystemInstance si) {
            value = si.getSoftwareSystem().getProperties().get("plumbline.shape");
        }
        if (value == null) {
            return Optional.empty();
        }
        String declared = value;
        return Optional.of(Shape.named(declared).orElseThrow(() -> new IllegalArgumentException("element \""
                + element.getName() + "\" has an unknown plumbline.shape \"" + declared + "\"")));
    }
}
