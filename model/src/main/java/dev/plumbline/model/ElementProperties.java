package dev.plumbline.model;

import com.structurizr.model.Element;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The {@code plumbline.*} element properties: {@code plumbline.shape} (a shape the exporters draw),
 * {@code plumbline.aliases} (other labels the docs may use, comma-separated) and {@code plumbline.drawnAs}
 * ({@code parent}). A value the exporters or the drift check could not use is an error at the element's line.
 */
final class ElementProperties {

    /** The shapes the exporters draw, by the names {@code plumbline.shape} uses (any case). */
    static final List<String> SHAPES = List.of("person", "database", "queue", "cloud", "storage", "node", "component",
            "frame", "folder", "package", "file", "artifact", "card", "hexagon", "collections", "stack", "rectangle",
            "decision", "terminal");
    private static final Set<String> KNOWN = Set.of("plumbline.shape", "plumbline.aliases", "plumbline.drawnAs",
            "plumbline.code");

    private ElementProperties() {
    }

    static List<Finding> check(Iterable<Element> elements, Locator locator) {
        List<Finding> findings = new ArrayList<>();
        for (Element element : elements) {
            for (Map.Entry<String, String> p : element.getProperties().entrySet()) {
                String key = p.getKey();
                if (!key.startsWith("plumbline.")) {
                    continue;
                }
                DslSource.Location at = locator.of(element);
                if (!KNOWN.contains(key)) {
                    // A warning, not an error: most likely a typo, but Structurizr itself accepts any property.
                    findings.add(Finding.warning(at.file(), at.line(), "element \"" + element.getName()
                            + "\": unknown element property \"" + key + "\"; Plumbline reads "
                            + String.join(", ", KNOWN.stream().sorted().toList())));
                    continue;
                }
                String problem = problem(key, p.getValue());
                if (problem != null) {
                    findings.add(Finding.error(at.file(), at.line(), "element \"" + element.getName() + "\": " + problem));
                }
            }
        }
        return findings;
    }

    private static String problem(String key, String value) {
        String v = value == null ? "" : value.strip();
        return switch (key) {
            case "plumbline.shape" -> SHAPES.contains(v.toLowerCase(Locale.ROOT)) ? null
                    : "unknown plumbline.shape \"" + v + "\"; use one of " + String.join(", ", SHAPES);
            case "plumbline.drawnAs" -> v.equals("parent") ? null
                    : "plumbline.drawnAs must be \"parent\", not \"" + v + "\"";
            // The archunit module parses the patterns and reports a malformed one at this element's line.
            case "plumbline.code" -> v.isEmpty() ? "plumbline.code must name at least one package pattern" : null;
            default -> v.isEmpty() || Arrays.stream(v.split(",")).anyMatch(String::isBlank)
                    ? "plumbline.aliases must list labels separated by commas, with none empty" : null;
        };
    }
}
