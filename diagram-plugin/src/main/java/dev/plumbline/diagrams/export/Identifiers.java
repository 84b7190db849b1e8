package dev.plumbline.diagrams.export;

import com.structurizr.model.Element;
import com.structurizr.view.ElementView;
import com.structurizr.view.View;
import com.structurizr.view.ModelView;
import dev.plumbline.model.ModelWorkspace;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Diagram identifiers: the DSL identifier where there is one (so the text reads like the model), reduced to letters,
 * digits and underscores, kept clear of the keywords of both syntaxes, and unique within the diagram.
 */
final class Identifiers {

    // Words either syntax would read as a keyword where an identifier stands (compared case-insensitively).
    private static final Set<String> RESERVED = Set.of("end", "else", "and", "alt", "opt", "loop", "par", "break",
            "critical", "group", "rect", "note", "over", "of", "left", "right", "top", "bottom", "activate",
            "deactivate", "participant", "actor", "database", "queue", "title", "as", "on", "link", "box", "option",
            "autonumber", "create", "destroy", "graph", "flowchart", "subgraph", "style", "class", "classdef", "click",
            "linkstyle", "default", "direction", "call", "href", "acctitle", "accdescr", "skinparam", "hide", "show",
            "package", "node", "rectangle", "cloud", "component", "sequencediagram", "links", "properties", "details");

    private final ModelWorkspace workspace;
    private final Map<Element, String> assigned = new HashMap<>();
    private final Map<String, Element> byDslIdentifier = new HashMap<>();
    private final Set<String> used = new HashSet<>();

    Identifiers(ModelWorkspace workspace, View view) {
        this.workspace = workspace;
        // Assign the view's own elements first, in model order, so ids never depend on the order of the walk.
        if (view instanceof ModelView model) {
            model.getElements().stream().map(ElementView::getElement)
                    .sorted(Comparator.comparing(Element::getId, Identifiers::compareNatural))
                    .forEach(this::of);
        }
    }

    String of(Element element) {
        String id = assigned.get(element);
        if (id == null) {
            String dsl = workspace.identifier(element);
            id = unique(sanitize(dsl));
            assigned.put(element, id);
            byDslIdentifier.putIfAbsent(dsl, element);
        }
        return id;
    }

    /** The diagram id of the element a directive or property names by its DSL identifier. */
    String ofIdentifier(String dslIdentifier) {
        return of(elementOf(dslIdentifier));
    }

    Element elementOf(String dslIdentifier) {
        Element element = byDslIdentifier.get(dslIdentifier);
        if (element == null) {
            // Not drawn yet: a participant a sequence declares without a message may be outside the view's elements.
            element = workspace.structurizr().getModel().getElements().stream()
                    .filter(e -> dslIdentifier.equals(workspace.identifier(e)))
                    .min(Comparator.comparing(Element::getId, Identifiers::compareNatural)).orElse(null);
        }
        if (element == null) {
            throw new IllegalArgumentException("unknown element \"" + dslIdentifier + "\"");
        }
        return element;
    }

    /** An id for something that is not a model element (a group, a note). */
    String synthetic(String wanted) {
        return unique(sanitize(wanted));
    }

    private String unique(String base) {
        String id = base;
        for (int n = 2; !used.add(id.toLowerCase(Locale.ROOT)); n++) {
            id = base + "_" + n;
        }
        return id;
    }

    static String sanitize(String raw) {
        StringBuilder id = new StringBuilder();
        for (char c : raw.toCharArray()) {
            id.append(c < 128 && (Character.isLetterOrDigit(c) || c == '_') ? c : '_');
        }
        if (id.isEmpty() || !Character.isLetter(id.charAt(0))) {
            id.insert(0, 'e');
        }
        if (RESERVED.contains(id.toString().toLowerCase(Locale.ROOT))) {
            id.append('_');
        }
        return id.toString();
    }

    /** Numbers by value (Structurizr's ids and orders are numeric strings), anything else as text. */
    static int compareNatural(String a, String b) {
        boolean na = a.matches("\\d{1,18}");
        boolean nb = b.matches("\\d{1,18}");
        if (na && nb) {
            return Long.compare(Long.parseLong(a), Long.parseLong(b));
        }
        if (na != nb) {
            return na ? -1 : 1;
        }
        return a.compareTo(b);
    }
}
