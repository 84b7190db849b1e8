package dev.plumbline.diagrams.check.markdown;

import dev.plumbline.model.Finding;
import dev.plumbline.model.Finding.Severity;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * Finds the PlantUML and Mermaid diagrams in documentation: fenced blocks in Markdown whose info
 * string is {@code plantuml}, {@code puml} or {@code mermaid}, and standalone {@code .puml},
 * {@code .plantuml}, {@code .mmd} files.
 *
 * <p>A fence inside another fence is text of the outer block, not a diagram, exactly as CommonMark
 * reads it. Files that cannot be read as UTF-8 text become findings, never exceptions.
 */
public final class DiagramFinder {

    private final Parser parser = Parser.builder()
            .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
            .build();

    /** Scans every Markdown and diagram file under {@code root}, in path order. */
    public DiagramScan scanTree(Path root) {
        Objects.requireNonNull(root, "root");
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root)) {
            files = walk.filter(Files::isRegularFile)
                    .filter(p -> kindOf(p).isPresent())
                    .sorted(Comparator.comparing(p -> root.relativize(p).toString()))
                    .toList();
        } catch (IOException | UncheckedIOException e) {
            return new DiagramScan(List.of(), List.of(new Finding(root, 1, Severity.ERROR,
                    "cannot list directory: " + e.getMessage())));
        }
        List<DiagramBlock> blocks = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        for (Path file : files) {
            DiagramScan scan = scanFile(file, root.relativize(file));
            blocks.addAll(scan.blocks());
            findings.addAll(scan.findings());
        }
        return new DiagramScan(blocks, findings);
    }

    /**
     * Scans one file, choosing by its extension how to read it; other files yield nothing.
     *
     * @param file    where to read
     * @param shownAs how findings and blocks name the file (usually relative to the project)
     */
    public DiagramScan scanFile(Path file, Path shownAs) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(shownAs, "shownAs");
        Optional<FileKind> kind = kindOf(file);
        if (kind.isEmpty()) {
            return new DiagramScan(List.of(), List.of());
        }
        return switch (SourceText.read(file, shownAs)) {
            case SourceText.Unreadable unreadable -> new DiagramScan(List.of(), List.of(unreadable.finding()));
            case SourceText.Text text -> switch (kind.get()) {
                case MARKDOWN -> scanMarkdown(shownAs, text.text());
                case PLANTUML -> standalone(shownAs, Notation.PLANTUML, text.text());
                case MERMAID -> standalone(shownAs, Notation.MERMAID, text.text());
            };
        };
    }

    /**
     * Scans one file as Markdown whatever its extension, for documents a user names explicitly (the seeds end
     * in {@code .txt}).
     */
    public DiagramScan scanFileAsMarkdown(Path file, Path shownAs) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(shownAs, "shownAs");
        return switch (SourceText.read(file, shownAs)) {
            case SourceText.Unreadable unreadable -> new DiagramScan(List.of(), List.of(unreadable.finding()));
            case SourceText.Text text -> scanMarkdown(shownAs, text.text());
        };
    }

    /** Whether {@link #scanFile} reads this file: Markdown, PlantUML or Mermaid by its extension. */
    public static boolean isDocumentation(Path file) {
        return kindOf(file).isPresent();
    }

    /** Finds the diagram fences in Markdown text. */
    public DiagramScan scanMarkdown(Path shownAs, String markdown) {
        Objects.requireNonNull(shownAs, "shownAs");
        Objects.requireNonNull(markdown, "markdown");
        Node document = parser.parse(markdown);
        List<DiagramBlock> blocks = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        // Iterative walk: documents may nest block quotes and lists thousands deep.
        Deque<Node> pending = new ArrayDeque<>();
        pending.push(document);
        while (!pending.isEmpty()) {
            Node node = pending.pop();
            if (node instanceof FencedCodeBlock fence) {
                notationOf(fence.getInfo()).ifPresent(notation -> blocks.add(block(shownAs, fence, notation, findings)));
                continue;
            }
            List<Node> children = new ArrayList<>();
            for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
                children.add(child);
            }
            for (int i = children.size() - 1; i >= 0; i--) {
                pending.push(children.get(i));
            }
        }
        return new DiagramScan(blocks, findings);
    }

    private static DiagramBlock block(Path file, FencedCodeBlock fence, Notation notation, List<Finding> findings) {
        List<SourceSpan> spans = fence.getSourceSpans();
        int fenceLine = spans.getFirst().getLineIndex() + 1;
        int lastSpanLine = spans.getLast().getLineIndex() + 1;
        String text = fence.getLiteral() == null ? "" : fence.getLiteral();
        boolean closed = fence.getClosingFenceLength() != null;
        int lastLine = closed ? lastSpanLine - 1 : lastSpanLine;
        if (!closed) {
            findings.add(new Finding(file, fenceLine, Severity.WARNING, "```" + fence.getInfo().strip()
                    + " fence is never closed; the diagram runs to line " + lastLine
                    + ", where its container or the file ends"));
        }
        return new DiagramBlock(file, notation, fenceLine, fenceLine + 1, lastLine, closed ? lastSpanLine : 0, text);
    }

    private static DiagramScan standalone(Path file, Notation notation, String text) {
        long lines = text.isEmpty() ? 0 : text.lines().count();
        return new DiagramScan(List.of(new DiagramBlock(file, notation, 0, 1, (int) lines, 0, text)), List.of());
    }

    static Optional<Notation> notationOf(String info) {
        if (info == null) {
            return Optional.empty();
        }
        String word = info.strip().split("[\\s{]", 2)[0].toLowerCase(Locale.ROOT);
        return switch (word) {
            case "plantuml", "puml" -> Optional.of(Notation.PLANTUML);
            case "mermaid" -> Optional.of(Notation.MERMAID);
            default -> Optional.empty();
        };
    }

    private enum FileKind { MARKDOWN, PLANTUML, MERMAID }

    private static Optional<FileKind> kindOf(Path file) {
        Path name = file.getFileName();
        if (name == null) {
            return Optional.empty();
        }
        String lower = name.toString().toLowerCase(Locale.ROOT);
        if (lower.endsWith(".md") || lower.endsWith(".markdown")) {
            return Optional.of(FileKind.MARKDOWN);
        }
        if (lower.endsWith(".puml") || lower.endsWith(".plantuml")) {
            return Optional.of(FileKind.PLANTUML);
        }
        if (lower.endsWith(".mmd")) {
            return Optional.of(FileKind.MERMAID);
        }
        return Optional.empty();
    }
}
