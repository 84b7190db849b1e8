package dev.plumbline.diagrams.check;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;

/**
 * Something the check tells the user about a file, printed as {@code path:line: severity: message} so
 * editors and CI logs link straight to the place.
 *
 * @param file     the file as the user named it (usually relative to the project)
 * @param line     1-based line in that file
 * @param severity how bad it is
 * @param message  what is wrong, for a person
 */
public record Finding(Path file, int line, Severity severity, String message) {

    public enum Severity { ERROR, WARNING, INFO }

    public Finding {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
        if (line < 1) {
            throw new IllegalArgumentException("line must be 1-based: " + line);
        }
    }

    @Override
    public String toString() {
        return file + ":" + line + ": " + severity.name().toLowerCase(Locale.ROOT) + ": " + message;
    }
}
