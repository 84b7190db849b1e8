package dev.plumbline.diagrams.site;

import dev.plumbline.diagrams.generate.GenerateCommand;
import dev.plumbline.diagrams.lifecycle.WorkerArguments;
import dev.plumbline.diagrams.lifecycle.WorkerMain;
import dev.plumbline.diagrams.site.changes.ArchitectureChanges;
import dev.plumbline.model.Finding;
import dev.plumbline.model.ModelException;
import dev.plumbline.model.ModelWorkspace;
import dev.plumbline.model.Workspaces;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The worker side of {@code plumbline:report}: {@code java -cp <plugin classpath> dev.plumbline.diagrams.site.ReportCommand
 * --site <dir> --diagrams <dir> --workspaces <path>... [--docs <path>...] [--base <dir>] [--check-reports <dir>]
 * [--conformance <dir>] [--observed <dir>] [--since <revision>] [--main-branch <name>] [--cache <dir>] [--dot <path>]
 * [--mermaid-cli <dir>] [--browser <path>] [--timeout <seconds>] [--mermaid-max-text-size <n>]}. Images come from
 * {@code generate}'s folder when current, else from a {@code generate} run into it that takes what it can from the
 * render cache: a view is never rendered twice. Exits 0 when the site is written, 1 when the workspaces do not
 * load, 2 when called wrongly.
 */
public final class ReportCommand {

    /** The Maven property behind each worker option, for messages a user reads. */
    private static final Map<String, String> SINGLES = Map.ofEntries(
            Map.entry("--site", "project.reporting.outputDirectory"), Map.entry("--diagrams", "plumbline.outputDirectory"),
            Map.entry("--base", "project.basedir"), Map.entry("--check-reports", "plumbline.reports"),
            Map.entry("--conformance", "plumbline.conformanceReports"), Map.entry("--observed", "plumbline.observed"),
            Map.entry("--since", "plumbline.changesSince"), Map.entry("--main-branch", "plumbline.mainBranch"),
            Map.entry("--cache", "plumbline.cacheDirectory"), Map.entry("--dot", "plumbline.dot"),
            Map.entry("--mermaid-cli", "plumbline.mermaidCli"), Map.entry("--browser", "plumbline.browser"),
            Map.entry("--timeout", "plumbline.renderTimeout"),
            Map.entry("--mermaid-max-text-size", "plumbline.mermaidMaxTextSize"));
    private static final Map<String, String> LISTS = Map.of("--workspaces", "plumbline.workspaces",
            "--docs", "plumbline.docs");

    private ReportCommand() {
    }

    public static void main(String[] args) {
        System.setProperty("PLANTUML_SECURITY_PROFILE", "ALLOWLIST");
        WorkerMain.run("report", args, ReportCommand::run);
    }

    static int run(String[] args, PrintStream out) {
        return WorkerMain.parsed(args, out, ReportCommand::parse, ReportCommand::report);
    }

    private static int report(WorkerArguments options, PrintStream out) {
        long start = System.nanoTime();
        try {
            List<ModelWorkspace> workspaces = load(options.values("--workspaces"), out);
            if (workspaces == null) {
                return WorkerMain.FINDINGS;
            }
            Path diagrams = Path.of(one(options, "--diagrams", ""));
            if (!ArchitectureSite.imagesCurrent(workspaces, diagrams)) {
                out.println("[INFO] Plumbline: some views have no current image in " + diagrams + "; generating them");
                List<String> generate = new ArrayList<>(List.of("--out", diagrams.toString(), "--formats", "puml,mmd,svg",
                        "--cache", one(options, "--cache", Path.of(System.getProperty("user.home"), ".cache",
                                "plumbline").toString()), "--dot", one(options, "--dot", ""),
                        "--mermaid-cli", one(options, "--mermaid-cli", ""), "--browser", one(options, "--browser", "")));
                // as generate would render them: a default left out here is generate's own default
                for (String limit : List.of("--timeout", "--mermaid-max-text-size")) {
                    options.value(limit).ifPresent(value -> generate.addAll(List.of(limit, value)));
                }
                generate.addAll(options.values("--workspaces"));
                if (GenerateCommand.run(generate.toArray(String[]::new), out) != WorkerMain.OK) {
                    out.println("[WARNING] Plumbline: the site shows the views that could not be rendered without images");
                }
            }
            Path base = Path.of(one(options, "--base", "")).toAbsolutePath();
            Path site = Path.of(one(options, "--site", ""));
            ArchitectureChanges.Report changes = ArchitectureChanges.since(base, one(options, "--since", ""),
                    one(options, "--main-branch", "main"), workspaces);
            changes.unavailable().ifPresent(why -> out.println("[INFO] Plumbline: no architecture changes page: " + why));
            int pages = ArchitectureSite.write(new ArchitectureSite.Options(workspaces, diagrams,
                    options.paths("--docs"), base,
                    Path.of(one(options, "--check-reports", "target/plumbline/check")),
                    Path.of(one(options, "--conformance", "target/plumbline/conformance")),
                    Path.of(one(options, "--observed", "target/plumbline/observed")), changes, site),
                    warning -> out.println("[WARNING] " + warning));
            out.println(String.format(Locale.ROOT, "[INFO] Plumbline: architecture site, %d pages in %.1f s: %s", pages,
                    (System.nanoTime() - start) / 1e9, site.toAbsolutePath().resolve("index.html")));
            out.println("[INFO] Plumbline: architecture changes as Markdown (for a pull-request comment): "
                    + site.toAbsolutePath().resolve("changes.md"));
            return WorkerMain.OK;
        } catch (IOException e) {
            out.println("[ERROR] cannot write the architecture site: " + e.getMessage());
            return WorkerMain.FINDINGS;
        }
    }

    private static List<ModelWorkspace> load(List<String> inputs, PrintStream out) throws IOException {
        List<Path> files = new ArrayList<>();
        for (String input : inputs) {
            Path path = Path.of(input);
            if (Files.isDirectory(path)) {
                try (Stream<Path> walk = Files.walk(path)) {
                    walk.filter(p -> p.toString().endsWith(".dsl") && Files.isRegularFile(p)).sorted().forEach(files::add);
                }
            } else if (Files.isRegularFile(path)) {
                files.add(path);
            } else {
                out.println("[ERROR] " + input + ":0: error: no such workspace file or folder");
                return null;
            }
        }
        if (files.isEmpty()) {
            out.println("[ERROR] no .dsl workspaces in " + inputs);
            return null;
        }
        List<ModelWorkspace> loaded = new ArrayList<>();
        for (Path file : files) {
            try {
                loaded.add(Workspaces.load(file));
            } catch (ModelException e) {
                e.findings().forEach(f -> out.println("[ERROR] " + f));
                return null;
            }
        }
        for (Finding finding : Workspaces.validate(loaded)) {
            if (finding.severity() == Finding.Severity.ERROR) {
                out.println("[ERROR] " + finding);
                return null;
            }
        }
        return loaded;
    }

    /** {@code --option value...}: --workspaces and --docs take every value up to the next option. */
    static WorkerArguments parse(String[] args) {
        WorkerArguments given = WorkerArguments.parse(args, SINGLES, LISTS);
        if (!given.plain().isEmpty()) {
            throw new IllegalArgumentException("unexpected worker argument " + given.plain().getFirst()
                    + " (a Plumbline plugin and worker of different versions?)");
        }
        if (given.path("--site").isEmpty()) {
            throw new IllegalArgumentException("the report names no site folder (project.reporting.outputDirectory)");
        }
        if (given.path("--diagrams").isEmpty()) {
            throw new IllegalArgumentException("plumbline.outputDirectory names no diagram folder");
        }
        if (given.values("--workspaces").isEmpty()) {
            throw new IllegalArgumentException("plumbline.workspaces names no workspace file or folder");
        }
        return given;
    }

    /** The option's value; a blank one, as the Mojo writes an unset parameter, is the fallback. */
    private static String one(WorkerArguments options, String option, String fallback) {
        return options.value(option).filter(v -> !v.isBlank()).orElse(fallback);
    }
}
