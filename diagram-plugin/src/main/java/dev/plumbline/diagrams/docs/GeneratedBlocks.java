package dev.plumbline.diagrams.docs;

import dev.plumbline.model.Finding;
import dev.plumbline.diagrams.check.markdown.DiagramBlock;
import dev.plumbline.diagrams.check.markdown.DiagramFinder;
import dev.plumbline.diagrams.check.markdown.Notation;
import dev.plumbline.diagrams.export.ViewExporter;
import dev.plumbline.model.ModelWorkspace;
import dev.plumbline.model.ViewKeys;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * Diagram blocks in the docs that are generated from the model: a fenced block holding the marker
 * {@code ' plumbline:generated <key>} (PlantUML) or {@code %% plumbline:generated <key>} (Mermaid), the marker every
 * exported diagram starts with. A marker is a comment in both languages, so the block still renders on GitHub.
 * {@code generate} rewrites stale ones ({@link #rewrite}); {@code check} reports them with a diff.
 * (A hand-drawn diagram names the view it depicts with {@code plumbline:view <key>} instead, and is compared with
 * the view by meaning, not text.) {@code generate} rewrites such blocks in place;
 * {@code check} reports each one whose committed text differs from what the model generates today.
 */
public final class GeneratedBlocks {

    /** The marker line; group 1 is the view key, possibly qualified as {@code workspace/key}. */
    public static final Pattern MARKER = Pattern.compile("^\\s*(?:'|%%)\\s*plumbline:generated\\s+(\\S+)\\s*$",
            Pattern.MULTILINE);

    /** A generated block and what the model generates for it today. */
    public record Block(DiagramBlock block, String viewKey, int markerLine, Optional<String> expected) {
        public Block {
            Objects.requireNonNull(block, "block");
            Objects.requireNonNull(viewKey, "viewKey");
            Objects.requireNonNull(expected, "expected");
        }

        /** Whether the committed text is what the model generates. */
        public boolean current() {
            return expected.isPresent() && expected.get().equals(stripFinalNewline(block.text()));
        }

        /** A unified diff from the committed block to the generated one, with lines of the Markdown file. */
        public String diff() {
            return expected.map(text -> UnifiedDiff.of(block.file() + " (committed)", block.file() + " (generated)",
                    block.text().lines().toList(), text.lines().toList(), block.firstLine())).orElse("");
        }
    }

    private static final Parser CODE_BLOCKS = Parser.builder().includeSourceSpans(IncludeSourceSpans.BLOCKS).build();

    private final ViewKeys views;

    /** The marker may name a view by its key, or as {@code workspace/key} where several workspaces share the key. */
    public GeneratedBlocks(List<ModelWorkspace> workspaces) {
        this.views = new ViewKeys(workspaces);
    }

    /** The generated blocks among the given ones; a marker naming no view has an empty {@code expected}. */
    public List<Block> find(List<DiagramBlock> blocks) {
        List<Block> generated = new ArrayList<>();
        for (DiagramBlock block : blocks) {
            Matcher marker = MARKER.matcher(block.text());
            if (!marker.find()) {
                continue;
            }
            int markerLine = block.fileLine(lineOf(block.text(), marker.start()));
            String key = marker.group(1);
            ViewKeys.Target target = views.find(key).orElse(null);
            Optional<String> expected = Optional.empty();
            if (target != null && ViewExporter.formatsFor(target.view()).contains(format(block.notation()))) {
                String text = ViewExporter.export(target.workspace(), target.view(), format(block.notation()));
                if (!key.equals(target.view().getKey())) {
                    // a qualified marker (workspace/key) stays qualified, or the block would name no view next time
                    text = text.replaceFirst("plumbline:generated " + Pattern.quote(target.view().getKey()) + "\n",
                            Matcher.quoteReplacement("plumbline:generated " + key + "\n"));
                }
                expected = Optional.of(stripFinalNewline(text));
            }
            generated.add(new Block(block, key, markerLine, expected));
        }
        return generated;
    }

    /**
     * What {@link #rewrite} decided for one document.
     *
     * @param text    the document with every stale generated block rewritten; empty when nothing changes or when
     *                the rewrite was refused
     * @param refusal why the document is left untouched, one {@code file:line: error:} finding each; empty when
     *                the rewrite is safe
     */
    public record Rewrite(Optional<String> text, List<Finding> refusal) {
        public Rewrite {
            Objects.requireNonNull(text, "text");
            refusal = List.copyOf(refusal);
        }
    }

    /**
     * The Markdown text with every stale generated block rewritten from the model. All or nothing: when any
     * generated block cannot be told apart from the prose around it (a fence never closed, a marker outside a
     * fence, two markers in one block, a block inside a quote or list marker, generated text that would close its
     * fence), nothing is rewritten and the refusal says where. The caller writes the text (atomically).
     *
     * @param markdown the document as the user names it, for findings
     * @param text     the document's text
     */
    public Rewrite rewrite(Path markdown, String text) {
        List<DiagramBlock> diagrams = new DiagramFinder().scanMarkdown(markdown, text).blocks();
        List<Block> generated = find(diagrams);
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        List<Finding> refusal = new ArrayList<>(strayMarkers(markdown, text, lines, diagrams));
        List<Block> stale = new ArrayList<>();
        for (Block b : generated) {
            DiagramBlock block = b.block();
            if (!block.fenced()) {
                continue;
            }
            Matcher markers = MARKER.matcher(block.text());
            markers.find();
            if (markers.find()) {
                refusal.add(refuse(markdown, block.fileLine(lineOf(block.text(), markers.start())),
                        "a second plumbline:generated marker in the block whose marker is on line " + b.markerLine()
                                + "; keep one marker per block"));
                continue;
            }
            if (block.closingFenceLine() == 0) {
                refusal.add(refuse(markdown, block.fenceLine(), "the fence of generated block \"" + b.viewKey()
                        + "\" is never closed, so Plumbline cannot tell the diagram from the prose after it; "
                        + "close the fence"));
                continue;
            }
            int markerAt = lineOf(block.text(), MARKER.matcher(block.text()).results().findFirst().orElseThrow().start());
            if (block.text().lines().limit(markerAt - 1).anyMatch(l -> !l.isBlank() && !l.strip().startsWith("@start"))) {
                refusal.add(refuse(markdown, block.firstLine(), "generated block \"" + b.viewKey() + "\" has lines"
                        + " before its plumbline:generated marker on line " + b.markerLine() + " (a fence above it may"
                        + " be unclosed); a generated block starts with its marker"));
                continue;
            }
            String marks = stripCarriageReturn(lines.get(block.fenceLine() - 1)).stripLeading();
            if (!(marks.startsWith("```") || marks.startsWith("~~~"))) {
                refusal.add(refuse(markdown, block.fenceLine(), "generated block \"" + b.viewKey()
                        + "\" starts on a line with a quote or list marker; put its fence on a line of its own"));
                continue;
            }
            if (b.expected().isEmpty() || b.current()) {
                continue;
            }
            String fenceRun = marks.substring(0, runLength(marks));
            if (b.expected().get().lines().anyMatch(l -> l.strip().startsWith(fenceRun))) {
                refusal.add(refuse(markdown, b.markerLine(), "the text generated for view \"" + b.viewKey()
                        + "\" holds a line that would close its " + fenceRun + " fence; use a longer fence"));
                continue;
            }
            stale.add(b);
        }
        if (!refusal.isEmpty()) {
            return new Rewrite(Optional.empty(), refusal);
        }
        if (stale.isEmpty()) {
            return new Rewrite(Optional.empty(), List.of());
        }
        // bottom-up, so earlier line numbers stay valid
        for (int i = stale.size() - 1; i >= 0; i--) {
            DiagramBlock block = stale.get(i).block();
            String fence = lines.get(block.fenceLine() - 1);
            // a CRLF document gets CRLF lines: split on LF left each line's CR in place
            String ending = fence.endsWith("\r") ? "\r" : "";
            String bare = stripCarriageReturn(fence);
            String prefix = bare.substring(0, bare.length() - bare.stripLeading().length());
            List<String> replacement = stale.get(i).expected().get().lines().map(l -> prefix + l + ending).toList();
            for (int line = block.lastLine(); line >= block.firstLine(); line--) {
                lines.remove(line - 1);
            }
            lines.addAll(block.firstLine() - 1, replacement);
        }
        return new Rewrite(Optional.of(String.join("\n", lines)), List.of());
    }

    /** Marker lines in prose, outside every code block: a fence lost or never written around generated text. */
    private List<Finding> strayMarkers(Path markdown, String text, List<String> lines, List<DiagramBlock> diagrams) {
        boolean[] inCode = new boolean[lines.size() + 2];
        Node document = CODE_BLOCKS.parse(text);
        for (Node node = document.getFirstChild(); node != null; node = next(node, document)) {
            if (node instanceof FencedCodeBlock || node instanceof IndentedCodeBlock) {
                for (SourceSpan span : node.getSourceSpans()) {
                    inCode[span.getLineIndex() + 1] = true;
                }
            }
        }
        for (DiagramBlock block : diagrams) {
            for (int line = Math.max(1, block.fenceLine()); line <= Math.max(block.lastLine(), block.closingFenceLine()); line++) {
                inCode[line] = true;
            }
        }
        List<Finding> stray = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (!inCode[i + 1] && MARKER.matcher(stripCarriageReturn(lines.get(i))).matches()) {
                stray.add(refuse(markdown, i + 1, "a plumbline:generated marker outside a ```mermaid or "
                        + "```plantuml fence; Plumbline cannot tell which lines are generated, so put the fence back"));
            }
        }
        return stray;
    }

    /** Depth-first successor of {@code node} within {@code root}, so deep nesting needs no recursion. */
    private static Node next(Node node, Node root) {
        if (node.getFirstChild() != null && !(node instanceof FencedCodeBlock)) {
            return node.getFirstChild();
        }
        for (Node n = node; n != null && n != root; n = n.getParent()) {
            if (n.getNext() != null) {
                return n.getNext();
            }
        }
        return null;
    }

    private static Finding refuse(Path markdown, int line, String message) {
        return new Finding(markdown, Math.max(line, 1), Finding.Severity.ERROR,
                message + " (the file is left as it is)");
    }

    private static int runLength(String marks) {
        int n = 0;
        while (n < marks.length() && marks.charAt(n) == marks.charAt(0)) {
            n++;
        }
        return n;
    }

    private static String stripCarriageReturn(String line) {
        return line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
    }

    private static ViewExporter.Format format(Notation notation) {
        return notation == Notation.PLANTUML ? ViewExporter.Format.PLANTUML : ViewExporter.Format.MERMAID;
    }

    private static int lineOf(String text, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    private static String stripFinalNewline(String text) {
        return text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
    }
}
