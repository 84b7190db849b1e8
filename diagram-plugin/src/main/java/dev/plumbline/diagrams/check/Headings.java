package dev.plumbline.diagrams.check;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import org.commonmark.node.Code;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/** The headings of a Markdown document with their lines, read as CommonMark reads them (not inside fences). */
final class Headings {

    private static final Parser PARSER = Parser.builder().includeSourceSpans(IncludeSourceSpans.BLOCKS).build();

    private Headings() {
    }

    static List<ViewMatcher.Heading> of(String markdown) {
        List<ViewMatcher.Heading> headings = new ArrayList<>();
        Deque<Node> pending = new ArrayDeque<>();
        pending.push(PARSER.parse(markdown));
        // Iterative: block quotes and lists may nest thousands deep.
        while (!pending.isEmpty()) {
            Node node = pending.pop();
            if (node instanceof org.commonmark.node.Heading heading && !heading.getSourceSpans().isEmpty()) {
                headings.add(new ViewMatcher.Heading(heading.getSourceSpans().getFirst().getLineIndex() + 1,
                        text(heading)));
                continue;
            }
            for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
                pending.push(child);
            }
        }
        headings.sort(Comparator.comparingInt(ViewMatcher.Heading::line));
        return headings;
    }

    private static String text(Node heading) {
        StringBuilder text = new StringBuilder();
        Deque<Node> pending = new ArrayDeque<>();
        pending.push(heading);
        while (!pending.isEmpty()) {
            Node node = pending.pop();
            if (node instanceof Text t) {
                text.append(t.getLiteral());
            } else if (node instanceof Code c) {
                text.append(c.getLiteral());
            }
            List<Node> children = new ArrayList<>();
            for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
                children.add(child);
            }
            for (int i = children.size() - 1; i >= 0; i--) {
                pending.push(children.get(i));
            }
        }
        return text.toString();
    }
}
