import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import dev.plumbline.archunit.PlumblineModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.jar.JarFile;

/**
 * The model-driven rules on a large real jar, against ArchUnit's own import of it. Generates a workspace that maps the
 * jar's top-level packages to containers, with a relationship for every container dependency the code has (so the
 * rules pass and do all their work), then times, in one JVM after a warm-up, ArchUnit's {@code ClassFileImporter} on
 * the jar and {@code codeMatchesModel().evaluate(...)} on the imported classes (loading the workspace included), at
 * a quarter of the classes (whole packages, in name order) and at all of them. Used by {@code bench/archunit.sh}.
 *
 * <pre>java -cp &lt;plumbline-archunit classpath&gt;:bench/work/archunit ArchUnitRules &lt;jar&gt; &lt;work dir&gt; [reps]</pre>
 *
 * Prints one {@code key=value} line per size and one for the ratios.
 */
final class ArchUnitRules {

    private ArchUnitRules() {
    }

    public static void main(String[] args) throws Exception {
        Path jar = Path.of(args[0]);
        Path work = Path.of(args[1]);
        int reps = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        JavaClasses all = new ClassFileImporter().importJar(new JarFile(jar.toFile()));
        Map<String, String> elementOf = elements(all);
        // A quarter of the classes: whole packages, in name order, until a quarter is reached.
        Map<String, Integer> sizes = new TreeMap<>();
        for (JavaClass c : all) {
            sizes.merge(c.getPackageName(), 1, Integer::sum);
        }
        Set<String> quarter = new TreeSet<>();
        int count = 0;
        for (Map.Entry<String, Integer> p : sizes.entrySet()) {
            if (count >= all.size() / 4) {
                break;
            }
            quarter.add(p.getKey());
            count += p.getValue();
        }
        double[] small = measure("quarter", jar, work, elementOf, quarter, reps);
        double[] full = measure("all", jar, work, elementOf, sizes.keySet(), reps);
        System.out.printf(Locale.ROOT, "growth classes=%.2fx import=%.2fx rules=%.2fx%n", full[0] / small[0],
                full[1] / small[1], full[2] / small[2]);
    }

    /** {@code [classes, import ms, rules ms]} for the jar restricted to the given packages. */
    private static double[] measure(String label, Path jar, Path work, Map<String, String> elementOf, Set<String> packages,
                                    int reps) throws Exception {
        Set<String> chosen = new TreeSet<>();
        packages.forEach(p -> chosen.add(element(elementOf, p)));
        ImportOption only = location -> {
            String path = location.asURI().toString();
            int bang = path.indexOf("!/");
            String entry = bang < 0 ? path : path.substring(bang + 2);
            int slash = entry.lastIndexOf('/');
            String pkg = slash < 0 ? "" : entry.substring(0, slash).replace('/', '.');
            return packages.contains(pkg);
        };
        JavaClasses classes = importJar(jar, only);
        Path dsl = work.resolve(label + ".dsl");
        int relationships = writeWorkspace(dsl, classes, elementOf, chosen);
        double[] importMs = new double[reps];
        double[] rulesMs = new double[reps];
        // warm-up: class loading and JIT for both
        evaluate(dsl, importJar(jar, only));
        for (int i = 0; i < reps; i++) {
            long t0 = System.nanoTime();
            JavaClasses imported = importJar(jar, only);
            long t1 = System.nanoTime();
            EvaluationResult result = evaluate(dsl, imported);
            long t2 = System.nanoTime();
            if (result.hasViolation()) {
                throw new IllegalStateException("the generated model should match: " + result.getFailureReport());
            }
            importMs[i] = (t1 - t0) / 1e6;
            rulesMs[i] = (t2 - t1) / 1e6;
        }
        double imp = median(importMs);
        double rules = median(rulesMs);
        System.out.printf(Locale.ROOT, "%s classes=%d elements=%d relationships=%d import_ms=%.0f rules_ms=%.0f ratio=%.2f%n",
                label, classes.size(), chosen.size(), relationships, imp, rules, rules / imp);
        return new double[] {classes.size(), imp, rules};
    }

    private static JavaClasses importJar(Path jar, ImportOption only) throws Exception {
        return new ClassFileImporter().withImportOption(only).importJar(new JarFile(jar.toFile()));
    }

    private static EvaluationResult evaluate(Path dsl, JavaClasses classes) {
        ArchRule rule = PlumblineModel.load(dsl).containersOf("bench").codeMatchesModel();
        return rule.evaluate(classes);
    }

    /**
     * Top-level packages: under each root package, follow the single-child chain to the first package that branches;
     * each sub-package there is an element ({@code p.sub..}), and that package's own classes one more ({@code p}).
     */
    private static Map<String, String> elements(JavaClasses classes) {
        Set<String> packages = new TreeSet<>();
        for (JavaClass c : classes) {
            packages.add(c.getPackageName());
        }
        Map<String, String> elementOf = new TreeMap<>();
        Set<String> roots = new TreeSet<>();
        packages.forEach(p -> roots.add(p.split("\\.")[0]));
        for (String root : roots) {
            String node = root;
            while (true) {
                Set<String> children = children(packages, node);
                if (children.size() == 1 && !packages.contains(node)) {
                    node = children.iterator().next();
                } else {
                    break;
                }
            }
            Set<String> children = children(packages, node);
            if (children.isEmpty()) {
                elementOf.put(node, node + "..");
            } else {
                children.forEach(c -> elementOf.put(c, c + ".."));
                if (packages.contains(node)) {
                    elementOf.put(node, node);
                }
            }
        }
        return elementOf;
    }

    private static Set<String> children(Set<String> packages, String node) {
        Set<String> children = new TreeSet<>();
        for (String p : packages) {
            if (p.startsWith(node + ".")) {
                children.add(node + "." + p.substring(node.length() + 1).split("\\.")[0]);
            }
        }
        return children;
    }

    /** The element key (the pattern's package) a package belongs to. */
    private static String element(Map<String, String> elementOf, String pkg) {
        String exact = elementOf.get(pkg);
        if (exact != null && !exact.endsWith("..")) {
            return pkg;
        }
        for (String p = pkg; !p.isEmpty(); p = p.contains(".") ? p.substring(0, p.lastIndexOf('.')) : "") {
            String pattern = elementOf.get(p);
            if (pattern != null && pattern.endsWith("..")) {
                return p;
            }
        }
        return pkg;
    }

    private static int writeWorkspace(Path dsl, JavaClasses classes, Map<String, String> elementOf, Set<String> chosen)
            throws Exception {
        Map<String, String> ids = new TreeMap<>();
        for (String e : chosen) {
            ids.put(e, "e" + ids.size());
        }
        Set<String> edges = new TreeSet<>();
        for (JavaClass c : classes) {
            String from = element(elementOf, c.getPackageName());
            for (Dependency d : c.getDirectDependenciesFromSelf()) {
                String to = element(elementOf, d.getTargetClass().getBaseComponentType().getPackageName());
                if (!from.equals(to) && chosen.contains(from) && chosen.contains(to)) {
                    edges.add(ids.get(from) + " -> " + ids.get(to));
                }
            }
        }
        StringBuilder out = new StringBuilder("workspace \"bench\" \"Generated for bench/archunit.sh.\" {\n  model {\n")
                .append("    bench = softwareSystem \"bench\" \"The jar.\" {\n");
        ids.forEach((e, id) -> out.append("      ").append(id).append(" = container \"").append(e)
                .append("\" \"Package ").append(e).append(".\" {\n        properties {\n          \"plumbline.code\" \"")
                .append(elementOf.get(e)).append("\"\n        }\n      }\n"));
        out.append("    }\n");
        edges.forEach(edge -> out.append("    ").append(edge).append(" \"Uses\"\n"));
        out.append("  }\n}\n");
        Files.writeString(dsl, out);
        return edges.size();
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
