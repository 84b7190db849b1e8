package dev.plumbline.diagrams.export;

import com.structurizr.model.Component;
import com.structurizr.model.Container;
import com.structurizr.model.Element;
import com.structurizr.model.GroupableElement;
import com.structurizr.view.ComponentView;
import com.structurizr.view.ContainerView;
import com.structurizr.view.DeploymentView;
import com.structurizr.view.ElementView;
import com.structurizr.view.ModelView;
import dev.plumbline.model.ModelWorkspace;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What a static view draws inside what: software-system boundaries around containers, container boundaries around
 * components, deployment nodes around what they host, and groups (nested by the workspace's group separator) at
 * every level. Children keep model order (Structurizr ids grow in the order the DSL defines elements).
 */
final class ViewTree {

    /** A box: an element boundary ({@code element} set) or a group ({@code groupName} set). */
    record Branch(Element element, String groupName, int ordinal, List<Object> children) {
    }

    private final ModelView view;
    private final Set<Element> inView;
    private final String separator;
    private final Map<String, Branch> branches = new HashMap<>();
    private final Branch root = new Branch(null, "", 0, new ArrayList<>());
    private int groups;

    private ViewTree(ModelWorkspace workspace, ModelView view) {
        this.view = view;
        this.inView = view.getElements().stream().map(ElementView::getElement).collect(Collectors.toSet());
        String sep = workspace.structurizr().getModel().getProperties().get("structurizr.groupSeparator");
        this.separator = sep == null || sep.isEmpty() ? null : sep;
    }

    /** The tree of what the view draws, of the elements {@code shows} keeps (a filtered view's tags). */
    static ViewTree of(ModelWorkspace workspace, ModelView view, java.util.function.Predicate<Element> shows) {
        ViewTree tree = new ViewTree(workspace, view);
        tree.inView.removeIf(shows.negate());
        List<Element> elements = view.getElements().stream().map(ElementView::getElement).filter(shows)
                .sorted(Comparator.comparing(Element::getId, Identifiers::compareNatural)).toList();
        Set<Element> boxes = elements.stream().map(tree::boxParent).filter(p -> p != null)
                .collect(Collectors.toSet());
        for (Element element : elements) {
            if (boxes.contains(element)) {
                tree.branchOf(element);
            } else {
                tree.place(element).children().add(element);
            }
        }
        return tree;
    }

    Branch root() {
        return root;
    }

    /** The branch an element is drawn in: its box parent's branch, then its groups inside that. */
    private Branch place(Element element) {
        Element parent = boxParent(element);
        Branch branch = parent == null ? root : branchOf(parent);
        String key = parent == null ? "" : "E" + parent.getId();
        String group = element instanceof GroupableElement g ? g.getGroup() : null;
        if (group == null || group.isBlank()) {
            return branch;
        }
        List<String> segments = separator == null ? List.of(group) : List.of(group.split(Pattern.quote(separator)));
        StringBuilder path = new StringBuilder(key);
        for (String segment : segments) {
            path.append("/G").append(segment);
            Branch outer = branch;
            branch = branches.computeIfAbsent(path.toString(), k -> {
                Branch g = new Branch(null, segment.strip(), ++groups, new ArrayList<>());
                outer.children().add(g);
                return g;
            });
        }
        return branch;
    }

    private Branch branchOf(Element element) {
        Branch existing = branches.get("E" + element.getId());
        if (existing != null) {
            return existing;
        }
        Branch outer = place(element);
        Branch branch = new Branch(element, "", 0, new ArrayList<>());
        outer.children().add(branch);
        branches.put("E" + element.getId(), branch);
        return branch;
    }

    /**
     * The element drawn around this one, or null: the software system around a container in a container view, the
     * container around a component in a component view, the deployment node around anything in a deployment view,
     * and any parent the view itself includes.
     */
    private Element boxParent(Element element) {
        Element parent = element.getParent();
        if (parent == null) {
            return null;
        }
        boolean implicit = (view instanceof ContainerView && element instanceof Container)
                || (view instanceof ComponentView && element instanceof Component)
                || view instanceof DeploymentView;
        return implicit || inView.contains(parent) ? parent : null;
    }
}
