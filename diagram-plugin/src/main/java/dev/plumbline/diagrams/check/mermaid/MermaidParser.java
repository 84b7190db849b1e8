package dev.plumbline.diagrams.check.mermaid;

import dev.plumbline.diagrams.check.diagram.ParseResult;
import dev.plumbline.diagrams.check.diagram.SyntaxError;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads Mermaid flowcharts ({@code graph}/{@code flowchart}) and sequence diagrams into the neutral
 * diagram model. Other Mermaid diagram types are reported as unsupported, for Mermaid itself to check.
 *
 * <p>There is no Mermaid parser for the JVM, and the check must not need a browser to read docs, so
 * this follows Mermaid's documented syntax. Lines in the result are 1-based lines of the given text.
 * Any input yields a result; errors come back as {@link ParseResult.Invalid}, never as exceptions.
 */
public final class MermaidParser {

    private static final Set<String> OTHER_TYPES = Set.of("classdiagram", "classdiagram-v2", "statediagram",
            "statediagram-v2", "erdiagram", "journey", "gantt", "pie", "gitgraph", "mindmap", "timeline",
            "quadrantchart", "requirementdiagram", "requirement", "c4context", "c4container", "c4component",
            "c4dynamic", "c4deployment", "sankey-beta", "sankey", "xychart-beta", "xychart", "block-beta", "block",
            "architecture-beta", "architecture", "packet-beta", "packet", "kanban", "radar-beta", "zenuml",
            "info", "treemap-beta");

    /** What a diagram type keyword looks like: a word, perhaps with {@code -beta}-style parts. */
    private static final Pattern DIAGRAM_TYPE = Pattern.compile("[A-Za-z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*");

    public ParseResult parse(String text) {
        Objects.requireNonNull(text, "text");
        List<SourceLine> lines = SourceLine.split(text);
        try {
            int header = skipPreamble(lines);
            if (header >= lines.size()) {
                throw new MermaidSyntaxException(Math.max(1, lines.size()), "empty diagram: no diagram type given");
            }
            SourceLine first = lines.get(header);
            String trimmed = first.text().strip();
            String keyword = trimmed.split("[\\s;]", 2)[0];
            String lower = keyword.toLowerCase(Locale.ROOT);
            List<SourceLine> body = lines.subList(header + 1, lines.size());
            if (keyword.equals("graph") || keyword.equals("flowchart") || keyword.equals("flowchart-elk")) {
                return new ParseResult.Parsed(new FlowchartReader(first, body).read());
            }
            if (keyword.equals("sequenceDiagram")) {
                return new ParseResult.Parsed(new SequenceReader(first, body).read());
            }
            if (OTHER_TYPES.contains(lower) || DIAGRAM_TYPE.matcher(keyword).matches()) {
                // Mermaid gains diagram types with every release (ishikawa, treeView-beta, venn-beta, ...): one
                // this reader does not know goes to the pinned mermaid-cli's own parser, which has the last word.
                return new ParseResult.Unsupported(keyword, first.number());
            }
            throw new MermaidSyntaxException(first.number(), "unknown diagram type '" + shorten(keyword) + "'");
        } catch (MermaidSyntaxException e) {
            return new ParseResult.Invalid(new SyntaxError(e.line(), e.getMessage()));
        }
    }

    /** Skips blank lines, comments, directives and a YAML front matter block. */
    private static int skipPreamble(List<SourceLine> lines) throws MermaidSyntaxException {
        int i = 0;
        while (i < lines.size() && lines.get(i).text().isBlank()) {
            i++;
        }
        if (i < lines.size() && lines.get(i).text().strip().equals("---")) {
            int open = i;
            i++;
            while (i < lines.size() && !lines.get(i).text().strip().equals("---")) {
                i++;
            }
            if (i == lines.size()) {
                throw new MermaidSyntaxException(lines.get(open).number(), "front matter '---' is never closed");
            }
            i++;
        }
        while (i < lines.size() && lines.get(i).silent()) {
            i++;
        }
        return i;
    }

    static String shorten(String text) {
        return text.length() <= 60 ? text : text.substring(0, 57) + "...";
    }
}
