package dev.plumbline.model;

import com.structurizr.Workspace;
import com.structurizr.dsl.IdentifiersRegister;
import com.structurizr.model.Element;
import com.structurizr.model.Relationship;
import com.structurizr.model.SoftwareSystem;
import com.structurizr.view.DynamicView;
import com.structurizr.view.ModelView;
import com.structurizr.view.View;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** One loaded workspace: the Structurizr model plus what Plumbline knows about its source and extension. */
public final class ModelWorkspace {

    private final String file;
    private final Workspace workspace;
    private final DslSource source;
    private final IdentifiersRegister identifiers;

    ModelWorkspace(String file, Workspace workspace, DslSource source, IdentifiersRegister identifiers) {
        this.file = Objects.requireNonNull(file, "file");
        this.workspace = Objects.requireNonNull(workspace, "workspace");
        this.source = Objects.requireNonNull(source, "source");
        this.identifiers = Objects.requireNonNull(identifiers, "identifiers");
    }

    /** The file it was loaded from: a path, or the classpath resource name. */
    public String file() {
        return file;
    }

    public String name() {
        return workspace.getName();
    }

    /** The Structurizr workspace itself, for everything this API does not wrap. */
    public Workspace structurizr() {
        return workspace;
    }

    public List<SoftwareSystem> systems() {
        return workspace.getModel().getSoftwareSystems().stream()
                .sorted(Comparator.comparing(SoftwareSystem::getName)).toList();
    }

    /** Every view, in the order the workspace defines them. */
    public List<View> views() {
        List<View> views = new ArrayList<>(workspace.getViews().getViews());
        views.sort(Comparator.comparingInt((View v) -> source.viewLine(v.getKey())).thenComparing(View::getKey));
        return views;
    }

    public Optional<View> view(String key) {
        return Optional.ofNullable(workspace.getViews().getViewWithKey(key));
    }

    /** The DSL identifier of an element, which the extension's directives use. */
    public String identifier(Element element) {
        return reader().identifierOf(element);
    }

    /** A dynamic view's steps in written order with its fragments, notes, dividers and activations. */
    public Sequence sequence(DynamicView view) {
        return reader().sequence(view);
    }

    public List<StaticNote> notes(ModelView view) {
        return reader().staticNotes(view);
    }

    public List<StaticFragment> fragments(ModelView view) {
        return reader().staticFragments(view);
    }

    /** The line of a view's definition in {@link #file()}, 0 if unknown. */
    public int line(View view) {
        return source.viewLine(view.getKey());
    }

    /** The line of an element's declaration in {@link #file()}, 0 if unknown. */
    public int line(Element element) {
        return source.elementLine(identifier(element));
    }

    /**
     * The line of a relationship's declaration in {@link #file()}: found by its DSL identifier, else by its two
     * ends and description; its source element's line when neither is written out, 0 if unknown.
     */
    public int line(Relationship relationship) {
        String id = identifiers.findIdentifier(relationship);
        return source.relationshipLine(id, identifier(relationship.getSource()),
                identifier(relationship.getDestination()), relationship.getDescription());
    }

    /** Looks up an element by its DSL identifier. */
    public Optional<Element> element(String identifier) {
        return Optional.ofNullable(identifiers.getElement(identifier));
    }

    /** The model rules and the extension's well-formedness, as {@code file:line: severity: message} findings. */
    public List<Finding> validate() {
        ExtensionReader checker = reader();
        List<Finding> findings = new ArrayList<>(ModelRules.check(workspace, source, checker));
        for (View view : workspace.getViews().getViews()) {
            checker.checkPlainKeys(view);
            if (view instanceof DynamicView dynamic) {
                checker.sequence(dynamic);
            } else if (view instanceof ModelView mv) {
                checker.staticNotes(mv);
                checker.staticFragments(mv);
            }
        }
        findings.addAll(checker.findings());
        return findings.stream().distinct().sorted().toList();
    }

    /** A fresh reader each time: readers collect findings, and only {@link #validate()} wants them. */
    private ExtensionReader reader() {
        return new ExtensionReader(source, identifiers);
    }
}
