package dev.plumbline.model;

import com.structurizr.Workspace;
import com.structurizr.model.ContainerInstance;
import com.structurizr.model.Element;
import com.structurizr.model.Relationship;
import com.structurizr.model.SoftwareSystemInstance;
import com.structurizr.view.ModelView;
import com.structurizr.view.View;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Plumbline's own model rules (structurizr-inspection is not published for Structurizr 6): every element and
 * relationship described, no element left out of every view, no empty view. How severe each is comes from
 * {@link Rules}: lint in users' workspaces, errors in Plumbline's own.
 */
final class ModelRules {

    private ModelRules() {
    }

    static List<Finding> check(Workspace workspace, DslSource source, ExtensionReader extension, Locator locator,
                               Rules rules) {
        List<Finding> findings = new ArrayList<>();
        Set<Element> shown = shownElements(workspace, extension);
        for (Element element : workspace.getModel().getElements()) {
            if (element instanceof ContainerInstance || element instanceof SoftwareSystemInstance) {
                continue; // instances take their description from what they are instances of
            }
            DslSource.Location at = locator.of(element);
            if (isBlank(element.getDescription())) {
                rules.finding(Rules.Rule.DESCRIPTION, at.file(), at.line(),
                        "element \"" + element.getName() + "\" has no description").ifPresent(findings::add);
            }
            if (!shown.contains(element)) {
                rules.finding(Rules.Rule.ORPHAN, at.file(), at.line(),
                        "element \"" + element.getName() + "\" appears in no view").ifPresent(findings::add);
            }
        }
        for (Relationship r : workspace.getModel().getRelationships()) {
            if (isBlank(r.getDescription()) && r.getLinkedRelationshipId() == null) {
                DslSource.Location at = locator.of(r);
                rules.finding(Rules.Rule.DESCRIPTION, at.file(), at.line(), "relationship " + r.getSource().getName()
                        + " -> " + r.getDestination().getName() + " has no description").ifPresent(findings::add);
            }
        }
        for (View view : workspace.getViews().getViews()) {
            if (view instanceof ModelView mv && mv.getElements().isEmpty()) {
                DslSource.Location at = source.viewLocation(view.getKey());
                rules.finding(Rules.Rule.EMPTY_VIEW, at.file(), at.line(), "view \"" + view.getKey() + "\" is empty")
                        .ifPresent(findings::add);
            }
        }
        return findings;
    }

    /**
     * Elements in some view, and every ancestor of those: a system whose containers are drawn is not orphaned. So are
     * the containers and systems of the instances a deployment view draws.
     */
    private static Set<Element> shownElements(Workspace workspace, ExtensionReader extension) {
        Set<Element> shown = new HashSet<>();
        for (View view : workspace.getViews().getViews()) {
            for (Element declared : extension.declaredParticipants(view)) {
                for (Element e = declared; e != null; e = e.getParent()) {
                    shown.add(e);
                }
            }
            if (view instanceof ModelView mv) {
                mv.getElements().forEach(ev -> {
                    for (Element e = ev.getElement(); e != null; e = e.getParent()) {
                        shown.add(e);
                    }
                    // A container drawn only as its instances in a deployment view is still drawn.
                    Element instanceOf = switch (ev.getElement()) {
                        case ContainerInstance ci -> ci.getContainer();
                        case SoftwareSystemInstance si -> si.getSoftwareSystem();
                        default -> null;
                    };
                    for (Element e = instanceOf; e != null; e = e.getParent()) {
                        shown.add(e);
                    }
                });
            }
        }
        return shown;
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
