package dev.plumbline.diagrams.render.mermaid;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Maps a line number in a Mermaid error back to the source the caller gave. Mermaid parses a cleaned text: front
 * matter, {@code %%{...}%%} directives, {@code %%} comment lines (with blank lines just before them) and leading
 * blank lines are removed first, and its parsers count lines in what is left. This redoes those steps (as Mermaid
 * 12 does them) while remembering where each remaining line came from.
 */
final class SourceLines {

    private static final Pattern LINE_BREAK = Pattern.compile("\r\n|\r|\n");
    private static final Pattern COMMENT = Pattern.compile("\\s*%%(?!\\{).+");

    private record Line(String text, int origin) {
    }

    private SourceLines() {
    }

    /**
     * @param reported 1-based line number as Mermaid reports it
     * @return the 1-based line of {@code definition} it refers to
     */
    static int originalLine(String definition, int reported) {
        var lines = new ArrayList<Line>();
        var raw = LINE_BREAK.split(definition, -1);
        for (int i = 0; i < raw.length; i++) {
            lines.add(new Line(raw[i], i + 1));
        }
        var kept = trimLeadingBlank(removeComments(removeDirectives(removeFrontMatter(lines))));
        if (kept.isEmpty()) {
            return Math.max(1, Math.min(reported, raw.length));
        }
        return kept.get(Math.max(0, Math.min(reported, kept.size()) - 1)).origin();
    }

    private static List<Line> removeFrontMatter(List<Line> lines) {
        if (lines.isEmpty() || !lines.getFirst().text().strip().equals("---")) {
            return lines;
        }
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).text().strip().equals("---")) {
                return lines.subList(i + 1, lines.size());
            }
        }
        return lines;
    }

    /** A directive may span lines; what surrounds it joins into one line, as removing the text would do. */
    private static List<Line> removeDirectives(List<Line> lines) {
        var out = new ArrayList<Line>();
        for (int i = 0; i < lines.size(); i++) {
            var line = lines.get(i);
            var text = line.text();
            int start = text.indexOf("%%{");
            while (start >= 0) {
                var before = text.substring(0, start);
                var rest = text.substring(start);
                int end = rest.indexOf("}%%");
                while (end < 0 && i + 1 < lines.size()) {
                    rest = rest + "\n" + lines.get(++i).text();
                    end = rest.indexOf("}%%");
                }
                if (end < 0) {
                    text = before;
                    break;
                }
                var after = rest.substring(end + 3);
                int newline = after.lastIndexOf('\n');
                text = before + (newline < 0 ? after : after.substring(newline + 1));
                start = text.indexOf("%%{", before.length());
            }
            out.add(new Line(text, line.origin()));
        }
        return out;
    }

    private static List<Line> removeComments(List<Line> lines) {
        var out = new ArrayList<Line>();
        for (var line : lines) {
            if (COMMENT.matcher(line.text()).matches()) {
                while (!out.isEmpty() && out.getLast().text().isBlank()) {
                    out.removeLast();
                }
            } else {
                out.add(line);
            }
        }
        return out;
    }

    private static List<Line> trimLeadingBlank(List<Line> lines) {
        int first = 0;
        while (first < lines.size() && lines.get(first).text().isBlank()) {
            first++;
        }
        return lines.subList(first, lines.size());
    }
}
