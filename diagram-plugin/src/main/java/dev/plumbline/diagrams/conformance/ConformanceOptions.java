package dev.plumbline.diagrams.conformance;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What one conformance run looks at.
 *
 * @param workspaces workspace files, or folders searched for {@code .dsl} files
 * @param classes    the module's compiled classes
 * @param sources    its source roots, where violations in code are placed
 * @param elements   only these mapped elements (DSL identifiers); empty: every mapped one
 * @param base       the project folder; findings name files relative to it
 * @param formats    {@code console}, {@code junit}, {@code sarif}, {@code markdown}, {@code html}
 * @param baseline   file of accepted findings, if any; a missing file accepts nothing
 */
record ConformanceOptions(List<Path> workspaces, Path classes, List<Path> sources, List<String> elements, Path base,
                          Set<String> formats, Optional<Path> baseline) {

    /** The report formats there are, in the order messages list them. */
    static final Set<String> FORMATS = java.util.Collections.unmodifiableSequencedSet(
            new java.util.LinkedHashSet<>(List.of("console", "junit", "sarif", "markdown", "html")));

    ConformanceOptions {
        workspaces = List.copyOf(workspaces);
        Objects.requireNonNull(classes, "classes");
        sources = List.copyOf(sources);
        elements = List.copyOf(elements);
        Objects.requireNonNull(base, "base");
        formats = Set.copyOf(formats);
        Objects.requireNonNull(baseline, "baseline");
    }

    boolean wants(String format) {
        return formats.contains(format);
    }
}
