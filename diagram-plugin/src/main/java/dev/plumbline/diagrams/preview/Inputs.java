package dev.plumbline.diagrams.preview;

import com.structurizr.view.View;
import dev.plumbline.diagrams.check.markdown.DiagramBlock;
import dev.plumbline.diagrams.check.markdown.DiagramFinder;
import dev.plumbline.diagrams.check.markdown.DiagramScan;
import dev.plumbline.diagrams.check.markdown.Notation;
import dev.plumbline.diagrams.export.ViewExporter;
import dev.plumbline.model.Finding;
import dev.plumbline.model.ModelException;
import dev.plumbline.model.ModelWorkspace;
import dev.plumbline.model.Rules;
import dev.plumbline.model.Workspaces;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Reads what the preview shows from the same inputs {@code generate} reads: every view of every workspace in both
 * notations, and every diagram block of the docs. A workspace or doc whose files did not change since the last
 * read is not parsed again, which keeps a one-file edit of a large model cheap.
 */
final class Inputs {

    /**
     * What one read found.
     *
     * @param sources  every picture's source, in page order
     * @param problems what the build would print about the inputs, in order
     * @param kept     groups and ids whose last pictures stay although this read has no source for them: a workspace
     *                 that does not parse, a view that does not export
     * @param folders  the folders to watch for the next edit
     */
    record Reading(List<Source> sources, List<Problem> problems, Set<String> kept, Set<Path> folders) {
    }

    /** A finding as the build prints it: {@code severity} is {@code error}, {@code warning} or {@code info}. */
    record Problem(String severity, String text) {
        static Problem of(Finding finding) {
            return new Problem(finding.severity().toString(), finding.toString());
        }
    }

    /** One workspace or doc as last read, with the contents of the files it was read from. */
    private record Read(Map<Path, byte[]> files, List<Source> sources, List<Problem> problems, Set<String> kept,
                        List<Path> inputs) {
        boolean unchanged() {
            if (files.isEmpty()) {
                return false;
            }
            for (var entry : files.entrySet()) {
                try {
                    if (!Arrays.equals(Files.readAllBytes(entry.getKey()), entry.getValue())) {
                        return false;
                    }
                } catch (IOException e) {
                    return false;
                }
            }
            return true;
        }
    }

    private final List<Path> workspaces;
    private final List<Path> docs;
    private final Rules rules;
    private final DiagramFinder finder = new DiagramFinder();
    private final Map<Path, Read> last = new HashMap<>();

    Inputs(List<Path> workspaces, List<Path> docs, Rules rules) {
        this.workspaces = List.copyOf(workspaces);
        this.docs = List.copyOf(docs);
        this.rules = Objects.requireNonNull(rules, "rules");
    }

    Reading read() {
        List<Source> sources = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        Set<String> kept = new LinkedHashSet<>();
        Set<Path> folders = new LinkedHashSet<>();
        Map<Path, Read> now = new HashMap<>();
        for (Path root : workspaces) {
            folders.add(folderOf(root));
            List<Path> files = files(root, p -> p.toString().endsWith(".dsl"), "workspace", problems);
            if (files.isEmpty() && Files.isDirectory(root)) {
                problems.add(new Problem("error", shown(root) + ":0: error: no .dsl workspaces in this folder"));
            }
            for (Path file : files) {
                Read read = reuse(file).orElseGet(() -> workspace(file));
                now.put(file, read);
                add(read, sources, problems, kept, folders);
            }
        }
        for (Path root : docs) {
            folders.add(folderOf(root));
            for (Path file : files(root, DiagramFinder::isDocumentation, "documentation", problems)) {
                Read read = reuse(file).orElseGet(() -> doc(file, Files.isDirectory(root)));
                now.put(file, read);
                add(read, sources, problems, kept, folders);
            }
        }
        last.clear();
        last.putAll(now);
        return new Reading(sources, problems, kept, folders);
    }

    private Optional<Read> reuse(Path file) {
        Read read = last.get(file);
        return read != null && read.unchanged() ? Optional.of(read) : Optional.empty();
    }

    private static void add(Read read, List<Source> sources, List<Problem> problems, Set<String> kept,
            Set<Path> folders) {
        sources.addAll(read.sources());
        problems.addAll(read.problems());
        kept.addAll(read.kept());
        read.inputs().forEach(input -> folders.add(input.toAbsolutePath().getParent()));
    }

    private Read workspace(Path file) {
        String group = shown(file).toString();
        Map<Path, byte[]> files = new HashMap<>();
        remember(file, files);
        List<Problem> problems = new ArrayList<>();
        ModelWorkspace workspace;
        try {
            workspace = Workspaces.load(shown(file));
        } catch (ModelException e) {
            e.findings().forEach(f -> problems.add(Problem.of(f)));
            // read again on every edit: which includes it has is unknown until it parses
            return new Read(Map.of(), List.of(), problems, Set.of(group), List.of(file));
        }
        workspace.inputs().forEach(input -> remember(input, files));
        List<Finding> findings = workspace.validate(rules);
        findings.forEach(f -> problems.add(Problem.of(f)));
        if (findings.stream().anyMatch(f -> f.severity() == Finding.Severity.ERROR)) {
            problems.add(new Problem("error", workspace.file() + ": its views are not generated until the errors "
                    + "above are fixed"));
            return new Read(files, List.of(), problems, Set.of(group), workspace.inputs());
        }
        List<Source> sources = new ArrayList<>();
        Set<String> kept = new LinkedHashSet<>();
        for (View view : workspace.views()) {
            for (ViewExporter.Format format : ViewExporter.formatsFor(view)) {
                Source probe = Source.ofView(group, view.getKey(), format.extension(), "", workspace.file(),
                        workspace.line(view));
                try {
                    String text = ViewExporter.export(workspace, view, format);
                    sources.add(Source.ofView(group, view.getKey(), format.extension(), text, workspace.file(),
                            workspace.line(view)));
                } catch (IllegalArgumentException e) {
                    problems.add(new Problem("error", workspace.where(view) + ": error: view \"" + view.getKey()
                            + "\": " + e.getMessage()));
                    kept.add(probe.id());
                }
            }
        }
        return new Read(files, sources, problems, kept, workspace.inputs());
    }

    private Read doc(Path file, boolean inFolder) {
        Map<Path, byte[]> files = new HashMap<>();
        remember(file, files);
        Path shown = shown(file);
        DiagramScan scan = inFolder || DiagramFinder.isDocumentation(file) ? finder.scanFile(file, shown)
                : finder.scanFileAsMarkdown(file, shown);
        List<Problem> problems = scan.findings().stream().map(Problem::of).toList();
        List<Source> sources = new ArrayList<>();
        int ordinal = 0;
        for (DiagramBlock block : scan.blocks()) {
            String format = block.notation() == Notation.PLANTUML ? "puml" : "mmd";
            String text = block.text();
            int firstLine = block.firstLine();
            if (format.equals("puml") && !text.stripLeading().startsWith("@start")) {
                // a fence may hold the diagram without its @startuml line; PlantUML needs it
                text = "@startuml\n" + text + (text.endsWith("\n") ? "" : "\n") + "@enduml\n";
                firstLine--;
            }
            sources.add(Source.ofDoc(shown.toString(), ordinal++, format, text,
                    block.fenced() ? block.fenceLine() : 1, firstLine));
        }
        return new Read(files, sources, problems, Set.of(), List.of(file));
    }

    private static void remember(Path file, Map<Path, byte[]> files) {
        try {
            files.put(file, Files.readAllBytes(file));
        } catch (IOException e) {
            // unreadable now: the read that follows reports it, and the next edit reads it again
        }
    }

    /** The files a configured path stands for: itself, or what its folder holds, in path order. */
    private static List<Path> files(Path root, java.util.function.Predicate<Path> wanted, String kind,
            List<Problem> problems) {
        if (Files.isRegularFile(root)) {
            return List.of(root);
        }
        if (!Files.isDirectory(root)) {
            problems.add(new Problem("error", shown(root) + ":0: error: no such " + kind + " file or folder"));
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> Files.isRegularFile(p) && wanted.test(p)).sorted().toList();
        } catch (IOException | UncheckedIOException e) {
            problems.add(new Problem("error", shown(root) + ":0: error: cannot list the folder: " + e.getMessage()));
            return List.of();
        }
    }

    private static Path folderOf(Path root) {
        Path absolute = root.toAbsolutePath().normalize();
        return Files.isDirectory(absolute) || absolute.getParent() == null ? absolute : absolute.getParent();
    }

    /** A path as the user should see it in findings: relative to the working folder when inside it. */
    static Path shown(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        Path here = Path.of("").toAbsolutePath();
        return absolute.startsWith(here) ? here.relativize(absolute) : absolute;
    }
}
