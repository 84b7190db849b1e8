package dev.plumbline.diagrams.check;

import dev.plumbline.model.Finding;
import com.structurizr.view.DynamicView;
import com.structurizr.view.ModelView;
import dev.plumbline.diagrams.check.ModelIndex.ViewRef;
import dev.plumbline.diagrams.check.diagram.GraphDiagram;
import dev.plumbline.diagrams.check.diagram.ParseResult;
import dev.plumbline.diagrams.check.diagram.SequenceDiagram;
import dev.plumbline.diagrams.check.markdown.DiagramBlock;
import dev.plumbline.diagrams.check.markdown.DiagramFinder;
import dev.plumbline.diagrams.check.markdown.DiagramScan;
import dev.plumbline.diagrams.check.markdown.Notation;
import dev.plumbline.diagrams.baseline.Baseline;
import dev.plumbline.diagrams.docs.GeneratedBlocks;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The architecture-drift check: finds the PlantUML and Mermaid diagrams in the docs, matches each to the view it
 * depicts, checks its syntax and compares it with the model. It reads and computes only; the caller writes the
 * reports and the baseline it returns.
 *
 * <p>Errors: syntax errors, diagrams that match no view, and everything a diagram draws that its view does not
 * have (elements, arrows, messages, labels, direction, message order). Warnings: what the view has and the diagram
 * leaves out. Infos: diagram types the check does not compare. A run fails on errors the baseline does not accept.
 */
public final class DocsCheck {

    private static final String BASELINE_HEADER = """
            # Plumbline drift-check baseline: findings accepted for now. Each line: fingerprint, count, finding.
            # The check fails only on errors not listed here. Rewrite it with -Dplumbline.writeBaseline=true.
            """;

    static {
        // Docs are untrusted input: PlantUML must not read files or URLs while the check parses them. This only
        // works before PlantUML's classes load, so the CLI sets it first thing too.
        if (System.getProperty("PLANTUML_SECURITY_PROFILE") == null) {
            System.setProperty("PLANTUML_SECURITY_PROFILE", "SANDBOX");
        }
    }

    /** The outcome of one check. */
    public static final class Result {

        private final CheckRun run;
        private final Map<String, byte[]> reports;

        Result(CheckRun run, Map<String, byte[]> reports) {
            this.run = run;
            this.reports = reports;
        }

        /** Every finding, sorted by file, line, severity. */
        public List<Finding> findings() {
            return run.reported().stream().map(r -> r.issue().finding()).toList();
        }

        /** The findings the baseline does not accept. */
        public List<Finding> newFindings() {
            return run.reported().stream().filter(r -> !r.accepted()).map(r -> r.issue().finding()).toList();
        }

        /** Console lines: {@code path:line: severity: message}, accepted ones marked. */
        public List<String> consoleLines() {
            return run.reported().stream().map(r -> r.issue().finding()
                    + (r.accepted() ? " [accepted in baseline]" : "")).toList();
        }

        /** Whether a finding the baseline does not accept is an error. */
        public boolean failed() {
            return run.reported().stream().anyMatch(r -> !r.accepted()
                    && r.issue().finding().severity() == Finding.Severity.ERROR);
        }

        public int diagrams() {
            return run.blocks().size();
        }

        /** Diagrams matched to a view. */
        public int matched() {
            return (int) run.blocks().stream().filter(b -> b.viewKey().isPresent()).count();
        }

        /** Report files by name ({@code drift-check.xml}, ...) and content, for the formats asked for. */
        public Map<String, byte[]> reports() {
            return reports;
        }

        /** Unified diffs of the generated blocks that are out of date, in document order. */
        public List<String> staleDiffs() {
            return run.staleDiffs();
        }

        /** A baseline that accepts every current error and warning. */
        public String baseline() {
            return Baseline.write(BASELINE_HEADER, run.reported().stream().map(Reported::issue)
                    .filter(issue -> issue.acceptableFingerprint().isPresent()).map(Issue::baselineEntry).toList());
        }
    }

    /** One diagram block and the view it was matched to. */
    record Checked(DiagramBlock block, Optional<String> viewKey, String status) {
    }

    /** An issue and whether the baseline accepts it. */
    record Reported(Issue issue, boolean accepted) {
    }

    /** Everything a report needs. */
    record CheckRun(List<Path> documents, List<Checked> blocks, List<Reported> reported, int views,
                    List<String> staleDiffs) {
    }

    private final CheckOptions options;
    private final MermaidSyntax mermaid;

    /** A check that leaves Mermaid diagram types its own reader does not know unchecked (an info each). */
    public DocsCheck(CheckOptions options) {
        this(options, MermaidSyntax.NONE);
    }

    /** A check that asks {@code mermaid} about Mermaid diagram types its own reader does not know. */
    public DocsCheck(CheckOptions options, MermaidSyntax mermaid) {
        this.options = Objects.requireNonNull(options, "options");
        this.mermaid = Objects.requireNonNull(mermaid, "mermaid");
    }

    public Result run() {
        List<Issue> issues = new ArrayList<>();
        Path base = options.base().toAbsolutePath().normalize();
        ModelIndex index = ModelIndex.load(options.workspaces(), base, options.rules(), issues);
        Map<Path, DiagramScan> scans = scanDocs(base, issues);
        ViewMatcher matcher = new ViewMatcher(index);
        GeneratedBlocks generated = new GeneratedBlocks(index.workspaces());
        List<String> staleDiffs = new ArrayList<>();
        List<Checked> checked = new ArrayList<>();
        try (DeadlineParser parser = new DeadlineParser(options.parseTimeout())) {
            for (Map.Entry<Path, DiagramScan> scan : scans.entrySet()) {
                List<ViewMatcher.Heading> headings = headings(scan.getKey(), scan.getValue());
                for (DiagramBlock block : scan.getValue().blocks()) {
                    checked.add(check(block, headings, matcher, parser, generated, staleDiffs, issues));
                }
            }
        }
        issues.sort(Issue.ORDER);
        List<Baseline.Problem> unreadable = new ArrayList<>();
        Baseline baseline = options.baseline().map(file -> Baseline.read(file, "finding", unreadable))
                .orElse(Baseline.EMPTY);
        for (Baseline.Problem problem : unreadable) {
            issues.add(new Issue(new Finding(shown(options.baseline().orElseThrow(), base), problem.line(),
                    Finding.Severity.ERROR, problem.message()), Rule.BASELINE, 0));
        }
        issues.sort(Issue.ORDER);
        List<Boolean> accepted = baseline.accepts(issues.stream().map(Issue::acceptableFingerprint).toList());
        List<Reported> reported = new ArrayList<>();
        for (int i = 0; i < issues.size(); i++) {
            reported.add(new Reported(issues.get(i), accepted.get(i)));
        }
        List<Path> documents = scans.keySet().stream().map(p -> shown(p, base)).toList();
        CheckRun run = new CheckRun(documents, checked, reported, index.views(), List.copyOf(staleDiffs));
        Map<String, byte[]> reports = new LinkedHashMap<>();
        if (options.wants("junit")) {
            reports.put("drift-check.xml", JUnitReport.write(run).getBytes(StandardCharsets.UTF_8));
        }
        if (options.wants("sarif")) {
            reports.put("drift-check.sarif", SarifReport.write(run).getBytes(StandardCharsets.UTF_8));
        }
        if (options.wants("markdown")) {
            reports.put("drift-check.md", SummaryReport.markdown(run).getBytes(StandardCharsets.UTF_8));
        }
        if (options.wants("html")) {
            reports.put("drift-check.html", SummaryReport.html(run).getBytes(StandardCharsets.UTF_8));
        }
        return new Result(run, Map.copyOf(reports));
    }

    private Checked check(DiagramBlock block, List<ViewMatcher.Heading> headings, ViewMatcher matcher,
            DeadlineParser parser, GeneratedBlocks generated, List<String> staleDiffs, List<Issue> issues) {
        BlockIssues blockIssues = new BlockIssues(block, issues);
        Optional<GeneratedBlocks.Block> marked = generated.find(List.of(block)).stream().findFirst()
                .filter(b -> b.expected().isPresent());
        if (marked.isPresent()) {
            // A generated block must be exactly what the model generates; the diff says everything a semantic
            // comparison could, and the fix is mechanical.
            GeneratedBlocks.Block b = marked.get();
            if (!b.current()) {
                blockIssues.error(Rule.STALE_GENERATED, b.markerLine() - block.firstLine() + 1, "generated diagram of view \""
                        + b.viewKey() + "\" is out of date with the model; run `mvn plumbline:generate` (outside CI) to rewrite it, and commit that");
                staleDiffs.add(b.diff());
            }
            blockIssues.close();
            return new Checked(block, Optional.of(b.viewKey()), b.current() ? "generated, current" : "generated, stale");
        }
        String notation = block.notation() == Notation.PLANTUML ? "PlantUML" : "Mermaid";
        ViewMatcher.Match match = matcher.match(block, headings);
        Optional<ViewRef> view = match instanceof ViewMatcher.Found found ? Optional.of(found.view()) : Optional.empty();
        // a diagram type the check cannot compare (a pie chart, say) need not depict a view
        Optional<Issue> unmatched = match instanceof ViewMatcher.NotFound notFound
                ? Optional.of(notFound.issue()) : Optional.empty();
        Optional<String> key = view.map(ViewRef::key);
        Checked checked = read(block, parser, view, key, blockIssues, notation);
        if (!checked.status().endsWith("not compared")) {
            unmatched.ifPresent(issues::add);
        }
        blockIssues.close();
        return checked;
    }

    private Checked read(DiagramBlock block, DeadlineParser parser, Optional<ViewRef> view, Optional<String> key,
            BlockIssues blockIssues, String notation) {
        return switch (parser.read(block)) {
            case DeadlineParser.TimedOut t -> {
                blockIssues.error(Rule.PARSE_TIMEOUT, 0, "reading the diagram took longer than "
                        + limit(options.parseTimeout()) + "; it was not checked");
                yield new Checked(block, key, "timed out");
            }
            case DeadlineParser.Read read -> switch (read.result()) {
                case ParseResult.Invalid invalid -> {
                    blockIssues.error(Rule.SYNTAX, invalid.error().line(), notation
                            + (invalid.error().refusal() ? ": " : " syntax error: ") + invalid.error().message());
                    yield new Checked(block, key, "syntax error");
                }
                case ParseResult.Unsupported unsupported -> {
                    String verdict = block.notation() == Notation.MERMAID
                            ? askMermaid(block, unsupported, blockIssues) : "; skipped";
                    if (verdict == null) {
                        yield new Checked(block, key, "syntax error, not compared");
                    }
                    blockIssues.add(Finding.Severity.INFO, Rule.UNSUPPORTED, unsupported.line(), notation
                            + " diagram type \"" + unsupported.type() + "\" is not compared with the model" + verdict);
                    yield new Checked(block, key, "not compared");
                }
                case ParseResult.Parsed parsed -> {
                    view.ifPresent(ref -> compare(ref, parsed, blockIssues));
                    yield new Checked(block, key, view.isPresent() ? "compared" : "no view");
                }
            };
        };
    }

    /** Mermaid's own verdict: null after reporting a syntax error, else how the info line should end. */
    private String askMermaid(DiagramBlock block, ParseResult.Unsupported unsupported, BlockIssues issues) {
        return switch (mermaid.check(block.file() + ":" + block.firstLine(), block.text())) {
            case MermaidSyntax.Valid valid -> "; its syntax was checked by Mermaid";
            case MermaidSyntax.Invalid invalid -> {
                issues.error(Rule.SYNTAX, invalid.error().line(), "Mermaid syntax error: " + invalid.error().message());
                yield null;
            }
            case MermaidSyntax.Unavailable unavailable -> "; " + unavailable.reason();
        };
    }

    private static void compare(ViewRef ref, ParseResult.Parsed parsed, BlockIssues issues) {
        switch (parsed.diagram()) {
            case SequenceDiagram sequence -> {
                if (ref.view() instanceof DynamicView dynamic) {
                    new SequenceComparison(dynamic, ref.workspace().sequence(dynamic), sequence, issues).compare();
                } else {
                    issues.error(Rule.WRONG_KIND, 0, "a sequence diagram cannot depict view " + ref.key()
                            + ", which is not a dynamic view");
                }
            }
            case GraphDiagram graph -> {
                if (ref.view() instanceof DynamicView) {
                    issues.error(Rule.WRONG_KIND, 0, "view " + ref.key()
                            + " is a dynamic view; draw it as a sequence diagram");
                } else if (ref.view() instanceof ModelView model) {
                    new GraphComparison(model, graph, issues).compare();
                } else {
                    issues.error(Rule.WRONG_KIND, 0, "view " + ref.key() + " shows no model elements");
                }
            }
        }
    }

    private Map<Path, DiagramScan> scanDocs(Path base, List<Issue> issues) {
        DiagramFinder finder = new DiagramFinder();
        Map<Path, DiagramScan> scans = new TreeMap<>(Comparator.comparing(p -> slashed(shown(p, base))));
        for (Path input : options.docs()) {
            Path absolute = input.toAbsolutePath().normalize();
            if (Files.isDirectory(absolute)) {
                try (Stream<Path> walk = Files.walk(absolute)) {
                    walk.filter(Files::isRegularFile).filter(DiagramFinder::isDocumentation)
                            .forEach(file -> scans.computeIfAbsent(file, f -> finder.scanFile(f, shown(f, base))));
                } catch (IOException | UncheckedIOException e) {
                    issues.add(new Issue(new Finding(shown(absolute, base), 1, Finding.Severity.ERROR,
                            "cannot list folder: " + e.getMessage()), Rule.DOCUMENT, 0));
                }
            } else if (Files.isRegularFile(absolute)) {
                scans.computeIfAbsent(absolute, f -> DiagramFinder.isDocumentation(f) ? finder.scanFile(f, shown(f, base))
                        : finder.scanFileAsMarkdown(f, shown(f, base)));
            } else {
                issues.add(new Issue(new Finding(shown(absolute, base), 1, Finding.Severity.ERROR,
                        "no such documentation file or folder"), Rule.DOCUMENT, 0));
            }
        }
        for (DiagramScan scan : scans.values()) {
            scan.findings().forEach(f -> issues.add(new Issue(f, Rule.DOCUMENT, 0)));
        }
        return scans;
    }

    /** The headings of a fenced document; none when it holds no fenced diagram or cannot be read again. */
    private static List<ViewMatcher.Heading> headings(Path file, DiagramScan scan) {
        if (scan.blocks().stream().noneMatch(DiagramBlock::fenced)) {
            return List.of();
        }
        try {
            return Headings.of(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException | UncheckedIOException e) {
            return List.of();
        }
    }

    private static String limit(java.time.Duration limit) {
        return limit.toMillis() % 1000 == 0 ? limit.toSeconds() + " s" : limit.toMillis() + " ms";
    }

    /** A path as findings show it: relative to the project when inside it, else absolute. */
    static Path shown(Path path, Path base) {
        if (!path.isAbsolute() && !Files.exists(path)) {
            return path;
        }
        Path absolute = path.toAbsolutePath().normalize();
        Path relative = base.toAbsolutePath().normalize().relativize(absolute);
        return relative.startsWith("..") ? absolute : relative;
    }

    /** A path with forward slashes, as reports and fingerprints name it on every OS. */
    static String slashed(Path path) {
        return path.toString().replace('\\', '/');
    }
}
