package dev.plumbline.diagrams.site.changes;

import com.structurizr.model.Element;
import com.structurizr.model.Relationship;
import com.structurizr.view.View;
import dev.plumbline.diagrams.export.ViewExporter;
import dev.plumbline.diagrams.site.changes.ArchitectureChanges.Change;
import dev.plumbline.diagrams.site.changes.ArchitectureChanges.Kind;
import dev.plumbline.diagrams.site.changes.ArchitectureChanges.Subject;
import dev.plumbline.model.ModelWorkspace;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The changes between two loads of a workspace. Elements are matched by canonical name, relationships by their
 * ends and label, views by key; a view changed when the diagram it exports to changed, which covers layout-free
 * edits too (a renamed element, a new step).
 */
final class ModelDiff {

    private ModelDiff() {
    }

    static List<Change> between(String workspace, Optional<ModelWorkspace> before, ModelWorkspace after) {
        List<Change> changes = new ArrayList<>();
        Map<String, Element> oldElements = before.map(w -> byKey(w.structurizr().getModel().getElements(),
                Element::getCanonicalName)).orElse(new TreeMap<>());
        Map<String, Element> newElements = byKey(after.structurizr().getModel().getElements(), Element::getCanonicalName);
        compare(workspace, Subject.ELEMENT, oldElements, newElements, Element::getName, ModelDiff::elementDetail,
                changes);
        Map<String, Relationship> oldRelationships = before.map(w -> byKey(w.structurizr().getModel()
                .getRelationships(), ModelDiff::relationshipKey)).orElse(new TreeMap<>());
        Map<String, Relationship> newRelationships = byKey(after.structurizr().getModel().getRelationships(),
                ModelDiff::relationshipKey);
        compare(workspace, Subject.RELATIONSHIP, oldRelationships, newRelationships, ModelDiff::relationshipName,
                ModelDiff::relationshipDetail, changes);
        Map<String, ViewText> oldViews = before.map(ModelDiff::views).orElse(new TreeMap<>());
        compare(workspace, Subject.VIEW, oldViews, views(after), ViewText::title,
                (a, b) -> a.text().equals(b.text()) ? "" : "diagram", changes);
        return changes;
    }

    private record ViewText(String title, String text) {
    }

    private static Map<String, ViewText> views(ModelWorkspace workspace) {
        Map<String, ViewText> views = new TreeMap<>();
        for (View view : workspace.views()) {
            StringBuilder text = new StringBuilder(String.valueOf(view.getTitle())).append('\n')
                    .append(String.valueOf(view.getDescription())).append('\n');
            // the generated-marker line differs by nothing but the key, which already matches
            ViewExporter.formatsFor(view).forEach(f -> text.append(ViewExporter.export(workspace, view, f)));
            String title = view.getTitle() == null || view.getTitle().isBlank() ? view.getKey() : view.getTitle();
            views.put(view.getKey(), new ViewText(title, text.toString()));
        }
        return views;
    }

    private static <T> void compare(String workspace, Subject subject, Map<String, T> before, Map<String, T> after,
            Function<T, String> name, java.util.function.BiFunction<T, T, String> detail, List<Change> changes) {
        for (Map.Entry<String, T> entry : before.entrySet()) {
            if (!after.containsKey(entry.getKey())) {
                changes.add(new Change(subject, Kind.REMOVED, workspace, entry.getKey(), name.apply(entry.getValue()), ""));
            }
        }
        for (Map.Entry<String, T> entry : after.entrySet()) {
            T old = before.get(entry.getKey());
            if (old == null) {
                changes.add(new Change(subject, Kind.ADDED, workspace, entry.getKey(), name.apply(entry.getValue()), ""));
            } else {
                String what = detail.apply(old, entry.getValue());
                if (!what.isEmpty()) {
                    changes.add(new Change(subject, Kind.CHANGED, workspace, entry.getKey(),
                            name.apply(entry.getValue()), what));
                }
            }
        }
    }

    private static String elementDetail(Element a, Element b) {
        List<String> what = new ArrayList<>();
        if (!Objects.equals(blank(a.getDescription()), blank(b.getDescription()))) {
            what.add("description");
        }
        if (!Objects.equals(blank(technology(a)), blank(technology(b)))) {
            what.add("technology");
        }
        if (!Objects.equals(a.getTagsAsSet(), b.getTagsAsSet())) {
            what.add("tags");
        }
        if (!Objects.equals(authored(a.getProperties()), authored(b.getProperties()))) {
            what.add("properties");
        }
        if (!Objects.equals(blank(a.getUrl()), blank(b.getUrl()))) {
            what.add("url");
        }
        return String.join(", ", what);
    }

    private static String relationshipDetail(Relationship a, Relationship b) {
        List<String> what = new ArrayList<>();
        if (!Objects.equals(blank(a.getTechnology()), blank(b.getTechnology()))) {
            what.add("technology");
        }
        if (!Objects.equals(a.getTagsAsSet(), b.getTagsAsSet())) {
            what.add("tags");
        }
        if (!Objects.equals(authored(a.getProperties()), authored(b.getProperties()))) {
            what.add("properties");
        }
        return String.join(", ", what);
    }

    /**
     * The properties the author wrote: Structurizr's DSL adds its own (an element declared without an identifier gets
     * a random one in {@code structurizr.dsl.identifier}), which differ on every load.
     */
    private static Map<String, String> authored(Map<String, String> properties) {
        Map<String, String> authored = new TreeMap<>(properties);
        authored.keySet().removeIf(key -> key.startsWith("structurizr.dsl."));
        return authored;
    }

    static String relationshipKey(Relationship relationship) {
        return relationship.getSource().getCanonicalName() + " -> " + relationship.getDestination().getCanonicalName()
                + " : " + blank(relationship.getDescription());
    }

    private static String relationshipName(Relationship relationship) {
        String label = blank(relationship.getDescription());
        return relationship.getSource().getName() + " → " + relationship.getDestination().getName()
                + (label.isEmpty() ? "" : ": " + label);
    }

    private static String technology(Element element) {
        return switch (element) {
            case com.structurizr.model.Container c -> c.getTechnology();
            case com.structurizr.model.Component c -> c.getTechnology();
            case com.structurizr.model.DeploymentNode d -> d.getTechnology();
            case com.structurizr.model.InfrastructureNode i -> i.getTechnology();
            default -> "";
        };
    }

    private static String blank(String value) {
        return value == null ? "" : value;
    }

    private static <T> Map<String, T> byKey(java.util.Collection<T> items, Function<T, String> key) {
        Map<String, T> map = new TreeMap<>();
        for (T item : items) {
            map.putIfAbsent(key.apply(item), item);
        }
        return map;
    }
}
