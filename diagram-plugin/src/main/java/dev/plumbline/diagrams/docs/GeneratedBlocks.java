package dev.plumbline.diagrams.docs;

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

/**
 * Diagram blocks in the docs that are generated from the model: a fenced block holding the marker
 * {@code ' plumbline:generated <key>} (PlantUML) or {@code %% plumbline:generated <key>} (Mermaid), the marker every
 * exported diagram starts with. A marker is a comment in both languages, so the block still renders on GitHub.
 * {@code generate} rewrites stale ones ({@link #refreshed}); {@code check} reports them with a diff.
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
     * The Markdown text with every stale generated block rewritten from the model, or empty when all are current.
     * The caller writes it (atomically), so a crash never leaves a document half-rewritten.
     *
     * @param markdown the document as the user names it, for its blocks' positions
     * @param text     the document's text
     */
    public Optional<String> refreshed(Path markdown, String text) {
        List<Block> stale = find(new DiagramFinder().scanMarkdown(markdown, text).blocks()).stream()
                .filter(b -> b.block().fenced() && b.expected().isPresent() && !b.current())
                .toList();
        if (stale.isEmpty()) {
            return Optional.empty();
        }
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        // bottom-up, so earlier line numbers stay valid
        for (int i = stale.size() - 1; i >= 0; i--) {
            DiagramBlock block = stale.get(i).block();
            String fence = lines.get(block.fenceLine() - 1);
            String prefix = fence.substring(0, fence.indexOf(fence.strip().charAt(0)));
            List<String> replacement = stale.get(i).expected().get().lines().map(l -> prefix + l).toList();
            for (int line = block.lastLine(); line >= block.firstLine(); line--) {
                lines.remove(line - 1);
            }
            lines.addAll(block.firstLine() - 1, replacement);
        }
        return Optional.of(String.join("\n", lines));
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
