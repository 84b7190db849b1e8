package dev.plumbline.archunit;

import com.structurizr.model.Element;
import com.tngtech.archunit.core.domain.PackageMatcher;
import java.util.List;
import java.util.Objects;

/**
 * A model element with the code it names in {@code plumbline.code}.
 *
 * @param element    the Structurizr element
 * @param identifier its DSL identifier, which messages and suggested DSL lines use
 * @param kind       {@code container} or {@code component}
 * @param line       the line of its declaration in the workspace, 0 if unknown
 * @param patterns   its ArchUnit package patterns, in written order
 */
record MappedElement(Element element, String identifier, String kind, int line, List<Pattern> patterns) {

    /** One package pattern as written, with its compiled matcher. */
    record Pattern(String text, PackageMatcher matcher) {
        Pattern {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(matcher, "matcher");
        }
    }

    MappedElement {
        Objects.requireNonNull(element, "element");
        Objects.requireNonNull(identifier, "identifier");
        Objects.requireNonNull(kind, "kind");
        patterns = List.copyOf(patterns);
    }

    boolean owns(String packageName) {
        for (Pattern pattern : patterns) {
            if (pattern.matcher().matches(packageName)) {
                return true;
            }
        }
        return false;
    }

    /** {@code container orders (shop.dsl:5)}. */
    String described(String file) {
        return kind + " " + identifier + " (" + Scope.location(file, line) + ")";
    }
}
