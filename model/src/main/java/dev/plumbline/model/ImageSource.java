package dev.plumbline.model;

import java.util.Objects;
import java.util.Optional;

/**
 * What an image view shows, as its DSL says: {@code plantuml}, {@code mermaid}, {@code kroki} or {@code image}, with a
 * file (relative to the DSL file it is written in) or inline text.
 *
 * @param kind  {@code plantuml}, {@code mermaid}, {@code kroki} or {@code image}
 * @param file  the file or URL as written, when not inline
 * @param text  the inline source ({@code """ ... """}), when written inline
 * @param where {@code file:line} of the line that names it
 */
public record ImageSource(String kind, Optional<String> file, Optional<String> text, String where) {
    public ImageSource {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(where, "where");
    }

    /** The DSL file the line is in (the part of {@link #where()} before the line number). */
    public String dslFile() {
        return where.substring(0, where.lastIndexOf(':'));
    }
}
