package dev.plumbline.diagrams.render.mermaid;

import java.util.regex.Pattern;

/** Turns Mermaid's error text into one line that reads well after {@code file:line: }. */
final class ErrorText {

    private static final Pattern LOCATION_PREFIX = Pattern.compile(
            "^(?:Parsing failed:\\s*)?(?:Parse error on line \\d+(?:, column \\d+)?:?)\\s*", Pattern.CASE_INSENSITIVE);

    private ErrorText() {
    }

    static String summary(String message) {
        var text = message.strip();
        if (text.isEmpty()) {
            return "Mermaid could not render this diagram";
        }
        var lines = text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        if (lines.getFirst().matches("(?i)parse error on line \\d+:?") && lines.size() > 1) {
            // jison's layout: location, excerpt, caret line, then what was expected.
            return "Parse error: " + lines.getLast();
        }
        var first = LOCATION_PREFIX.matcher(lines.getFirst()).replaceFirst("");
        if (first.startsWith("No diagram type detected")) {
            return "unknown diagram type (the first line must name one, e.g. flowchart, sequenceDiagram)";
        }
        return lines.getFirst().toLowerCase().contains("parse error") ? "Parse error: " + first : first;
    }
}
