package dev.plumbline.diagrams.conformance;

import dev.plumbline.diagrams.baseline.Baseline;
import dev.plumbline.diagrams.lifecycle.WorkerArguments;
import dev.plumbline.diagrams.lifecycle.WorkerMain;
import dev.plumbline.diagrams.files.AtomicFiles;
import dev.plumbline.diagrams.conformance.Conformance.Result;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The worker side of {@code plumbline:conformance}: {@code java -cp <plugin classpath>
 * dev.plumbline.diagrams.conformance.ConformanceCommand --workspaces <path>... --classes <dir> [--sources <dir>...]
 * [--elements <id>...] [--reports <dir>] [--formats console,junit,sarif,markdown,html] [--baseline <file>]
 * [--write-baseline true|false] [--base <projectdir>]}. Prints violations as {@code [ERROR] path:line: error: message};
 * exits 0 when none outside the baseline, 1 when there is one, 2 when called wrongly.
 */
public final class ConformanceCommand {

    private static final String BASELINE_HEADER = """
            # Plumbline conformance baseline: code-versus-model violations accepted for now.
            # Each line: fingerprint, count, violation. Rewrite it with -Dplumbline.writeBaseline=true.
            """;

    /** The Maven property behind each worker option, for messages a user reads. */
    private static final Map<String, String> SINGLES = Map.of("--classes", "plumbline.classes",
            "--reports", "plumbline.conformance.reports", "--formats", "plumbline.reportFormats",
            "--baseline", "plumbline.conformance.baseline", "--write-baseline", "plumbline.writeBaseline",
            "--base", "project.basedir");
    private static final Map<String, String> LISTS = Map.of("--workspaces", "plumbline.workspaces",
            "--sources", "plumbline.sources", "--elements", "plumbline.elements");

    private record Arguments(ConformanceOptions options, Optional<Path> reports, boolean writeBaseline) {
    }

    private ConformanceCommand() {
    }

    public static void main(String[] args) {
        WorkerMain.run("conformance", args, ConformanceCommand::run);
    }

    static int run(String[] args, PrintStream out) {
        return WorkerMain.parsed(args, out, ConformanceCommand::parse, ConformanceCommand::check);
    }

    private static int check(Arguments arguments, PrintStream out) {
        ConformanceOptions options = arguments.options();
        long start = System.nanoTime();
        Conformance.Run run;
        try {
            run = new Conformance(options).run();
        } catch (RuntimeException e) {
            // ArchUnit could not read a class file, say: one line for the user, not a stack trace.
            out.println("[ERROR] cannot check " + options.classes() + ": " + e.getClass().getSimpleName() + ": "
                    + e.getMessage());
            return WorkerMain.FINDINGS;
        }
        List<Result> results = new ArrayList<>(run.results());
        List<Baseline.Problem> unreadable = new ArrayList<>();
        Baseline baseline = options.baseline().map(b -> Baseline.read(b, "violation", unreadable))
                .orElse(Baseline.EMPTY);
        for (Baseline.Problem problem : unreadable) {
            results.add(new Result("baseline", options.baseline().orElseThrow(), problem.line(), problem.message()));
        }
        run = new Conformance.Run(run.workspaces(), run.classes(), List.copyOf(results));
        List<Boolean> accepted = baseline.accepts(run.results().stream().map(Result::acceptableFingerprint).toList());
        ConformanceReports reports = new ConformanceReports(run, accepted);
        if (options.wants("console")) {
            for (int i = 0; i < run.results().size(); i++) {
                out.println((accepted.get(i) ? "accepted in the baseline: " : "[ERROR] ") + run.results().get(i));
            }
        }
        try {
            if (arguments.reports().isPresent()) {
                for (Map.Entry<String, byte[]> report : reports.files(options).entrySet()) {
                    AtomicFiles.write(arguments.reports().get().resolve(report.getKey()), report.getValue());
                }
            }
            if (arguments.writeBaseline()) {
                Path file = options.baseline().orElseThrow();
                String accepting = Baseline.write(BASELINE_HEADER, run.results().stream()
                        .filter(r -> r.acceptableFingerprint().isPresent()).map(Result::baselineEntry).toList());
                AtomicFiles.write(file, accepting.getBytes(StandardCharsets.UTF_8));
                out.println("Plumbline: wrote baseline " + file + " accepting " + run.results().size()
                        + " violations");
            }
        } catch (IOException e) {
            out.println("[ERROR] cannot write reports: " + e.getMessage());
            return WorkerMain.FINDINGS;
        }
        long fresh = accepted.stream().filter(a -> !a).count();
        out.println(String.format(Locale.ROOT, "Plumbline conformance: %s (%.1f s)", reports.headline(),
                (System.nanoTime() - start) / 1e9));
        return fresh > 0 && !arguments.writeBaseline() ? 1 : 0;
    }

    /** {@code --option value...}: list options take every value up to the next option. */
    static Arguments parse(String[] args) {
        WorkerArguments given = WorkerArguments.parse(args, SINGLES, LISTS);
        if (!given.plain().isEmpty()) {
            throw new IllegalArgumentException("unexpected worker argument " + given.plain().getFirst()
                    + " (a Plumbline plugin and worker of different versions?)");
        }
        List<Path> workspaces = given.paths("--workspaces");
        if (workspaces.isEmpty()) {
            throw new IllegalArgumentException("plumbline.workspaces names no workspace file or folder");
        }
        Path classes = given.path("--classes").orElseThrow(() -> new IllegalArgumentException(
                "plumbline.classes names no folder of compiled classes"));
        Optional<Path> baseline = given.path("--baseline");
        boolean writeBaseline = given.bool("--write-baseline", false);
        if (writeBaseline && baseline.isEmpty()) {
            throw new IllegalArgumentException("-Dplumbline.writeBaseline=true needs a baseline file "
                    + "(-Dplumbline.conformance.baseline=<file>)");
        }
        Set<String> formats = given.choices("--formats", List.copyOf(ConformanceOptions.FORMATS), "format",
                Set.of("console"));
        Optional<Path> reports = given.path("--reports");
        if (formats.stream().anyMatch(f -> !f.equals("console")) && reports.isEmpty()) {
            throw new IllegalArgumentException("plumbline.reportFormats " + String.join(",", formats)
                    + " needs a report folder (-Dplumbline.conformance.reports=<dir>)");
        }
        List<String> elements = given.values("--elements").stream().flatMap(v -> List.of(v.split(",")).stream())
                .map(String::strip).filter(v -> !v.isEmpty()).toList();
        return new Arguments(new ConformanceOptions(workspaces, classes, given.paths("--sources"), elements,
                given.path("--base").orElse(Path.of("")), formats, baseline), reports, writeBaseline);
    }
}
