package dev.plumbline.diagrams.check.mermaid;

import java.util.ArrayList;
import java.util.List;

/** One line of diagram text with its 1-based number. */
record SourceLine(int number, String text) {

    static List<SourceLine> split(String text) {
        List<SourceLine> lines = new ArrayList<>();
        int number = 1;
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                lines.add(new SourceLine(number++, text.substring(start, i)));
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        if (start < text.length()) {
            lines.add(new SourceLine(number, text.substring(start)));
        }
        return lines;
    }

    /** Whether the line says nothing: blank or a {@code %%} comment. */
    boolean silent() {
        String trimmed = text.strip();
        return trimmed.isEmpty() || trimmed.startsWith("%%");
    }
}
