package dev.plumbline.diagrams.conformance;

import com.tngtech.archunit.ArchConfiguration;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import dev.plumbline.archunit.PlumblineModel;
import dev.plumbline.diagrams.baseline.Baseline;
import dev.plumbline.model.Finding;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The same rules as {@code PlumblineModel.codeMatchesModel()}, run on a module's compiled classes for every element
 * that carries {@code plumbline.code}, with each violation placed at a file the user can open.
 */
final class Conformance {

    /** One violation or load problem, where to fix it. */
    /** {@code (Foo.java:12)} in a message: left out of fingerprints. */
    private static final java.util.regex.Pattern LINE_NUMBER = java.util.regex.Pattern.compile(":[0-9]+\\)");

    record Result(String rule, Path file, int line, String message) {
        Result {
            Objects.requireNonNull(rule, "rule");
            Objects.requireNonNull(file, "file");
            Objects.requireNonNull(message, "message");
        }

        @Override
        public String toString() {
            return ConformanceReports.slashed(file) + ":" + Math.max(1, line) + ": error: " + message;
        }

        /** Rule, file and message with line numbers left out, so an accepted violation stays so when code moves. */
        String fingerprint() {
            return Baseline.fingerprint(rule, ConformanceReports.slashed(file),
                    LINE_NUMBER.matcher(message).replaceAll(")"));
        }

        /** The fingerprint a baseline may accept: none for a problem with the baseline itself. */
        Optional<String> acceptableFingerprint() {
            return rule.equals("baseline") ? Optional.empty() : Optional.of(fingerprint());
        }

        Baseline.Entry baselineEntry() {
            return new Baseline.Entry(fingerprint(), rule + " " + ConformanceReports.slashed(file) + ": " + message);
        }
    }

    /** What a run found: the workspaces that map code, the classes read, the results. */
    record Run(List<Path> workspaces, int classes, List<Result> results) {
    }

    private final ConformanceOptions options;

    Conformance(ConformanceOptions options) {
        this.options = Objects.requireNonNull(options, "options");
    }

    Run run() {
        List<Result> results = new ArrayList<>();
        List<Path> mapping = new ArrayList<>();
        List<PlumblineModel> models = new ArrayList<>();
        for (Path file : workspaceFiles(results)) {
            Path shown = shown(file);
            try {
                PlumblineModel model = PlumblineModel.load(file, ConformanceReports.slashed(shown));
                if (!options.elements().isEmpty()) {
                    model = model.only(options.elements().toArray(String[]::new));
                }
                if (model.mapsCode()) {
                    model.codeMatchesModel(); // builds the scopes: a broken mapping is reported here
                    mapping.add(shown);
                    models.add(model);
                }
            } catch (PlumblineModel.InvalidModelException e) {
                for (Finding f : e.findings()) {
                    results.add(new Result("workspace", Path.of(f.file()), f.line(), f.message()));
                }
            }
        }
        if (!Files.isDirectory(options.classes())) {
            results.add(new Result("classes", shown(options.classes()), 1, "no compiled classes at "
                    + ConformanceReports.slashed(shown(options.classes())) + "; run the goal after compile, or point "
                    + "-Dplumbline.classes at the class folder"));
            return new Run(mapping, 0, results);
        }
        // Targets outside the module need only their package names, which ArchUnit's stubs have.
        ArchConfiguration.get().setResolveMissingDependenciesFromClassPath(false);
        JavaClasses classes = new ClassFileImporter().importPath(options.classes());
        for (PlumblineModel model : models) {
            for (PlumblineModel.Violation v : model.violations(classes)) {
                Path file = v.inCode() ? source(v.file()) : Path.of(v.file());
                results.add(new Result(v.rule(), file, v.line(), v.message()));
            }
        }
        return new Run(mapping, classes.size(), results);
    }

    /** A source file under the first source root that has it, else its path under the first root. */
    private Path source(String relative) {
        for (Path root : options.sources()) {
            Path candidate = root.resolve(relative);
            if (Files.isRegularFile(candidate)) {
                return shown(candidate);
            }
        }
        return options.sources().isEmpty() ? Path.of(relative) : shown(options.sources().get(0).resolve(relative));
    }

    private Path shown(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        Path base = options.base().toAbsolutePath().normalize();
        return absolute.startsWith(base) ? base.relativize(absolute) : absolute;
    }

    private List<Path> workspaceFiles(List<Result> results) {
        List<Path> files = new ArrayList<>();
        for (Path w : options.workspaces()) {
            if (Files.isDirectory(w)) {
                try (Stream<Path> walk = Files.walk(w)) {
                    walk.filter(p -> p.toString().endsWith(".dsl") && Files.isRegularFile(p)).sorted().forEach(files::add);
                } catch (IOException e) {
                    results.add(new Result("workspace", shown(w), 1, "cannot read workspace folder: " + e.getMessage()));
                }
            } else if (Files.isRegularFile(w)) {
                files.add(w);
            } else {
                // the Mojo passes the default folder only when it exists, so this path was configured
                results.add(new Result("workspace", shown(w), 1, "no workspace file or folder at "
                        + ConformanceReports.slashed(shown(w)) + "; fix -Dplumbline.workspaces"));
            }
        }
        return files;
    }
}
