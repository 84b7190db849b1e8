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
 * relationship described, no element left out of every view, no empty view.
 */
final class ModelRules {

    private ModelRules() {
    }

    static List<Finding> check(Workspace workspace, DslSource source, ExtensionReader extension) {
        List<Finding> findings = new ArrayList<>();
        Set<Element> shown = shownElements(workspace, extension);
        for (Element element : workspace.getModel().getElements()) {
            if (element instanceof ContainerInstance || element instanceof SoftwareSystemInstance) {
                continue; // instances take their description from what they are instances of
            }
            String id = extension.identifierOf(element);
            if (isBlank(element.getDescription())) {
                findings.add(Finding.error(source.file(), source.elementLine(id),
                        "element \"" + element.getName() + "\" has no description"));
            }
            if (!shown.contains(element)) {
                findings.add(Finding.error(source.file(), source.elementLine(id),
                        "element \"" + element.getName() + "\" appears in no view"));
            }
        }
        for (Relationship r : workspace.getModel().getRelationships()) {
            if (isBlank(r.getDescription()) && r.getLinkedRelationshipId() == null) {
                findings.add(Finding.error(source.file(),
                        source.relationshipLine(null, extension.identifierOf(r.getSource()),
                                extension.identifierOf(r.getDestination()), null),
                        "relationship " + r.getSource().getName() + " -> " + r.getDestination().getName()
                                + " has no description"));
            }
        }
        for (View view : workspace.getViews().getViews()) {
            if (view instanceof ModelView mv && mv.getElements().isEmpty()) {
                findings.add(Finding.error(source.file(), source.viewLine(view.getKey()),
                        "view \"" + view.getKey() + "\" is empty"));
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
