package dev.plumbline.diagrams.check;

import dev.plumbline.diagrams.lifecycle.WorkerMain;
import dev.plumbline.diagrams.files.AtomicFiles;
import dev.plumbline.model.Finding;
import dev.plumbline.model.Rules;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
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
    private static final Map<String, String> PROPERTIES = Map.of("--workspaces", "plumbline.workspaces",
            "--docs", "plumbline.docs", "--reports", "plumbline.reports", "--formats", "plumbline.reportFormats",
            "--baseline", "plumbline.baseline", "--write-baseline", "plumbline.writeBaseline");

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
        Arguments arguments;
        try {
            arguments = parse(args);
        } catch (IllegalArgumentException e) {
            out.println("[ERROR] " + e.getMessage());
            return WorkerMain.USAGE;
        }
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
        List<Path> workspaces = new ArrayList<>();
        List<Path> docs = new ArrayList<>();
        Path reports = null;
        Set<String> formats = new LinkedHashSet<>(List.of("console"));
        Path baseline = null;
        boolean writeBaseline = false;
        Path base = Path.of("");
        Rules rules = Rules.LINT;
        for (int i = 0; i < args.length; i++) {
            String option = args[i];
            List<String> values = new ArrayList<>();
            while (i + 1 < args.length && !args[i + 1].startsWith("--")) {
                values.add(args[++i]);
            }
            switch (option) {
                case "--workspaces" -> values.stream().map(Path::of).forEach(workspaces::add);
                case "--docs" -> values.stream().map(Path::of).forEach(docs::add);
                case "--reports" -> reports = Path.of(single(option, values));
                case "--formats" -> formats = formats(single(option, values));
                case "--baseline" -> baseline = Path.of(single(option, values));
                case "--write-baseline" -> writeBaseline = bool(option, single(option, values));
                case "--base" -> base = Path.of(single(option, values));
                case "--rules" -> rules = Rules.parse(single(option, values));
                default -> throw new IllegalArgumentException("unknown worker option " + option
                        + " (a Plumbline plugin and worker of different versions?)");
            }
        }
        if (workspaces.isEmpty()) {
            throw new IllegalArgumentException("plumbline.workspaces names no workspace file or folder");
        }
        if (docs.isEmpty()) {
            throw new IllegalArgumentException("plumbline.docs names no documentation file or folder");
        }
        if (writeBaseline && baseline == null) {
            throw new IllegalArgumentException("-Dplumbline.writeBaseline=true needs a baseline file "
                    + "(-Dplumbline.baseline=<file>)");
        }
        boolean wantsFiles = formats.stream().anyMatch(f -> !f.equals("console"));
        if (wantsFiles && reports == null) {
            throw new IllegalArgumentException("plumbline.reportFormats " + String.join(",", formats)
                    + " needs a report folder (-Dplumbline.reports=<dir>)");
        }
        return new Arguments(new CheckOptions(workspaces, docs, base, formats, Optional.ofNullable(baseline),
                PARSE_TIMEOUT, rules), Optional.ofNullable(reports), writeBaseline);
    }

    private static String single(String option, List<String> values) {
        if (values.size() != 1) {
            throw new IllegalArgumentException(PROPERTIES.getOrDefault(option, option) + " takes exactly one value, got "
                    + values.size());
        }
        return values.getFirst();
    }

    private static Set<String> formats(String value) {
        Set<String> formats = new LinkedHashSet<>();
        for (String format : value.split(",")) {
            String f = format.strip().toLowerCase(Locale.ROOT);
            if (!CheckOptions.FORMATS.contains(f)) {
                throw new IllegalArgumentException("plumbline.reportFormats: unknown format \"" + f
                        + "\"; use console, junit, sarif, markdown or html");
            }
            formats.add(f);
        }
        return formats;
    }

    private static boolean bool(String option, String value) {
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new IllegalArgumentException(PROPERTIES.getOrDefault(option, option)
                    + " must be true or false, not \"" + value + "\"");
        };
    }
}
