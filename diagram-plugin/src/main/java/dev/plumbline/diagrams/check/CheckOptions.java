package dev.plumbline.diagrams.check;

import dev.plumbline.model.Rules;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What one drift check looks at.
 *
 * @param workspaces   workspace files, or folders searched for {@code .dsl} files
 * @param docs         documentation folders (searched for Markdown, {@code .puml}, {@code .plantuml}, {@code .mmd})
 *                     or files (a named file of another extension is read as Markdown)
 * @param base         the project folder; findings name files relative to it
 * @param formats      reports to produce: {@code console}, {@code junit}, {@code sarif}, {@code markdown},
 *                     {@code html}
 * @param baseline     file of accepted findings, if any; a missing file accepts nothing
 * @param parseTimeout wall-clock limit for reading one diagram
 * @param rules        how severe each model rule is ({@code plumbline.rules})
 */
public record CheckOptions(List<Path> workspaces, List<Path> docs, Path base, Set<String> formats,
                           Optional<Path> baseline, Duration parseTimeout, Rules rules) {

    /** The report formats there are, in the order messages list them. */
    public static final Set<String> FORMATS = java.util.Collections.unmodifiableSequencedSet(
            new LinkedHashSet<>(List.of("console", "junit", "sarif", "markdown", "html")));

    public CheckOptions {
        workspaces = List.copyOf(workspaces);
        docs = List.copyOf(docs);
        Objects.requireNonNull(base, "base");
        Set<String> normalised = new LinkedHashSet<>();
        for (String format : formats) {
            String f = format.strip().toLowerCase(Locale.ROOT);
            if (!FORMATS.contains(f)) {
                throw new IllegalArgumentException("unknown report format \"" + format
                        + "\"; use console, junit, sarif, markdown or html");
            }
            normalised.add(f);
        }
        formats = Set.copyOf(normalised);
        Objects.requireNonNull(baseline, "baseline");
        Objects.requireNonNull(parseTimeout, "parseTimeout");
        Objects.requireNonNull(rules, "rules");
        if (parseTimeout.isNegative() || parseTimeout.isZero()) {
            throw new IllegalArgumentException("the parse time limit must be positive");
        }
    }

    /** Options with the model rules as lint, the default for users' workspaces. */
    public CheckOptions(List<Path> workspaces, List<Path> docs, Path base, Set<String> formats,
                        Optional<Path> baseline, Duration parseTimeout) {
        this(workspaces, docs, base, formats, baseline, parseTimeout, Rules.LINT);
    }

    /** Options with every report format, no baseline and a 20 second limit per diagram. */
    public static CheckOptions of(List<Path> workspaces, List<Path> docs, Path base) {
        return new CheckOptions(workspaces, docs, base, FORMATS, Optional.empty(), Duration.ofSeconds(20));
    }

    public boolean wants(String format) {
        return formats.contains(format);
    }
}
