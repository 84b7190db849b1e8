package dev.plumbline.diagrams.site;

import java.util.Locale;
import java.util.regex.Pattern;

/** Escaping for text from the model and the docs: every string a user wrote is text in the page, never markup. */
final class Html {

    private static final Pattern UNSAFE_NAME = Pattern.compile("[^A-Za-z0-9._-]");

    private Html() {
    }

    static String text(String value) {
        if (value == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(value.length() + 16);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** A file or anchor name for any string: safe characters kept, the rest replaced, a hash keeps names apart. */
    static String slug(String value) {
        String safe = UNSAFE_NAME.matcher(value).replaceAll("_");
        if (safe.equals(value) && !safe.isEmpty() && !safe.startsWith(".")) {
            return safe;
        }
        return (safe.isEmpty() ? "x" : safe.replaceFirst("^\\.+", "_")) + "-"
                + Integer.toHexString(value.hashCode()).toLowerCase(Locale.ROOT);
    }

    /** JSON string literal safe inside a {@code <script>} file: no {@code </script>} can be formed. */
    static String json(String value) {
        StringBuilder out = new StringBuilder("\"");
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '<' -> out.append("\\u003c");
                case '>' -> out.append("\\u003e");
                case '&' -> out.append("\\u0026");
                default -> {
                    if (c < 0x20 || c == 0x2028 || c == 0x2029) {
                        out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
