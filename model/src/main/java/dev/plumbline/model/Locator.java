package dev.plumbline.model;

import com.structurizr.dsl.IdentifiersRegister;
import com.structurizr.model.DeploymentElement;
import com.structurizr.model.Element;
import com.structurizr.model.Model;
import com.structurizr.model.Relationship;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Finds where the DSL declares a model element or relationship, whatever form the author used: an identifier (flat or
 * hierarchical), no identifier at all (found by its names), inside {@code !extend} or an included file. What cannot be
 * found (an element a script or plugin made) is placed at the model block, never at line 0.
 */
final class Locator {

    private final DslSource source;
    private final IdentifiersRegister identifiers;
    private final Model model;

    Locator(DslSource source, IdentifiersRegister identifiers, Model model) {
        this.source = Objects.requireNonNull(source, "source");
        this.identifiers = Objects.requireNonNull(identifiers, "identifiers");
        this.model = Objects.requireNonNull(model, "model");
    }

    DslSource.Location of(Element element) {
        return source.elementLocation(identifiers.findIdentifier(element), namePath(element));
    }

    DslSource.Location of(Relationship relationship) {
        DslSource.RelationshipLine loose = null;
        for (DslSource.RelationshipLine line : source.relationships()) {
            String id = line.identifier();
            if (id != null && relationship.equals(identifiers.getRelationship(id))) {
                return line.location();
            }
            if (ends(line, relationship)) {
                boolean sameText = line.description() == null
                        || line.description().equals(Objects.requireNonNullElse(relationship.getDescription(), ""));
                if (sameText) {
                    return line.location();
                }
                if (loose == null) {
                    loose = line;
                }
            }
        }
        return loose != null ? loose.location() : of(relationship.getSource());
    }

    /** Whether a written relationship joins the relationship's two elements. */
    private boolean ends(DslSource.RelationshipLine line, Relationship relationship) {
        Element source = line.source() == null || line.source().equals("this")
                ? enclosing(line) : resolve(line.source(), line.scope());
        return relationship.getSource().equals(source)
                && relationship.getDestination().equals(resolve(line.destination(), line.scope()));
    }

    private Element enclosing(DslSource.RelationshipLine line) {
        if (!line.scope().isEmpty()) {
            Element element = identifiers.getElement(line.scope().get(0));
            if (element != null) {
                return element;
            }
        }
        return line.enclosingNamePath() == null ? null : byNamePath(line.enclosingNamePath());
    }

    /** An identifier as written, resolved as Structurizr does: as it is, else relative to the enclosing elements. */
    private Element resolve(String written, List<String> scope) {
        Element element = identifiers.getElement(written);
        for (int i = 0; element == null && i < scope.size(); i++) {
            element = identifiers.getElement(scope.get(i) + "." + written);
        }
        return element;
    }

    private Element byNamePath(String namePath) {
        for (Element element : model.getElements()) {
            if (namePath.equals(namePath(element))) {
                return element;
            }
        }
        return null;
    }

    /** The names from the outermost parent down; deployment elements start with their environment. */
    static String namePath(Element element) {
        List<String> names = new ArrayList<>();
        for (Element e = element; e != null; e = e.getParent()) {
            names.add(0, e.getName());
        }
        if (element instanceof DeploymentElement deployment && deployment.getEnvironment() != null) {
            names.add(0, deployment.getEnvironment());
        }
        return String.join("/", names);
    }
}
