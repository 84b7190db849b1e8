package dev.plumbline.diagrams.check.plantuml;

import java.util.List;
import java.util.Locale;

/**
 * The text as the user wrote it, for turning PlantUML's 0-based line positions into 1-based lines and
 * for finding the lines of items PlantUML does not locate (notes, groupings, dividers).
 */
final class SourceLines {

    private final List<String> lines;
    private final int shift;

    SourceLines(List<String> lines, int shift) {
        this.lines = lines;
        this.shift = shift;
    }

    /** 1-based user line of PlantUML's 0-based position in the (possibly wrapped) source. */
    int fromPosition(int position) {
        return clamp(position + 1 + shift);
    }

    int startLine() {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).stripLeading().startsWith("@start")) {
                return i + 1;
            }
        }
        return 1;
    }

    /** The trimmed, lower-case text of a 1-based line, empty outside the text. */
    String text(int line) {
        return line >= 1 && line <= lines.size() ? lines.get(line - 1).strip().toLowerCase(Locale.ROOT) : "";
    }

    /**
     * The first line after {@code after} whose text starts with one of {@code prefixes}, or
     * {@code after} itself when there is none (the item then shares its predecessor's line).
     */
    int next(int after, String... prefixes) {
        for (int line = after + 1; line <= lines.size(); line++) {
            String text = text(line);
            for (String prefix : prefixes) {
                if (text.startsWith(prefix)) {
                    return line;
                }
            }
        }
        return after;
    }

    private int clamp(int line) {
        return Math.max(1, Math.min(line, Math.max(1, lines.size())));
    }
}
