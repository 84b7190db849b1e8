package dev.plumbline.diagrams.conformance;

import dev.plumbline.diagrams.lifecycle.WorkerMain;
import dev.plumbline.diagrams.files.AtomicFiles;
import dev.plumbline.diagrams.conformance.Conformance.Result;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
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

    private record Arguments(ConformanceOptions options, Optional<Path> reports, boolean writeBaseline) {
    }

    private ConformanceCommand() {
    }

    public static void main(String[] args) {
        WorkerMain.run("conformance", args, ConformanceCommand::run);
    }

    static int run(String[] args, PrintStream out) {
        Arguments arguments;
        try {
            arguments = parse(args);
        } catch (IllegalArgumentException e) {
            out.println("[ERROR] " + e.getMessage());
            return WorkerMain.USAGE;
        }
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
        ConformanceBaseline baseline = options.baseline()
                .map(b -> ConformanceBaseline.read(b, b, results))
                .orElse(ConformanceBaseline.read(Path.of(""), Path.of(""), new ArrayList<>()));
        run = new Conformance.Run(run.workspaces(), run.classes(), List.copyOf(results));
        List<Boolean> accepted = baseline.accepts(run.results());
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
                AtomicFiles.write(file, ConformanceBaseline.write(run.results()).getBytes(StandardCharsets.UTF_8));
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
        List<Path> workspaces = new ArrayList<>();
        List<Path> sources = new ArrayList<>();
        List<String> elements = new ArrayList<>();
        Path classes = null;
        Path reports = null;
        Set<String> formats = new LinkedHashSet<>(List.of("console"));
        Path baseline = null;
        boolean writeBaseline = false;
        Path base = Path.of("");
        for (int i = 0; i < args.length; i++) {
            String option = args[i];
            List<String> values = new ArrayList<>();
            while (i + 1 < args.length && !args[i + 1].startsWith("--")) {
                values.add(args[++i]);
            }
            switch (option) {
                case "--workspaces" -> values.stream().map(Path::of).forEach(workspaces::add);
                case "--sources" -> values.stream().map(Path::of).forEach(sources::add);
                case "--elements" -> values.stream().flatMap(v -> List.of(v.split(",")).stream()).map(String::strip)
                        .filter(v -> !v.isEmpty()).forEach(elements::add);
                case "--classes" -> classes = Path.of(single(option, values));
                case "--reports" -> reports = Path.of(single(option, values));
                case "--formats" -> formats = formats(single(option, values));
                case "--baseline" -> baseline = Path.of(single(option, values));
                case "--write-baseline" -> writeBaseline = Boolean.parseBoolean(single(option, values).strip());
                case "--base" -> base = Path.of(single(option, values));
                default -> throw new IllegalArgumentException("unknown option " + option + "; use --workspaces, "
                        + "--classes, --sources, --elements, --reports, --formats, --baseline, --write-baseline, --base");
            }
        }
        if (workspaces.isEmpty()) {
            throw new IllegalArgumentException("--workspaces needs at least one workspace file or folder");
        }
        if (classes == null) {
            throw new IllegalArgumentException("--classes needs the folder of compiled classes");
        }
        if (writeBaseline && baseline == null) {
            throw new IllegalArgumentException("--write-baseline true needs --baseline <file>");
        }
        if (formats.stream().anyMatch(f -> !f.equals("console")) && reports == null) {
            throw new IllegalArgumentException("--formats " + String.join(",", formats) + " needs --reports <dir>");
        }
        return new Arguments(new ConformanceOptions(workspaces, classes, sources, elements, base, formats,
                Optional.ofNullable(baseline)), Optional.ofNullable(reports), writeBaseline);
    }

    private static String single(String option, List<String> values) {
        if (values.size() != 1) {
            throw new IllegalArgumentException(option + " takes exactly one value, got " + values.size());
        }
        return values.getFirst();
    }

    private static Set<String> formats(String value) {
        Set<String> formats = new LinkedHashSet<>();
        for (String format : value.split(",")) {
            String f = format.strip().toLowerCase(Locale.ROOT);
            if (!ConformanceOptions.FORMATS.contains(f)) {
                throw new IllegalArgumentException("unknown format \"" + f
                        + "\"; use console, junit, sarif, markdown or html");
            }
            formats.add(f);
        }
        return formats;
    }
}
