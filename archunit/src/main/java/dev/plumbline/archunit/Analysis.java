package dev.plumbline.archunit;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.SourceCodeLocation;
import dev.plumbline.archunit.PlumblineModel.Violation;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * One scope's elements against one set of classes: which element each class belongs to, and which element depends on
 * which through which code. Computed once per class set and shared by the five rules.
 */
final class Analysis {

    private static final int[] NONE = new int[0];

    private final Scope scope;
    private final List<MappedElement> elements;
    private final int n;
    private final String file;
    /** Per package: the elements owning it, and which of their patterns match it ({@code element * 4096 + pattern}). */
    private final Map<String, int[]> owners = new HashMap<>();
    private final Map<String, int[]> patternHits = new HashMap<>();
    private final boolean[] declared;
    private final boolean[] inCode;
    private final Map<Integer, List<Dependency>> undeclared = new TreeMap<>();
    private final Map<Integer, Dependency> firstDependency = new HashMap<>();
    private final boolean[] hasClass;
    private final Set<Long> hitPatterns = new java.util.HashSet<>();
    private final List<JavaClass> unmapped = new ArrayList<>();
    private final List<JavaClass> mappedTwice = new ArrayList<>();
    private int checkedClasses;

    Analysis(Scope scope, JavaClasses classes) {
        this.scope = scope;
        this.elements = scope.elements();
        this.n = elements.size();
        this.file = scope.file();
        this.declared = new boolean[n * n];
        this.inCode = new boolean[n * n];
        this.hasClass = new boolean[n];
        Map<MappedElement, Integer> index = new HashMap<>();
        for (int i = 0; i < n; i++) {
            index.put(elements.get(i), i);
        }
        for (CodeRelationship r : scope.relationships()) {
            declared[index.get(r.from()) * n + index.get(r.to())] = true;
        }
        List<JavaClass> sorted = classes.stream().sorted(Comparator.comparing(JavaClass::getName)).toList();
        for (JavaClass type : sorted) {
            String pkg = type.getPackageName();
            if (!scope.inRestriction(pkg)) {
                continue;
            }
            checkedClasses++;
            int[] own = owners(pkg);
            for (int hit : patternHits.get(pkg)) {
                hitPatterns.add((long) hit);
            }
            for (int o : own) {
                hasClass[o] = true;
            }
            if (own.length == 0) {
                unmapped.add(type);
            } else if (own.length > 1) {
                mappedTwice.add(type);
            } else {
                readDependencies(type, own[0]);
            }
        }
    }

    private void readDependencies(JavaClass type, int from) {
        for (Dependency dependency : type.getDirectDependenciesFromSelf()) {
            JavaClass target = dependency.getTargetClass().getBaseComponentType();
            String pkg = target.getPackageName();
            if (!scope.inRestriction(pkg)) {
                continue;
            }
            int[] own = owners(pkg);
            if (own.length != 1 || own[0] == from) {
                continue;
            }
            int pair = from * n + own[0];
            inCode[pair] = true;
            firstDependency.merge(pair, dependency, Analysis::earlier);
            if (!declared[pair]) {
                undeclared.computeIfAbsent(pair, p -> new ArrayList<>()).add(dependency);
            }
        }
    }

    /** The example a cycle names: a call or field access (it has a line) before a type use, then by order. */
    private static Dependency earlier(Dependency a, Dependency b) {
        boolean aLine = a.getSourceCodeLocation().getLineNumber() > 0;
        boolean bLine = b.getSourceCodeLocation().getLineNumber() > 0;
        if (aLine != bLine) {
            return aLine ? a : b;
        }
        return a.compareTo(b) <= 0 ? a : b;
    }

    private int[] owners(String pkg) {
        int[] cached = owners.get(pkg);
        if (cached != null) {
            return cached;
        }
        List<Integer> own = new ArrayList<>();
        List<Integer> hits = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            List<MappedElement.Pattern> patterns = elements.get(i).patterns();
            boolean owned = false;
            for (int p = 0; p < patterns.size(); p++) {
                if (patterns.get(p).matcher().matches(pkg)) {
                    hits.add(i * 4096 + p);
                    owned = true;
                }
            }
            if (owned) {
                own.add(i);
            }
        }
        int[] result = own.isEmpty() ? NONE : own.stream().mapToInt(Integer::intValue).toArray();
        owners.put(pkg, result);
        patternHits.put(pkg, hits.stream().mapToInt(Integer::intValue).toArray());
        return result;
    }

    List<Violation> violations(RuleKind kind) {
        return switch (kind) {
            case ONE_ELEMENT -> oneElement();
            case DECLARED -> declaredDependencies();
            case STALE -> staleRelationships();
            case CYCLES -> cycles();
            case CODE_EXISTS -> codeExists();
        };
    }

    private List<Violation> oneElement() {
        List<Violation> out = new ArrayList<>();
        if (checkedClasses == 0) {
            out.add(atModel(RuleKind.ONE_ELEMENT, scope.parentLine(), "No class of the " + scope.described()
                    + " was given to the rules: the class set is empty" + (scope.restriction().isEmpty() ? ""
                    : " or holds nothing under " + patternsOf(scope.restriction())) + "; check the packages analysed"
                    + " (@AnalyzeClasses) or the compiled classes"));
            return out;
        }
        for (JavaClass type : unmapped) {
            out.add(atClass(RuleKind.ONE_ELEMENT, type, "Class " + type.getName() + " " + SourceCodeLocation.of(type)
                    + " belongs to no " + scope.level() + " of " + scope.parent().getName() + ": no " + Scope.CODE
                    + " pattern matches package " + type.getPackageName()));
        }
        for (JavaClass type : mappedTwice) {
            String claimants = java.util.Arrays.stream(owners(type.getPackageName()))
                    .mapToObj(i -> elements.get(i).described(file)).collect(Collectors.joining(" and "));
            out.add(atClass(RuleKind.ONE_ELEMENT, type, "Class " + type.getName() + " " + SourceCodeLocation.of(type)
                    + " belongs to more than one " + scope.level() + ": " + claimants));
        }
        return out;
    }

    private List<Violation> declaredDependencies() {
        List<Violation> out = new ArrayList<>();
        Set<String> seen = new java.util.HashSet<>();
        for (Map.Entry<Integer, List<Dependency>> e : undeclared.entrySet()) {
            MappedElement from = elements.get(e.getKey() / n);
            MappedElement to = elements.get(e.getKey() % n);
            String missing = missing(from, to);
            for (Dependency d : e.getValue().stream().sorted().toList()) {
                String message = DependencyText.of(d) + ": " + missing;
                if (seen.add(message)) {
                    out.add(atCode(RuleKind.DECLARED, d, message));
                }
            }
        }
        return out;
    }

    /** {@code orders -> payments is not in the model; declare it in shop.dsl: orders -> payments "..."}. */
    private String missing(MappedElement from, MappedElement to) {
        StringBuilder text = new StringBuilder(scope.level()).append(" ").append(from.identifier()).append(" -> ")
                .append(to.identifier()).append(" is not in the model; declare it in ").append(file).append(": ")
                .append(from.identifier()).append(" -> ").append(to.identifier()).append(" \"...\"");
        Map<MappedElement, Integer> index = indexOf();
        boolean oppositeInCode = inCode[index.get(to) * n + index.get(from)];
        for (CodeRelationship r : scope.relationships()) {
            if (r.from() == to && r.to() == from && !r.reversed() && !oppositeInCode) {
                text.append(" (the model has ").append(r.written()).append(" (").append(Scope.location(file, r.line()))
                        .append("); if that arrow shows data flowing against the code dependency, mark it \"")
                        .append(Scope.CODE).append("\" \"").append(Scope.REVERSED).append("\")");
                break;
            }
        }
        return text.toString();
    }

    private List<Violation> staleRelationships() {
        List<Violation> out = new ArrayList<>();
        Map<MappedElement, Integer> index = indexOf();
        for (CodeRelationship r : scope.relationships()) {
            if (!inCode[index.get(r.from()) * n + index.get(r.to())]) {
                out.add(atModel(RuleKind.STALE, r.line(), "Relationship " + r.written() + " ("
                        + Scope.location(file, r.line()) + ") has no code dependency"
                        + (r.reversed() ? " (marked reversed)" : "") + ": no class of " + scope.level() + " "
                        + r.from().identifier() + " depends on a class of " + r.to().identifier()));
            }
        }
        return out;
    }

    private List<Violation> cycles() {
        List<Violation> out = new ArrayList<>();
        int[] component = stronglyConnected();
        Set<List<Integer>> reported = new LinkedHashSet<>();
        for (Map.Entry<Integer, List<Dependency>> e : undeclared.entrySet()) {
            int u = e.getKey() / n;
            int v = e.getKey() % n;
            if (component[u] != component[v]) {
                continue;
            }
            List<Integer> cycle = canonical(path(v, u, component[u]));
            if (!reported.add(cycle)) {
                continue;
            }
            StringBuilder text = new StringBuilder("Cycle between the ").append(scope.described()).append(": ");
            cycle.forEach(i -> text.append(elements.get(i).identifier()).append(" -> "));
            text.append(elements.get(cycle.get(0)).identifier()).append("; the model does not declare ");
            List<String> gaps = new ArrayList<>();
            Dependency first = null;
            for (int k = 0; k < cycle.size(); k++) {
                int a = cycle.get(k);
                int b = cycle.get((k + 1) % cycle.size());
                if (!declared[a * n + b]) {
                    Dependency d = firstDependency.get(a * n + b);
                    first = first == null ? d : first;
                    gaps.add(elements.get(a).identifier() + " -> " + elements.get(b).identifier() + " ("
                            + DependencyText.of(d) + ")");
                }
            }
            text.append(String.join(" nor ", gaps));
            out.add(atCode(RuleKind.CYCLES, first, text.toString()));
        }
        return out;
    }

    /** The cycle {@code u -> v -> ... -> u} closing through the shortest path from v back to u in one component. */
    private List<Integer> path(int v, int u, int within) {
        int[] component = stronglyConnected();
        int[] previous = new int[n];
        java.util.Arrays.fill(previous, -1);
        ArrayDeque<Integer> queue = new ArrayDeque<>(List.of(v));
        previous[v] = v;
        while (!queue.isEmpty()) {
            int x = queue.poll();
            if (x == u) {
                break;
            }
            for (int y = 0; y < n; y++) {
                if (inCode[x * n + y] && previous[y] < 0 && component[y] == within) {
                    previous[y] = x;
                    queue.add(y);
                }
            }
        }
        List<Integer> back = new ArrayList<>();
        for (int x = u; x != v; x = previous[x]) {
            back.add(0, x);
        }
        back.add(0, v);
        // back is v ... u; the cycle is u -> v -> ... -> (before u)
        List<Integer> cycle = new ArrayList<>();
        cycle.add(u);
        cycle.addAll(back.subList(0, back.size() - 1));
        return cycle;
    }

    /** Rotated to start at the first element in identifier order, so one cycle is reported once. */
    private static List<Integer> canonical(List<Integer> cycle) {
        int start = cycle.indexOf(cycle.stream().min(Integer::compare).orElseThrow());
        List<Integer> rotated = new ArrayList<>(cycle.subList(start, cycle.size()));
        rotated.addAll(cycle.subList(0, start));
        return List.copyOf(rotated);
    }

    private int[] sccCache;

    /** Tarjan's strongly connected components of the elements' code dependency graph. */
    private int[] stronglyConnected() {
        if (sccCache != null) {
            return sccCache;
        }
        int[] index = new int[n];
        int[] low = new int[n];
        int[] component = new int[n];
        boolean[] onStack = new boolean[n];
        java.util.Arrays.fill(index, -1);
        ArrayDeque<Integer> stack = new ArrayDeque<>();
        int[] counter = {0, 0};
        for (int i = 0; i < n; i++) {
            if (index[i] < 0) {
                connect(i, index, low, component, onStack, stack, counter);
            }
        }
        sccCache = component;
        return component;
    }

    private void connect(int v, int[] index, int[] low, int[] component, boolean[] onStack, ArrayDeque<Integer> stack,
                         int[] counter) {
        index[v] = low[v] = counter[0]++;
        stack.push(v);
        onStack[v] = true;
        for (int w = 0; w < n; w++) {
            if (!inCode[v * n + w]) {
                continue;
            }
            if (index[w] < 0) {
                connect(w, index, low, component, onStack, stack, counter);
                low[v] = Math.min(low[v], low[w]);
            } else if (onStack[w]) {
                low[v] = Math.min(low[v], index[w]);
            }
        }
        if (low[v] == index[v]) {
            int w;
            do {
                w = stack.pop();
                onStack[w] = false;
                component[w] = counter[1];
            } while (w != v);
            counter[1]++;
        }
    }

    private List<Violation> codeExists() {
        List<Violation> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            MappedElement element = elements.get(i);
            if (!hasClass[i]) {
                out.add(atModel(RuleKind.CODE_EXISTS, element.line(), capitalised(element.described(file))
                        + " has no class: " + Scope.CODE + " \"" + patternsOf(element.patterns())
                        + "\" matches nothing in the classes checked"));
                continue;
            }
            for (int p = 0; p < element.patterns().size(); p++) {
                if (!hitPatterns.contains((long) i * 4096 + p)) {
                    out.add(atModel(RuleKind.CODE_EXISTS, element.line(), "Package pattern \""
                            + element.patterns().get(p).text() + "\" of " + element.described(file)
                            + " matches no class"));
                }
            }
        }
        return out;
    }

    private Map<MappedElement, Integer> indexOf() {
        Map<MappedElement, Integer> index = new HashMap<>();
        for (int i = 0; i < n; i++) {
            index.put(elements.get(i), i);
        }
        return index;
    }

    private static String patternsOf(List<MappedElement.Pattern> patterns) {
        return patterns.stream().map(MappedElement.Pattern::text).collect(Collectors.joining(", "));
    }

    private static String capitalised(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private Violation atModel(RuleKind kind, int line, String message) {
        return new Violation(kind.id(), message, file, line, false);
    }

    private Violation atClass(RuleKind kind, JavaClass type, String message) {
        return new Violation(kind.id(), message, sourcePath(type), 1, true);
    }

    private Violation atCode(RuleKind kind, Dependency dependency, String message) {
        JavaClass origin = dependency.getOriginClass();
        return new Violation(kind.id(), message, sourcePath(origin),
                Math.max(1, dependency.getSourceCodeLocation().getLineNumber()), true);
    }

    /** {@code com/example/orders/OrderService.java}: where the source would be under a source root. */
    private static String sourcePath(JavaClass type) {
        String pkg = type.getPackageName();
        String fileName = type.getSource().flatMap(s -> s.getFileName())
                .orElse(DependencyText.inPackage(type).replaceAll("\\$.*", "") + ".java");
        return (pkg.isEmpty() ? "" : pkg.replace('.', '/') + "/") + fileName;
    }
}
