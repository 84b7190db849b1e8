package dev.plumbline.diagrams.check;

/** Escapes text for the report formats, so finding messages quoting diagram text cannot break or inject markup. */
final class Escaping {

    private Escaping() {
    }

    /** For XML and HTML text and attribute values; drops characters XML 1.0 cannot carry. */
    static String xml(String text) {
        StringBuilder out = new StringBuilder(text.length());
        xmlChars(text).codePoints().forEach(c -> {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.appendCodePoint(c);
            }
        });
        return out.toString();
    }

    /** The text with each character XML 1.0 cannot carry (most control characters) replaced by U+FFFD. */
    static String xmlChars(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> out.appendCodePoint(c == '\t' || c == '\n' || c == '\r'
                || c >= 0x20 && c <= 0xD7FF || c >= 0xE000 && c <= 0xFFFD || c >= 0x10000 ? c : '\uFFFD'));
        return out.toString();
    }

    /** Text for a Markdown table cell: no line breaks, no column separators, no inline HTML. */
    static String markdownCell(String text) {
        return text.replace("\\", "\\\\").replace("|", "\\|").replace("\r", " ").replace("\n", " ")
                .replace("<", "&lt;").replace(">", "&gt;").replace("`", "\\`");
    }
}
