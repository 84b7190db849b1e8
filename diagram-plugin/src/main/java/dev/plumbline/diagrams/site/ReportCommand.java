package dev.plumbline.diagrams.site;

import dev.plumbline.diagrams.generate.GenerateCommand;
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
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The worker side of {@code plumbline:report}: {@code java -cp <plugin classpath> dev.plumbline.diagrams.site.ReportCommand
 * --site <dir> --diagrams <dir> --workspaces <path>... [--docs <path>...] [--base <dir>] [--check-reports <dir>]
 * [--conformance <dir>] [--observed <dir>] [--since <revision>] [--main-branch <name>] [--cache <dir>] [--dot <path>]
 * [--mermaid-cli <dir>] [--browser <path>]}. Images come from {@code generate}'s folder when current, else from a
 * {@code generate} run into it that takes what it can from the render cache: a view is never rendered twice.
 * Exits 0 when the site is written, 1 when the workspaces do not load, 2 when called wrongly.
 */
public final class ReportCommand {

    private static final Set<String> SINGLE = Set.of("--site", "--diagrams", "--base", "--check-reports",
            "--conformance", "--observed", "--since", "--main-branch", "--cache", "--dot", "--mermaid-cli", "--browser");

    private ReportCommand() {
    }

    public static void main(String[] args) {
        System.setProperty("PLANTUML_SECURITY_PROFILE", "ALLOWLIST");
        WorkerMain.run("report", args, ReportCommand::run);
    }

    static int run(String[] args, PrintStream out) {
        long start = System.nanoTime();
        Map<String, List<String>> options;
        try {
            options = parse(args);
        } catch (IllegalArgumentException e) {
            out.println("[ERROR] " + e.getMessage());
            return WorkerMain.USAGE;
        }
        try {
            List<ModelWorkspace> workspaces = load(options.get("--workspaces"), out);
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
                generate.addAll(options.get("--workspaces"));
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
                    options.getOrDefault("--docs", List.of()).stream().map(Path::of).toList(), base,
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
    static Map<String, List<String>> parse(String[] args) {
        Map<String, List<String>> options = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            String option = args[i];
            if (!option.startsWith("--") || !(SINGLE.contains(option) || option.equals("--workspaces")
                    || option.equals("--docs"))) {
                throw new IllegalArgumentException("unknown option " + option);
            }
            List<String> values = options.computeIfAbsent(option, o -> new ArrayList<>());
            while (i + 1 < args.length && !args[i + 1].startsWith("--")) {
                values.add(args[++i]);
            }
            if (SINGLE.contains(option) && values.size() > 1) {
                throw new IllegalArgumentException(option + " takes one value, got " + values.size());
            }
        }
        if (!options.containsKey("--site") || options.get("--site").isEmpty()) {
            throw new IllegalArgumentException("--site <dir> is required");
        }
        if (!options.containsKey("--diagrams") || options.get("--diagrams").isEmpty()) {
            throw new IllegalArgumentException("--diagrams <dir> is required");
        }
        if (!options.containsKey("--workspaces") || options.get("--workspaces").isEmpty()) {
            throw new IllegalArgumentException("--workspaces needs at least one workspace file or folder");
        }
        return options;
    }

    private static String one(Map<String, List<String>> options, String option, String fallback) {
        List<String> values = options.getOrDefault(option, List.of());
        return values.isEmpty() || values.getFirst().isBlank() ? fallback : values.getFirst();
    }
}
