package dev.plumbline.diagrams.check;

import dev.plumbline.diagrams.lifecycle.WorkerArguments;
import dev.plumbline.diagrams.lifecycle.WorkerMain;
import dev.plumbline.diagrams.files.AtomicFiles;
import dev.plumbline.model.Finding;
import dev.plumbline.model.Rules;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The worker side of {@code plumbline:check}: {@code java -cp <plugin classpath> dev.plumbline.diagrams.check.CheckCommand
 * --workspaces <path>... --docs <path>... [--reports <dir>] [--formats console,junit,sarif,markdown,html]
 * [--baseline <file>] [--write-baseline true|false] [--base <projectdir>]}. Prints findings as
 * {@code [ERROR] path:line: error: message}; exits 0 when no error outside the baseline, 1 when there is one,
 * 2 when called wrongly.
 */
public final class CheckCommand {

    /** Wall-clock limit for reading one diagram; a pathological diagram must not hang CI. */
    private static final Duration PARSE_TIMEOUT = Duration.ofSeconds(20);

    /** The Maven property behind each worker option, for messages a user reads. */
    private static final Map<String, String> SINGLES = Map.of("--reports", "plumbline.reports",
            "--formats", "plumbline.reportFormats", "--baseline", "plumbline.baseline",
            "--write-baseline", "plumbline.writeBaseline", "--base", "project.basedir", "--rules", "plumbline.rules");
    private static final Map<String, String> LISTS = Map.of("--workspaces", "plumbline.workspaces",
            "--docs", "plumbline.docs");

    private record Arguments(CheckOptions options, Optional<Path> reports, boolean writeBaseline) {
    }

    private CheckCommand() {
    }

    public static void main(String[] args) {
        // Before any PlantUML class loads: docs are untrusted, PlantUML must not read files or URLs for them.
        System.setProperty("PLANTUML_SECURITY_PROFILE", "SANDBOX");
        WorkerMain.run("check", args, CheckCommand::run);
    }

    static int run(String[] args, PrintStream out) {
        return WorkerMain.parsed(args, out, CheckCommand::parse, CheckCommand::check);
    }

    private static int check(Arguments arguments, PrintStream out) {
        CheckOptions options = arguments.options();
        long start = System.nanoTime();
        DocsCheck.Result result;
        try (MermaidCliSyntax mermaid = new MermaidCliSyntax(out::println)) {
            result = new DocsCheck(options, mermaid).run();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        if (options.wants("console")) {
            List<Finding> findings = result.findings();
            List<String> lines = result.consoleLines();
            // the same Finding objects: identity tells an accepted finding from an equal new one
            Set<Finding> fresh = Collections.newSetFromMap(new IdentityHashMap<>());
            fresh.addAll(result.newFindings());
            for (int i = 0; i < lines.size(); i++) {
                // a finding the baseline accepts fails nothing, so it is not shown as one that does
                out.println((fresh.contains(findings.get(i)) ? prefix(findings.get(i).severity()) : "[INFO] ")
                        + lines.get(i));
            }
            for (String diff : result.staleDiffs()) {
                diff.lines().forEach(line -> out.println("[ERROR] " + line));
            }
        }
        try {
            if (arguments.reports().isPresent()) {
                for (Map.Entry<String, byte[]> report : result.reports().entrySet()) {
                    AtomicFiles.write(arguments.reports().get().resolve(report.getKey()), report.getValue());
                }
            }
            if (arguments.writeBaseline()) {
                Path baseline = options.baseline().orElseThrow();
                AtomicFiles.write(baseline, result.baseline().getBytes(StandardCharsets.UTF_8));
                out.println("[INFO] Plumbline: wrote baseline " + baseline + " accepting "
                        + result.findings().stream().filter(f -> f.severity() != Finding.Severity.INFO).count()
                        + " findings");
            }
        } catch (IOException e) {
            out.println("[ERROR] cannot write reports: " + e.getMessage());
            return WorkerMain.FINDINGS;
        }
        long errors = result.newFindings().stream().filter(f -> f.severity() == Finding.Severity.ERROR).count();
        long warnings = result.newFindings().stream().filter(f -> f.severity() == Finding.Severity.WARNING).count();
        out.println(String.format(Locale.ROOT, "[INFO] Plumbline: %d diagrams, %d matched to views, %d errors, "
                + "%d warnings (%d accepted by the baseline) in %.1f s", result.diagrams(), result.matched(), errors,
                warnings, result.findings().size() - result.newFindings().size(), seconds));
        return result.failed() && !arguments.writeBaseline() ? 1 : 0;
    }

    private static String prefix(Finding.Severity severity) {
        return switch (severity) {
            case ERROR -> "[ERROR] ";
            case WARNING -> "[WARNING] ";
            case INFO -> "[INFO] ";
        };
    }

    /** {@code --option value...}: --workspaces and --docs take every value up to the next option. */
    static Arguments parse(String[] args) {
        WorkerArguments given = WorkerArguments.parse(args, SINGLES, LISTS);
        if (!given.plain().isEmpty()) {
            throw new IllegalArgumentException("unexpected worker argument " + given.plain().getFirst()
                    + " (a Plumbline plugin and worker of different versions?)");
        }
        List<Path> workspaces = given.paths("--workspaces");
        List<Path> docs = given.paths("--docs");
        if (workspaces.isEmpty()) {
            throw new IllegalArgumentException("plumbline.workspaces names no workspace file or folder");
        }
        if (docs.isEmpty()) {
            throw new IllegalArgumentException("plumbline.docs names no documentation file or folder");
        }
        Set<String> formats = given.choices("--formats", List.copyOf(CheckOptions.FORMATS), "format", Set.of("console"));
        Optional<Path> baseline = given.path("--baseline");
        boolean writeBaseline = given.bool("--write-baseline", false);
        if (writeBaseline && baseline.isEmpty()) {
            throw new IllegalArgumentException("-Dplumbline.writeBaseline=true needs a baseline file "
                    + "(-Dplumbline.baseline=<file>)");
        }
        Optional<Path> reports = given.path("--reports");
        if (formats.stream().anyMatch(f -> !f.equals("console")) && reports.isEmpty()) {
            throw new IllegalArgumentException("plumbline.reportFormats " + String.join(",", formats)
                    + " needs a report folder (-Dplumbline.reports=<dir>)");
        }
        return new Arguments(new CheckOptions(workspaces, docs, given.path("--base").orElse(Path.of("")), formats,
                baseline, PARSE_TIMEOUT, given.value("--rules").map(Rules::parse).orElse(Rules.LINT)), reports,
                writeBaseline);
    }
}
