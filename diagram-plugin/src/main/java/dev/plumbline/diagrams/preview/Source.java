package dev.plumbline.diagrams.preview;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * One picture the preview shows: a view in one notation, or a diagram block of a doc, with its source text and
 * where problems with it are reported.
 *
 * @param id        opaque, stable name of the picture (its URL is {@code /svg/<id>}); the same view keeps its id
 *                  across edits
 * @param group     what the page groups it under: the workspace or doc file, as the user names it
 * @param title     the view key, or the doc block's line
 * @param format    {@code puml} or {@code mmd}
 * @param text      the diagram source
 * @param file      the file problems are reported at
 * @param line      the view's line in its workspace, or the doc block's fence line
 * @param view      the view key, or null for a doc block
 * @param firstLine for a doc block, the file line of the text's first line (problems at text lines map to it)
 */
record Source(String id, String group, String title, String format, String text, String file, int line, String view,
              int firstLine) {

    Source {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(file, "file");
    }

    static Source ofView(String group, String key, String format, String text, String file, int line) {
        return new Source(id(group, key, format), group, key, format, text, file, line, key, 0);
    }

    static Source ofDoc(String file, int ordinal, String format, String text, int fenceLine, int firstLine) {
        return new Source(id(file, "#" + ordinal, format), file, "diagram at line " + fenceLine, format, text, file,
                fenceLine, null, firstLine);
    }

    /**
     * A render problem as {@code generate} prints it ({@code file:line: error: view "key" (puml line 3): message}),
     * so the page and the build log read the same; for a doc block the line is the doc's own.
     */
    String problem(int sourceLine, String message) {
        if (view != null) {
            return file + ":" + line + ": error: view \"" + view + "\" (" + format
                    + (sourceLine > 0 ? " line " + sourceLine : "") + "): " + message;
        }
        int at = sourceLine > 0 ? firstLine + sourceLine - 1 : line;
        return file + ":" + at + ": error: diagram (" + format + "): " + message;
    }

    private static String id(String... parts) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (String part : parts) {
                digest.update(part.getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
            }
            return HexFormat.of().formatHex(digest.digest(), 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
