package dev.plumbline.archunit;

import com.structurizr.model.Container;
import com.structurizr.model.Element;
import com.structurizr.model.SoftwareSystem;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.lang.AbstractClassesTransformer;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.lang.syntax.ArchRuleDefinition;
import dev.plumbline.model.Finding;
import dev.plumbline.model.ModelException;
import dev.plumbline.model.ModelWorkspace;
import dev.plumbline.model.Workspaces;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.stream.Collectors;

/**
 * ArchUnit rules read from a Structurizr model. Elements name their code in the property {@code plumbline.code}
 * (ArchUnit package patterns, comma-separated); the rules then prove that code and model agree, both ways:
 * <pre>{@code
 * @AnalyzeClasses(packages = "com.example.shop")
 * class ArchitectureTest {
 *     static final PlumblineModel model = PlumblineModel.load(Path.of("src/main/architecture/shop.dsl")).containersOf("Shop");
 *     @ArchTest static final ArchRule code_matches_model = model.codeMatchesModel();
 * }
 * }</pre>
 * Instances are immutable; the rules of one instance share their analysis of a class set.
 */
public final class PlumblineModel {

    /**
     * One thing a rule found, placed where a reader fixes it.
     *
     * @param rule    the rule's id, e.g. {@code dependencies-declared}
     * @param message what the ArchRule reports, word for word
     * @param file    the workspace file for a model finding; for a code finding the source file's path under its
     *                source root ({@code com/example/orders/OrderService.java})
     * @param line    1-based line in {@code file}, 0 when none can be named
     * @param inCode  whether {@code file} is a source file rather than the workspace
     */
    public record Violation(String rule, String message, String file, int line, boolean inCode) {
        public Violation {
            Objects.requireNonNull(rule, "rule");
            Objects.requireNonNull(message, "message");
            Objects.requireNonNull(file, "file");
        }
    }

    /** The workspace does not load, or the mapping of elements to code is broken; each finding names its line. */
    public static final class InvalidModelException extends RuntimeException {
        private final List<Finding> findings;

        InvalidModelException(List<Finding> findings) {
            super(findings.stream().map(PlumblineModel::line).collect(Collectors.joining(System.lineSeparator())));
            this.findings = List.copyOf(findings);
        }

        /** Each problem as {@code file:line: error: message}. */
        public List<Finding> findings() {
            return findings;
        }
    }

    private final ModelWorkspace workspace;
    /** The systems and containers whose mapped children are checked; empty: every one that has some. */
    private final List<Element> parents;
    private final Set<String> only;
    private volatile List<Scope> scopes;
    private final Map<JavaClasses, List<Analysis>> analyses = Collections.synchronizedMap(new WeakHashMap<>());

    private PlumblineModel(ModelWorkspace workspace, List<Element> parents, Set<String> only) {
        this.workspace = workspace;
        this.parents = List.copyOf(parents);
        this.only = Set.copyOf(only);
    }

    /** Loads a workspace with the model module's loader: a parse error is a finding at its line. */
    public static PlumblineModel load(Path workspace) {
        Objects.requireNonNull(workspace, "workspace");
        return load(workspace, workspace.toString());
    }

    /** Loads a workspace, naming it {@code shownAs} in messages (a path relative to the project, say). */
    public static PlumblineModel load(Path workspace, String shownAs) {
        Objects.requireNonNull(workspace, "workspace");
        try {
            return new PlumblineModel(Workspaces.load(workspace, shownAs), List.of(), Set.of());
        } catch (ModelException e) {
            throw new InvalidModelException(e.findings());
        }
    }

    /** Loads a workspace from the classpath, e.g. {@code plumbline/workspaces/plumbline.dsl}. */
    public static PlumblineModel loadResource(String resource) {
        Objects.requireNonNull(resource, "resource");
        try {
            return new PlumblineModel(Workspaces.loadResource(resource), List.of(), Set.of());
        } catch (ModelException e) {
            throw new InvalidModelException(e.findings());
        }
    }

    /** The rules for the mapped containers of a software system, named by DSL identifier or by name. */
    public PlumblineModel containersOf(String softwareSystem) {
        Objects.requireNonNull(softwareSystem, "softwareSystem");
        return scoped(find("software system", softwareSystem, workspace.structurizr().getModel().getSoftwareSystems()
                .stream().map(Element.class::cast).toList()));
    }

    /** The rules for the mapped components of a container, named by DSL identifier or by name. */
    public PlumblineModel componentsOf(String container) {
        Objects.requireNonNull(container, "container");
        return scoped(find("container", container, workspace.structurizr().getModel().getElements().stream()
                .filter(Container.class::isInstance).toList()));
    }

    /**
     * Checks only these mapped elements (DSL identifiers): for a module that holds some of the model's code, where the
     * others' classes are not on the class path. Relationships to the others are not checked.
     */
    public PlumblineModel only(String... elements) {
        Set<String> wanted = new LinkedHashSet<>(List.of(elements));
        List<Finding> problems = new ArrayList<>();
        for (String id : wanted) {
            Element element = workspace.element(id).orElse(null);
            if (element == null || !element.getProperties().containsKey(Scope.CODE)) {
                problems.add(Scope.error(workspace.file(), element == null ? 0 : workspace.line(element),
                        (element == null ? "no element with identifier \"" + id + "\"" : "element \"" + id
                                + "\" carries no \"" + Scope.CODE + "\" property") + "; mapped elements: "
                                + mappedIdentifiers()));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidModelException(problems);
        }
        return new PlumblineModel(workspace, parents, wanted);
    }

    /** The workspace as messages name it. */
    public String workspaceFile() {
        return workspace.file();
    }

    /** All five rules as one: code matches the model and the model matches the code. */
    public ArchRule codeMatchesModel() {
        List<ArchRule> rules = new ArrayList<>();
        for (RuleKind kind : RuleKind.values()) {
            rules.add(rule(kind));
        }
        return CompositeArchRule.of(rules).as("code matches the model " + workspace.name() + ": "
                + scopes().stream().map(Scope::described).collect(Collectors.joining(", ")));
    }

    /** (a) Every class under the analysed packages belongs to exactly one mapped element. */
    public ArchRule everyClassBelongsToOneElement() {
        return rule(RuleKind.ONE_ELEMENT);
    }

    /** (b) A code dependency between two elements exists only where the model has that relationship. */
    public ArchRule dependenciesAreDeclared() {
        return rule(RuleKind.DECLARED);
    }

    /** (c) Every relationship between mapped elements has at least one code dependency: the model is not stale. */
    public ArchRule relationshipsHaveCode() {
        return rule(RuleKind.STALE);
    }

    /** (d) No dependency cycle between elements, unless the model declares each of its dependencies. */
    public ArchRule noUndeclaredCycles() {
        return rule(RuleKind.CYCLES);
    }

    /** (e) Every mapped element has at least one class, and every one of its patterns matches something. */
    public ArchRule everyElementHasCode() {
        return rule(RuleKind.CODE_EXISTS);
    }

    /** Every rule's violations on {@code classes}, in rule order: what the Maven goal reports. */
    public List<Violation> violations(JavaClasses classes) {
        Objects.requireNonNull(classes, "classes");
        List<Violation> all = new ArrayList<>();
        for (RuleKind kind : RuleKind.values()) {
            for (Analysis analysis : analyses(classes)) {
                all.addAll(analysis.violations(kind));
            }
        }
        return List.copyOf(all);
    }

    private ArchRule rule(RuleKind kind) {
        List<ArchRule> rules = new ArrayList<>();
        List<Scope> checked = scopes();
        for (int i = 0; i < checked.size(); i++) {
            int at = i;
            Scope scope = checked.get(i);
            String description = kind.description(scope);
            AbstractClassesTransformer<Analysis> code = new AbstractClassesTransformer<>("the code of the "
                    + scope.described()) {
                @Override
                public Iterable<Analysis> doTransform(JavaClasses classes) {
                    return List.of(analyses(classes).get(at));
                }
            };
            ArchCondition<Analysis> condition = new ArchCondition<>(description) {
                @Override
                public void check(Analysis analysis, ConditionEvents events) {
                    for (Violation v : analysis.violations(kind)) {
                        events.add(SimpleConditionEvent.violated(analysis, v.message()));
                    }
                }
            };
            rules.add(ArchRuleDefinition.all(code).should(condition).as(description));
        }
        return rules.size() == 1 ? rules.get(0) : CompositeArchRule.of(rules).as(rules.stream()
                .map(ArchRule::getDescription).collect(Collectors.joining("; ")));
    }

    private List<Analysis> analyses(JavaClasses classes) {
        return analyses.computeIfAbsent(classes, c -> scopes().stream().map(s -> new Analysis(s, c)).toList());
    }

    private List<Scope> scopes() {
        List<Scope> built = scopes;
        if (built == null) {
            List<Element> targets = parents.isEmpty() ? mappedParents() : parents;
            List<Finding> problems = new ArrayList<>();
            if (targets.isEmpty()) {
                problems.add(Scope.error(workspace.file(), 0, "no container or component carries a \"" + Scope.CODE
                        + "\" property, so there is no code to check; map one to ArchUnit package patterns, e.g. \""
                        + Scope.CODE + "\" \"com.example.orders..\""));
            }
            List<Scope> list = new ArrayList<>();
            for (Element parent : targets) {
                list.add(Scope.of(workspace, parent, only, problems));
            }
            if (!problems.isEmpty()) {
                throw new InvalidModelException(problems.stream().distinct().sorted().toList());
            }
            built = List.copyOf(list);
            scopes = built;
        }
        return built;
    }

    /** Every system with a mapped container and every container with a mapped component, in DSL order. */
    private List<Element> mappedParents() {
        Set<Element> found = new LinkedHashSet<>();
        workspace.structurizr().getModel().getElements().stream()
                .filter(e -> e.getProperties().containsKey(Scope.CODE) && e.getParent() != null)
                .filter(e -> only.isEmpty() || only.contains(workspace.identifier(e)))
                .map(Element::getParent)
                .filter(p -> p instanceof SoftwareSystem || p instanceof Container)
                .sorted(Comparator.comparingInt((Element e) -> workspace.line(e)).thenComparing(Element::getCanonicalName))
                .forEach(found::add);
        return List.copyOf(found);
    }

    private PlumblineModel scoped(Element parent) {
        List<Element> next = new ArrayList<>(parents);
        next.add(parent);
        PlumblineModel model = new PlumblineModel(workspace, next, only);
        model.scopes(); // a broken mapping fails here, where the user names the scope, not in the first rule
        return model;
    }

    private Element find(String kind, String wanted, List<Element> candidates) {
        List<Element> matches = candidates.stream().filter(e -> wanted.equals(workspace.identifier(e))).toList();
        if (matches.isEmpty()) {
            matches = candidates.stream().filter(e -> wanted.equals(e.getName())).toList();
        }
        if (matches.size() == 1) {
            return matches.get(0);
        }
        String known = candidates.stream().map(e -> workspace.identifier(e) + " (\"" + e.getName() + "\")").sorted()
                .collect(Collectors.joining(", "));
        throw new InvalidModelException(List.of(Scope.error(workspace.file(), 0, matches.isEmpty()
                ? "no " + kind + " \"" + wanted + "\" in workspace \"" + workspace.name() + "\"; there "
                        + (candidates.isEmpty() ? "is none" : "are: " + known)
                : "the name \"" + wanted + "\" fits " + matches.size() + " " + kind + "s; name one by DSL identifier: "
                        + matches.stream().map(workspace::identifier).sorted().collect(Collectors.joining(", ")))));
    }

    private String mappedIdentifiers() {
        return workspace.structurizr().getModel().getElements().stream()
                .filter(e -> e.getProperties().containsKey(Scope.CODE)).map(workspace::identifier).sorted()
                .collect(Collectors.joining(", "));
    }

    /** {@code file:line: error: message}, the line left out when there is none. */
    static String line(Finding finding) {
        return finding.line() > 0 ? finding.toString()
                : finding.file() + ": " + finding.severity() + ": " + finding.message();
    }
}
