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
    private final List<java.nio.file.Path> inputs;

    ModelWorkspace(String file, Workspace workspace, DslSource source, IdentifiersRegister identifiers,
            List<java.nio.file.Path> inputs) {
        this.inputs = List.copyOf(inputs);
        this.file = Objects.requireNonNull(file, "file");
        this.workspace = Objects.requireNonNull(workspace, "workspace");
        this.source = Objects.requireNonNull(source, "source");
        this.identifiers = Objects.requireNonNull(identifiers, "identifiers");
    }

    /**
     * Every file the workspace was read from (itself, its includes, docs, decisions, images), as real paths; empty
     * for a classpath workspace. An edit to any of them changes what the workspace generates.
     */
    public List<java.nio.file.Path> inputs() {
        return inputs;
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
        views.sort(Comparator.comparingInt((View v) -> source.viewOrdinal(v.getKey())).thenComparing(View::getKey));
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

    /** The line of a view's definition in {@link #where(View) its file}. */
    public int line(View view) {
        return source.viewLine(view.getKey());
    }

    /** The line of an element's declaration, in the file {@link #where(Element)} names. */
    public int line(Element element) {
        return locator().of(element).line();
    }

    /** Where an element is declared, as {@code file:line}: the workspace file or a file it includes. */
    public String where(Element element) {
        return locator().of(element).toString();
    }

    /**
     * The line of a relationship's declaration: found by its DSL identifier, else by its two ends and description;
     * its source element's line when neither is written out.
     */
    public int line(Relationship relationship) {
        return locator().of(relationship).line();
    }

    /** Where a relationship is declared, as {@code file:line}. */
    public String where(Relationship relationship) {
        return locator().of(relationship).toString();
    }

    /** Looks up an element by its DSL identifier. */
    public Optional<Element> element(String identifier) {
        return Optional.ofNullable(identifiers.getElement(identifier));
    }

    private Locator locator() {
        return new Locator(source, identifiers, workspace.getModel());
    }

    /** Where a view is defined, as {@code file:line}: the workspace file or a file it includes. */
    public String where(View view) {
        return source.viewLocation(view.getKey()).toString();
    }

    /** What an image view shows, as written in the DSL; empty for other views or when it cannot be read. */
    public Optional<ImageSource> image(View view) {
        DslSource.ViewBlock block = source.view(view.getKey());
        return block == null || block.images().isEmpty() ? Optional.empty() : Optional.of(block.images().get(0));
    }

    /** The findings of {@link #validate(Rules)} with the rules as lint ({@link Rules#LINT}). */
    public List<Finding> validate() {
        return validate(Rules.LINT);
    }

    /**
     * The model rules at the given severities, and the extension's well-formedness (always errors), as
     * {@code file:line: severity: message} findings.
     */
    public List<Finding> validate(Rules rules) {
        java.util.Objects.requireNonNull(rules, "rules");
        ExtensionReader checker = reader();
        Locator locator = locator();
        List<Finding> findings = new ArrayList<>(ModelRules.check(workspace, source, checker, locator, rules));
        findings.addAll(ElementProperties.check(workspace.getModel().getElements(), locator));
        for (ExtensionReader.NumberedDirectives numbered : checker.numberedDirectives(
                List.copyOf(workspace.getViews().getViews()))) {
            rules.finding(Rules.Rule.NUMBERED_DIRECTIVE, numbered.file(), numbered.line(), "view \""
                    + numbered.viewKey() + "\" anchors " + numbered.count() + " directive(s) by step number "
                    + "(plumbline.step.<n>.before|after); write each as a comment line \"// plumbline: <directive>\" "
                    + "next to its step instead, so inserting a step moves nothing").ifPresent(findings::add);
        }
        for (View view : workspace.getViews().getViews()) {
            checker.checkLocalDirectivesPlace(view);
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
