package dev.plumbline.diagrams.render.plantuml;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The same diagram laid out in the other direction. Graph layouts that loop forever on one ranking usually finish
 * on the transposed one, so this is the first fallback after a timeout.
 */
final class DirectionToggle {

    private static final Pattern LINE_BREAK = Pattern.compile("\\R");

    private DirectionToggle() {
    }

    static String toggle(String source) {
        Objects.requireNonNull(source, "source");
        String[] lines = LINE_BREAK.split(source, -1);
        int start = -1;
        for (int i = 0; i < lines.length; i++) {
            String directive = lines[i].strip().toLowerCase(Locale.ROOT);
            if (directive.equals("left to right direction")) {
                lines[i] = "top to bottom direction";
                return String.join("\n", lines);
            }
            if (directive.equals("top to bottom direction")) {
                lines[i] = "left to right direction";
                return String.join("\n", lines);
            }
            if (start < 0 && directive.startsWith("@start")) {
                start = i;
            }
        }
        StringBuilder toggled = new StringBuilder();
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                toggled.append('\n');
            }
            toggled.append(lines[i]);
            if (i == start) {
                toggled.append("\nleft to right direction");
            }
        }
        return toggled.toString();
    }
}
