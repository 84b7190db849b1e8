package dev.plumbline.model;

import java.util.Comparator;
import java.util.Objects;

/**
 * One problem found in a workspace, printed the way compilers print them: {@code file:line: severity: message}.
 *
 * @param file     the workspace file (a path or a classpath resource name)
 * @param line     1-based line in that file, 0 when no line can be named
 * @param severity how bad it is
 * @param message  what is wrong, in one sentence
 */
public record Finding(String file, int line, Severity severity, String message) implements Comparable<Finding> {

    /** How bad a finding is. */
    public enum Severity {
        ERROR, WARNING, INFO;

        @Override
        public String toString() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    private static final Comparator<Finding> ORDER = Comparator.comparing(Finding::file)
            .thenComparingInt(Finding::line)
            .thenComparing(Finding::severity)
            .thenComparing(Finding::message);

    public Finding {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
    }

    /**
     * A finding in a file named by path (docs, baselines, reports). The path is kept with forward slashes, so
     * reports, baseline fingerprints and sort order read the same on every machine.
     */
    public Finding(java.nio.file.Path file, int line, Severity severity, String message) {
        this(Objects.requireNonNull(file, "file").toString().replace('\\', '/'), line, severity, message);
    }

    static Finding error(String file, int line, String message) {
        return new Finding(file, line, Severity.ERROR, message);
    }

    static Finding warning(String file, int line, String message) {
        return new Finding(file, line, Severity.WARNING, message);
    }

    @Override
    public int compareTo(Finding other) {
        return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
        return file + ":" + line + ": " + severity + ": " + message;
    }
}
