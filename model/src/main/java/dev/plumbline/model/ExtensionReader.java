package dev.plumbline.model;

import com.structurizr.dsl.IdentifiersRegister;
import com.structurizr.model.Element;
import com.structurizr.model.Relationship;
import com.structurizr.view.DynamicView;
import com.structurizr.view.ModelView;
import com.structurizr.view.RelationshipView;
import com.structurizr.view.View;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the {@code plumbline.*} view properties of one view against the view itself, collecting a finding for
 * every property that is malformed or points at nothing.
 */
final class ExtensionReader {

    private static final Pattern STEP_KEY = Pattern.compile("plumbline\\.step\\.(\\d+)\\.(before|after)(?:\\.(\\d+))?");
    private static final Pattern ARROW_KEY = Pattern.compile("plumbline\\.step\\.(\\d+)\\.arrow");
    private static final Pattern NOTE_KEY = Pattern.compile("plumbline\\.note\\.(\\d+)");
    private static final Pattern FRAGMENT_KEY = Pattern.compile("plumbline\\.fragment\\.(\\d+)");
    private static final Pattern STATIC_NOTE = Pattern.compile("(left of|right of|top of|bottom of)\\s+(\\S+)\\s*:\\s*(.*)",
            Pattern.DOTALL);
    private static final Pattern STATIC_FRAGMENT = Pattern.compile("(alt|opt|loop|group)\\s+(.*)");
    private static final Set<String> PLAIN_KEYS = Set.of("plumbline.seed", "plumbline.direction", "plumbline.theme",
            "plumbline.perspective", "plumbline.perspective.format", "plumbline.participants");
    private static final Pattern GENERATED_IDENTIFIER =
            Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", Pattern.CASE_INSENSITIVE);
    private static final Set<String> DIRECTIONS = Set.of("TB", "TD", "BT", "LR", "RL");

    private final DslSource source;
    private final IdentifiersRegister identifiers;
    private final List<Finding> findings = new ArrayList<>();

    ExtensionReader(DslSource source, IdentifiersRegister identifiers) {
        this.source = Objects.requireNonNull(source, "source");
        this.identifiers = Objects.requireNonNull(identifiers, "identifiers");
    }

    List<Finding> findings() {
        return List.copyOf(findings);
    }

    /** The elements a dynamic view declares as participants, whether or not they exchange messages. */
    List<Element> declaredParticipants(View view) {
        String declared = view.getProperties().get("plumbline.participants");
        if (declared == null) {
            return List.of();
        }
        return java.util.Arrays.stream(declared.split(",")).map(id -> identifiers.getElement(id.strip()))
                .filter(Objects::nonNull).toList();
    }

    /**
     * The element's DSL identifier. Structurizr registers an element declared without one under a random UUID,
     * different on every parse; such an element is named by its canonical name instead, so everything derived from
     * identifiers (diagram ids, above all) is the same on every run.
     */
    String identifierOf(Element element) {
        String id = identifiers.findIdentifier(element);
        return id == null || GENERATED_IDENTIFIER.matcher(id).matches() ? element.getCanonicalName() : id;
    }

    Sequence sequence(DynamicView view) {
        DslSource.ViewBlock block = source.view(view.getKey());
        Map<Integer, Boolean> arrows = new TreeMap<>();
        List<Step> steps = block == null ? stepsByStructurizrOrder(view, arrows) : stepsAsWritten(view, block, arrows);
        List<Directive> directives = new ArrayList<>();
        checkKeys(view, steps.size(), arrows, directives);
        if (block != null) {
            localDirectives(view, block, steps.size(), directives);
        }
        // apply arrow overrides now that keys are read
        List<Step> styled = steps.stream().map(s -> arrows.containsKey(s.number())
                ? new Step(s.number(), s.line(), s.source(), s.destination(), s.description(), s.relationship(),
                        arrows.get(s.number()), s.parallelBlock(), s.branch())
                : s).toList();
        directives.sort(Comparator.comparingInt(Directive::step).thenComparing(Directive::anchor)
                .thenComparingInt(Directive::order));
        checkNesting(view, styled, directives);
        return new Sequence(view.getKey(), participants(view, styled), styled, directives);
    }

    /** Declared participants first (a seed may declare one that sends no message), then the others as they appear. */
    private List<Element> participants(DynamicView view, List<Step> steps) {
        java.util.LinkedHashSet<Element> participants = new java.util.LinkedHashSet<>();
        String declared = view.getProperties().get("plumbline.participants");
        if (declared != null) {
            for (String id : declared.split(",")) {
                Element element = identifiers.getElement(id.strip());
                if (element == null) {
                    error(view, "plumbline.participants", "unknown element \"" + id.strip() + "\"");
                } else {
                    participants.add(element);
                }
            }
        }
        for (Step step : steps) {
            participants.add(step.source());
            participants.add(step.destination());
        }
        return List.copyOf(participants);
    }

    List<StaticNote> staticNotes(ModelView view) {
        List<StaticNote> notes = new ArrayList<>();
        for (Map.Entry<String, String> p : sortedProperties(view)) {
            if (!NOTE_KEY.matcher(p.getKey()).matches()) {
                continue;
            }
            Matcher m = STATIC_NOTE.matcher(p.getValue().strip());
            if (!m.matches()) {
                error(view, p.getKey(), "malformed note \"" + p.getValue() + "\": expected \"right of <id>: <text>\"");
                continue;
            }
            element(view, fileOf(view), line(view, p.getKey()), m.group(2)).ifPresent(
                    e -> notes.add(new StaticNote(m.group(1), e, DirectiveSyntax.text(m.group(3)))));
        }
        return notes;
    }

    List<StaticFragment> staticFragments(ModelView view) {
        List<StaticFragment> fragments = new ArrayList<>();
        for (Map.Entry<String, String> p : sortedProperties(view)) {
            if (!FRAGMENT_KEY.matcher(p.getKey()).matches()) {
                continue;
            }
            String value = p.getValue().strip();
            int colon = value.lastIndexOf(':');
            Matcher m = STATIC_FRAGMENT.matcher(colon < 0 ? value : value.substring(0, colon).strip());
            if (colon < 0 || !m.matches()) {
                error(view, p.getKey(), "malformed fragment \"" + value + "\": expected \"alt <label>: <relId>, ...\"");
                continue;
            }
            List<Relationship> enclosed = new ArrayList<>();
            for (String id : value.substring(colon + 1).split(",")) {
                Relationship r = identifiers.getRelationship(id.strip());
                if (r == null || view.getRelationships().stream().noneMatch(rv -> rv.getRelationship().equals(r))) {
                    error(view, p.getKey(), "fragment names relationship \"" + id.strip() + "\", which is not in the view");
                } else {
                    enclosed.add(r);
                }
            }
            fragments.add(new StaticFragment(m.group(1), m.group(2).strip(), enclosed));
        }
        return fragments;
    }

    /** Checks the keys that are not step directives, and every key's shape, on any kind of view. */
    void checkPlainKeys(View view) {
        for (Map.Entry<String, String> p : sortedProperties(view)) {
            String key = p.getKey();
            boolean known = PLAIN_KEYS.contains(key) || NOTE_KEY.matcher(key).matches()
                    || FRAGMENT_KEY.matcher(key).matches() || STEP_KEY.matcher(key).matches()
                    || ARROW_KEY.matcher(key).matches();
            if (!known) {
                error(view, key, "unknown extension property \"" + key + "\"");
            } else if (key.equals("plumbline.direction") && !DIRECTIONS.contains(p.getValue())) {
                error(view, key, "direction must be one of TB, TD, BT, LR, RL, not \"" + p.getValue() + "\"");
            } else if ((STEP_KEY.matcher(key).matches() || ARROW_KEY.matcher(key).matches()
                    || key.equals("plumbline.participants")) && !(view instanceof DynamicView)) {
                error(view, key, "step directives belong to dynamic views only");
            }
        }
    }

    /**
     * The steps in written order. Where the text cannot be matched to what Structurizr parsed (a form Plumbline does
     * not read), the view falls back to Structurizr's own order with a warning: the diagram is still drawn.
     */
    private List<Step> stepsAsWritten(DynamicView view, DslSource.ViewBlock block, Map<Integer, Boolean> arrows) {
        List<RelationshipView> unused = new ArrayList<>(view.getRelationships());
        unused.sort(Comparator.comparing(RelationshipView::getOrder, ExtensionReader::compareOrder));
        List<Step> steps = new ArrayList<>();
        List<DslSource.StepLine> unmatched = new ArrayList<>();
        for (DslSource.StepLine written : block.steps()) {
            if (written.relationship() != null && identifiers.getRelationship(written.relationship()) == null) {
                continue; // not a step: some other statement of one or two words
            }
            Optional<RelationshipView> match = unused.stream().filter(rv -> matches(rv, written)).findFirst();
            if (match.isEmpty()) {
                unmatched.add(written);
                continue;
            }
            RelationshipView rv = match.get();
            unused.remove(rv);
            Relationship r = rv.getRelationship();
            boolean response = Boolean.TRUE.equals(rv.isResponse());
            Element from = response ? r.getDestination() : r.getSource();
            Element to = response ? r.getSource() : r.getDestination();
            String description = rv.getDescription() == null || rv.getDescription().isEmpty()
                    ? r.getDescription() : rv.getDescription();
            steps.add(new Step(steps.size() + 1, written.line(), from, to, description, r, response,
                    written.parallelBlock(), written.branch()));
        }
        if (!unmatched.isEmpty() || !unused.isEmpty()) {
            int line = unmatched.isEmpty() ? block.line() : unmatched.get(0).line();
            findings.add(Finding.warning(block.file(), line, "view \"" + view.getKey() + "\": Plumbline could not "
                    + "match " + Math.max(unmatched.size(), unused.size()) + " step(s) to the DSL text, so its steps "
                    + "follow Structurizr's order; directives anchored to steps may land elsewhere"));
            return stepsByStructurizrOrder(view, arrows);
        }
        return steps;
    }

    private List<Step> stepsByStructurizrOrder(DynamicView view, Map<Integer, Boolean> arrows) {
        List<RelationshipView> ordered = new ArrayList<>(view.getRelationships());
        ordered.sort(Comparator.comparing(RelationshipView::getOrder, ExtensionReader::compareOrder));
        List<Step> steps = new ArrayList<>();
        for (RelationshipView rv : ordered) {
            Relationship r = rv.getRelationship();
            boolean response = Boolean.TRUE.equals(rv.isResponse());
            steps.add(new Step(steps.size() + 1, 0, response ? r.getDestination() : r.getSource(),
                    response ? r.getSource() : r.getDestination(),
                    rv.getDescription() == null || rv.getDescription().isEmpty() ? r.getDescription() : rv.getDescription(),
                    r, response, 0, 0));
        }
        return steps;
    }

    private boolean matches(RelationshipView rv, DslSource.StepLine written) {
        Relationship r = rv.getRelationship();
        if (written.relationship() != null) {
            return r.equals(identifiers.getRelationship(written.relationship()));
        }
        String src = identifierOf(r.getSource());
        String dst = identifierOf(r.getDestination());
        boolean response = Boolean.TRUE.equals(rv.isResponse());
        boolean ends = response
                ? written.source().equals(dst) && written.destination().equals(src)
                : written.source().equals(src) && written.destination().equals(dst);
        String description = rv.getDescription() == null || rv.getDescription().isEmpty()
                ? r.getDescription() : rv.getDescription();
        return ends && (written.description() == null
                || Objects.equals(DirectiveSyntax.text(written.description()), DirectiveSyntax.text(description)));
    }

    private void checkKeys(DynamicView view, int stepCount, Map<Integer, Boolean> arrows, List<Directive> directives) {
        for (Map.Entry<String, String> p : sortedProperties(view)) {
            Matcher arrow = ARROW_KEY.matcher(p.getKey());
            Matcher step = STEP_KEY.matcher(p.getKey());
            if (arrow.matches()) {
                int n = Integer.parseInt(arrow.group(1));
                if (n < 1 || n > stepCount) {
                    error(view, p.getKey(), "no step " + n + " in view \"" + view.getKey() + "\" (it has " + stepCount + ")");
                } else if (p.getValue().equals("dashed") || p.getValue().equals("solid")) {
                    arrows.put(n, p.getValue().equals("dashed"));
                } else {
                    error(view, p.getKey(), "arrow must be \"dashed\" or \"solid\", not \"" + p.getValue() + "\"");
                }
            } else if (step.matches()) {
                int n = Integer.parseInt(step.group(1));
                Directive.Anchor anchor = step.group(2).equals("before") ? Directive.Anchor.BEFORE : Directive.Anchor.AFTER;
                int order = step.group(3) == null ? 1 : Integer.parseInt(step.group(3));
                if (n < 1 || n > stepCount) {
                    error(view, p.getKey(), "no step " + n + " in view \"" + view.getKey() + "\" (it has " + stepCount + ")");
                    continue;
                }
                Optional<Directive> directive = DirectiveSyntax.parse(p.getValue(), n, anchor, order, line(view, p.getKey()));
                if (directive.isEmpty()) {
                    error(view, p.getKey(), "malformed directive \"" + p.getValue() + "\"");
                    continue;
                }
                for (String target : directive.get().targets()) {
                    element(view, fileOf(view), line(view, p.getKey()), target);
                }
                directives.add(directive.get());
            }
        }
    }

    /**
     * Directives written among the steps as {@code // plumbline: <directive>} lines act where they are written, so
     * inserting a message moves nothing else. Between two steps, what closes or annotates ({@code end}, notes,
     * activations) up to the last such line acts after the step above; what follows it (a fragment, branch or divider
     * opening on the step below) acts before the step below. Output keeps the written order either way.
     */
    private void localDirectives(DynamicView view, DslSource.ViewBlock block, int stepCount,
                                 List<Directive> directives) {
        Map<Integer, List<Directive>> gaps = new TreeMap<>();
        for (DslSource.LocalDirective local : block.directives()) {
            if (stepCount == 0) {
                findings.add(Finding.error(block.file(), local.line(), "directive \"" + local.text()
                        + "\" has no step to act on in view \"" + view.getKey() + "\""));
                continue;
            }
            Optional<Directive> parsed = DirectiveSyntax.parse(local.text(), 1, Directive.Anchor.BEFORE, 0,
                    local.line());
            if (parsed.isEmpty()) {
                findings.add(Finding.error(block.file(), local.line(), "malformed directive \"" + local.text() + "\""));
                continue;
            }
            boolean known = true;
            for (String target : parsed.get().targets()) {
                known &= element(view, block.file(), local.line(), target).isPresent();
            }
            if (known) {
                gaps.computeIfAbsent(Math.min(local.after(), stepCount), g -> new ArrayList<>()).add(parsed.get());
            }
        }
        int order = 1000; // after any numbered directive at the same place: the numbered form is the older one
        for (Map.Entry<Integer, List<Directive>> gap : gaps.entrySet()) {
            int above = gap.getKey();
            List<Directive> written = gap.getValue();
            int lastClosing = -1;
            for (int i = 0; i < written.size(); i++) {
                if (closesOrAnnotates(written.get(i).kind())) {
                    lastClosing = i;
                }
            }
            for (int i = 0; i < written.size(); i++) {
                Directive d = written.get(i);
                boolean after = above == stepCount || (above > 0 && i <= lastClosing);
                int step = after ? above : above + 1;
                directives.add(new Directive(step, after ? Directive.Anchor.AFTER : Directive.Anchor.BEFORE, order++,
                        d.kind(), d.keyword(), d.label(), d.targets(), d.text(), d.raw(), d.line()));
            }
        }
    }

    private static boolean closesOrAnnotates(Directive.Kind kind) {
        return switch (kind) {
            case END, NOTE, ACTIVATE, DEACTIVATE -> true;
            case FRAGMENT, ELSE, DIVIDER -> false;
        };
    }

    /** Where a view anchors directives by step number, and how many: the older form, which the rules warn about. */
    record NumberedDirectives(String viewKey, String file, int line, int count) {
    }

    /** The views that use {@code plumbline.step.<n>.before|after}, with the line of their first such property. */
    List<NumberedDirectives> numberedDirectives(List<View> views) {
        List<NumberedDirectives> found = new ArrayList<>();
        for (View view : views) {
            List<Map.Entry<String, String>> numbered = sortedProperties(view).stream()
                    .filter(p -> STEP_KEY.matcher(p.getKey()).matches()).toList();
            if (!numbered.isEmpty()) {
                int first = numbered.stream().mapToInt(p -> line(view, p.getKey())).min().orElse(1);
                found.add(new NumberedDirectives(view.getKey(), fileOf(view), first, numbered.size()));
            }
        }
        return found;
    }

    /** Local directives only make sense among the steps of a dynamic view. */
    void checkLocalDirectivesPlace(View view) {
        DslSource.ViewBlock block = source.view(view.getKey());
        if (block != null && !(view instanceof DynamicView)) {
            for (DslSource.LocalDirective local : block.directives()) {
                findings.add(Finding.error(block.file(), local.line(), "step directives belong to dynamic views only"));
            }
        }
    }

    /** Fragments must open and close in order, and every par must be a native parallel block. */
    private void checkNesting(DynamicView view, List<Step> steps, List<Directive> directives) {
        Deque<Directive> open = new ArrayDeque<>();
        for (Directive d : directives) {
            switch (d.kind()) {
                case FRAGMENT -> {
                    open.push(d);
                    if (d.keyword().equals("par")) {
                        checkParallelStart(view, steps, d);
                    }
                }
                case ELSE -> {
                    String expected = d.keyword().equals("and") ? "par" : "alt";
                    if (open.isEmpty() || !open.peek().keyword().equals(expected)) {
                        findings.add(Finding.error(fileOf(view), d.line(), "\"" + d.keyword() + "\" outside an \""
                                + expected + "\" fragment in view \"" + view.getKey() + "\""));
                    } else if (expected.equals("par")) {
                        checkBranchStart(view, steps, d, open.peek());
                    }
                }
                case END -> {
                    if (open.isEmpty()) {
                        findings.add(Finding.error(fileOf(view), d.line(), "\"end\" closes no fragment in view \""
                                + view.getKey() + "\""));
                    } else {
                        open.pop();
                    }
                }
                default -> { }
            }
        }
        for (Directive d : open) {
            findings.add(Finding.error(fileOf(view), d.line(), "\"" + d.keyword() + "\" fragment is never closed with "
                    + "\"end\" in view \"" + view.getKey() + "\""));
        }
    }

    /** An {@code and} must start a further branch of the same native parallel block as its {@code par}. */
    private void checkBranchStart(DynamicView view, List<Step> steps, Directive and, Directive par) {
        Step first = stepStartingAt(steps, and);
        Step parFirst = stepStartingAt(steps, par);
        boolean native_ = first != null && parFirst != null && first.parallelBlock() == parFirst.parallelBlock()
                && first.branch() > 1
                && (first.number() == 1 || steps.get(first.number() - 2).branch() != first.branch()
                        || steps.get(first.number() - 2).parallelBlock() != first.parallelBlock());
        if (!native_) {
            findings.add(Finding.error(fileOf(view), and.line(), "\"and\" must start a branch of the native "
                    + "parallel block its \"par\" starts in view \"" + view.getKey() + "\""));
        }
    }

    /** The step a directive placed before it (or after the step before it) introduces, or null past the end. */
    private static Step stepStartingAt(List<Step> steps, Directive d) {
        int index = d.anchor() == Directive.Anchor.BEFORE ? d.step() : d.step() + 1;
        return index >= 1 && index <= steps.size() ? steps.get(index - 1) : null;
    }

    private void checkParallelStart(DynamicView view, List<Step> steps, Directive par) {
        Step first = stepStartingAt(steps, par);
        boolean native_ = first != null && first.parallelBlock() != 0 && first.branch() == 1
                && (first.number() == 1 || steps.get(first.number() - 2).parallelBlock() != first.parallelBlock());
        if (!native_) {
            findings.add(Finding.error(fileOf(view), par.line(), "\"par\" must start a native parallel block "
                    + "({ { ... } { ... } }) in view \"" + view.getKey() + "\""));
        }
    }

    private Optional<Element> element(View view, String file, int line, String identifier) {
        Element element = identifiers.getElement(identifier);
        if (element == null) {
            findings.add(Finding.error(file, line, "unknown element \"" + identifier + "\""));
            return Optional.empty();
        }
        if (view instanceof ModelView mv && mv.getElements().stream().noneMatch(ev -> ev.getElement().equals(element))) {
            findings.add(Finding.error(file, line, "element \"" + identifier + "\" is not in view \"" + view.getKey()
                    + "\""));
            return Optional.empty();
        }
        return Optional.of(element);
    }

    private void error(View view, String key, String message) {
        findings.add(Finding.error(fileOf(view), line(view, key), message));
    }

    private String fileOf(View view) {
        return source.viewLocation(view.getKey()).file();
    }

    private int line(View view, String key) {
        DslSource.ViewBlock block = source.view(view.getKey());
        if (block == null) {
            return source.viewLine(view.getKey());
        }
        return block.propertyLines().getOrDefault(key, block.line());
    }

    private static List<Map.Entry<String, String>> sortedProperties(View view) {
        Set<String> seen = new HashSet<>();
        return view.getProperties().entrySet().stream()
                .filter(e -> e.getKey().startsWith("plumbline.") && seen.add(e.getKey()))
                .sorted(Map.Entry.comparingByKey(ExtensionReader::compareKeys))
                .toList();
    }

    /** Natural order of dotted keys, so step 10 sorts after step 9. */
    static int compareKeys(String a, String b) {
        String[] pa = a.split("\\.");
        String[] pb = b.split("\\.");
        for (int i = 0; i < Math.min(pa.length, pb.length); i++) {
            int c = compareOrder(pa[i], pb[i]);
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(pa.length, pb.length);
    }

    static int compareOrder(String a, String b) {
        boolean na = a != null && a.matches("\\d+");
        boolean nb = b != null && b.matches("\\d+");
        if (na && nb) {
            return Long.compare(Long.parseLong(a), Long.parseLong(b));
        }
        return String.valueOf(a).compareTo(String.valueOf(b));
    }
}
