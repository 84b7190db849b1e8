package dev.plumbline.archunit;

import com.structurizr.model.Container;
import com.structurizr.model.Element;
import com.structurizr.model.Relationship;
import com.structurizr.model.SoftwareSystem;
import com.tngtech.archunit.core.domain.PackageMatcher;
import dev.plumbline.model.Finding;
import dev.plumbline.model.ModelWorkspace;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * One level of the model checked against code: the mapped containers of a software system, or the mapped components
 * of a container, with the relationships between them in the direction of the code dependency.
 *
 * @param file          the workspace as messages name it
 * @param parent        the system or container whose children are checked
 * @param parentKind    {@code software system} or {@code container}
 * @param parentName    its DSL identifier
 * @param parentLine    the line of its declaration
 * @param elements      its children that carry {@code plumbline.code}, in identifier order
 * @param restriction   the parent's own patterns, if it has any: classes outside them are not this level's concern
 * @param relationships the model's relationships between two of the elements, code dependencies only
 */
record Scope(String file, Element parent, String parentKind, String parentName, int parentLine,
             List<MappedElement> elements,
             List<MappedElement.Pattern> restriction, List<CodeRelationship> relationships) {

    /** Element property naming an element's code; relationship property saying how the code dependency runs. */
    static final String CODE = "plumbline.code";
    static final String REVERSED = "reversed";
    static final String NONE = "none";
    static final String FORWARD = "forward";
    /** Tags that say the same as the relationship property, for a relationship written on one line. */
    static final String REVERSED_TAG = "plumbline.code.reversed";
    static final String NONE_TAG = "plumbline.code.none";

    Scope {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(parent, "parent");
        elements = List.copyOf(elements);
        restriction = List.copyOf(restriction);
        relationships = List.copyOf(relationships);
    }

    String level() {
        return parent instanceof SoftwareSystem ? "container" : "component";
    }

    /** {@code containers of Shop}: the words rule descriptions use, stable across machines. */
    String described() {
        return level() + "s of " + parent.getName();
    }

    boolean inRestriction(String packageName) {
        if (restriction.isEmpty()) {
            return true;
        }
        for (MappedElement.Pattern pattern : restriction) {
            if (pattern.matcher().matches(packageName)) {
                return true;
            }
        }
        return false;
    }

    static String location(String file, int line) {
        return line > 0 ? file + ":" + line : file;
    }

    /** Builds the scope under {@code parent}; every problem with the mapping is a finding at its DSL line. */
    static Scope of(ModelWorkspace workspace, Element parent, Set<String> only, List<Finding> problems) {
        String file = workspace.file();
        String parentKind = parent instanceof SoftwareSystem ? "software system" : "container";
        List<MappedElement> elements = new ArrayList<>();
        for (Element child : children(parent)) {
            if (!child.getProperties().containsKey(CODE)) {
                continue;
            }
            String id = workspace.identifier(child);
            if (!only.isEmpty() && !only.contains(id)) {
                continue;
            }
            String kind = child instanceof Container ? "container" : "component";
            elements.add(new MappedElement(child, id, kind, workspace.line(child),
                    patterns(file, workspace.line(child), kind + " " + id, child.getProperties().get(CODE), problems)));
        }
        elements.sort(Comparator.comparing(MappedElement::identifier));
        List<MappedElement.Pattern> restriction = parent.getProperties().containsKey(CODE)
                ? patterns(file, workspace.line(parent), parentKind + " " + workspace.identifier(parent),
                        parent.getProperties().get(CODE), problems)
                : List.of();
        if (elements.isEmpty()) {
            problems.add(error(file, workspace.line(parent), "no " + (parent instanceof SoftwareSystem ? "container"
                    : "component") + " of " + parentKind + " \"" + parent.getName() + "\" carries a \"" + CODE
                    + "\" property" + (only.isEmpty() ? "" : " among " + String.join(", ", only.stream().sorted().toList()))
                    + ", so there is no code to check; map one to ArchUnit package patterns, e.g. \"" + CODE
                    + "\" \"com.example.orders..\""));
        }
        claimedTwice(file, elements, problems);
        return new Scope(file, parent, parentKind, workspace.identifier(parent), workspace.line(parent), elements,
                restriction,
                relationships(workspace, elements, problems));
    }

    private static List<Element> children(Element parent) {
        List<Element> children = new ArrayList<>();
        if (parent instanceof SoftwareSystem system) {
            children.addAll(system.getContainers());
        } else if (parent instanceof Container container) {
            children.addAll(container.getComponents());
        }
        return children;
    }

    private static List<MappedElement.Pattern> patterns(String file, int line, String owner, String value,
                                                        List<Finding> problems) {
        List<MappedElement.Pattern> patterns = new ArrayList<>();
        String[] parts = value.split(",", -1);
        for (String part : parts) {
            String text = part.strip();
            if (text.isEmpty()) {
                problems.add(error(file, line, CODE + " of " + owner + " has an empty package pattern in \"" + value
                        + "\"; separate patterns with single commas"));
                continue;
            }
            try {
                patterns.add(new MappedElement.Pattern(text, PackageMatcher.of(text)));
            } catch (IllegalArgumentException e) {
                problems.add(error(file, line, CODE + " of " + owner + ": \"" + text
                        + "\" is not an ArchUnit package pattern (" + e.getMessage() + ")"));
            }
        }
        for (MappedElement.Pattern pattern : patterns) {
            // ArchUnit accepts a pattern with whitespace or a slash and then matches nothing: say so now.
            if (!pattern.text().matches("[\\p{L}\\p{N}_$.*()|\\[\\]]+")) {
                problems.add(error(file, line, CODE + " of " + owner + ": \"" + pattern.text()
                        + "\" is not an ArchUnit package pattern (a package name such as com.example.orders, with .. and * as wildcards)"));
            }
        }
        return patterns.stream().filter(p -> p.text().matches("[\\p{L}\\p{N}_$.*()|\\[\\]]+")).toList();
    }

    /** The same pattern named by two elements: the classes it matches could belong to either. */
    private static void claimedTwice(String file, List<MappedElement> elements, List<Finding> problems) {
        Map<String, MappedElement> claims = new HashMap<>();
        List<MappedElement> byLine = elements.stream().sorted(Comparator.comparingInt(MappedElement::line)).toList();
        for (MappedElement element : byLine) {
            for (MappedElement.Pattern pattern : element.patterns()) {
                MappedElement first = claims.putIfAbsent(pattern.text(), element);
                if (first != null && first != element) {
                    problems.add(error(file, element.line(), element.kind() + " " + element.identifier()
                            + " claims package pattern \"" + pattern.text() + "\", which " + first.described(file)
                            + " already claims; a package belongs to one element"));
                }
            }
        }
    }

    /**
     * The relationships whose two ends are (or lie inside) two different mapped elements, turned the way the code
     * depends. A relationship marked {@code none} is no code dependency and is left out. Implied relationships,
     * which copy a written one's description to the parents, collapse into the written one.
     */
    private static List<CodeRelationship> relationships(ModelWorkspace workspace, List<MappedElement> elements,
                                                        List<Finding> problems) {
        Map<Element, MappedElement> byElement = new HashMap<>();
        elements.forEach(e -> byElement.put(e.element(), e));
        Map<String, CodeRelationship> kept = new LinkedHashMap<>();
        Map<String, Integer> depth = new HashMap<>();
        List<Relationship> all = workspace.structurizr().getModel().getRelationships().stream()
                .sorted(Comparator.comparingInt((Relationship r) -> workspace.line(r)).thenComparing(Relationship::getId)).toList();
        for (Relationship r : all) {
            MappedElement source = enclosing(r.getSource(), byElement);
            MappedElement destination = enclosing(r.getDestination(), byElement);
            String how = how(r);
            if (!Set.of(REVERSED, NONE, FORWARD).contains(how)) {
                problems.add(error(workspace.file(), workspace.line(r), "relationship property \"" + CODE + "\" is \""
                        + r.getProperties().get(CODE) + "\"; use \"" + REVERSED + "\" (the code dependency runs the "
                        + "other way) or \"" + NONE + "\" (no code dependency)"));
                continue;
            }
            if (source == null || destination == null || source == destination || how.equals(NONE)) {
                continue;
            }
            boolean reversed = how.equals(REVERSED);
            MappedElement from = reversed ? destination : source;
            MappedElement to = reversed ? source : destination;
            String key = from.identifier() + "\u0000" + to.identifier() + "\u0000" + r.getDescription();
            int d = depth(r.getSource()) + depth(r.getDestination());
            if (depth.containsKey(key) && depth.get(key) >= d) {
                continue;
            }
            depth.put(key, d);
            String written = workspace.identifier(r.getSource()) + " -> " + workspace.identifier(r.getDestination())
                    + " \"" + r.getDescription() + "\"";
            kept.put(key, new CodeRelationship(r, from, to, reversed, workspace.line(r), written));
        }
        return kept.values().stream().sorted(Comparator.comparingInt(CodeRelationship::line)
                .thenComparing(CodeRelationship::written)).toList();
    }

    /** {@code reversed}, {@code none}, or {@code forward} (the default), from the property or a tag. */
    static String how(Relationship r) {
        String property = r.getProperties().get(CODE);
        if (property != null) {
            return property.strip().toLowerCase(Locale.ROOT);
        }
        if (r.hasTag(NONE_TAG)) {
            return NONE;
        }
        return r.hasTag(REVERSED_TAG) ? REVERSED : FORWARD;
    }

    private static MappedElement enclosing(Element element, Map<Element, MappedElement> mapped) {
        for (Element e = element; e != null; e = e.getParent()) {
            MappedElement m = mapped.get(e);
            if (m != null) {
                return m;
            }
        }
        return null;
    }

    private static int depth(Element element) {
        int depth = 0;
        for (Element e = element; e != null; e = e.getParent()) {
            depth++;
        }
        return depth;
    }

    static Finding error(String file, int line, String message) {
        return new Finding(file, line, Finding.Severity.ERROR, message);
    }
}
