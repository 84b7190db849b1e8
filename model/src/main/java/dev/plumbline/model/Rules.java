package dev.plumbline.model;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * How severe each of Plumbline's model rules is. Users' workspaces are theirs: the rules are lint there
 * ({@link #LINT}, every rule a warning). Plumbline's curated workspaces are held to them ({@link #STRICT}, every rule
 * an error). Parse errors and malformed {@code plumbline.*} extension properties are not rules: they are always
 * errors. Written as {@code plumbline.rules}: {@code description=error,orphan=off} ({@code all=...} sets every rule,
 * later entries win).
 */
public final class Rules {

    /** A model rule, by the name {@code plumbline.rules} uses. */
    public enum Rule {
        /** Every element and relationship has a description. */
        DESCRIPTION("description"),
        /** Every element appears in some view. */
        ORPHAN("orphan"),
        /** No view is empty. */
        EMPTY_VIEW("empty-view"),
        /** Sequence directives are written next to their steps, not anchored by step number. */
        NUMBERED_DIRECTIVE("numbered-directive");

        private final String written;

        Rule(String written) {
            this.written = written;
        }

        /** The rule's name in {@code plumbline.rules}. */
        public String written() {
            return written;
        }
    }

    /** Every rule a warning: the default for users' workspaces. */
    public static final Rules LINT = new Rules(all(Finding.Severity.WARNING));

    /** Every rule an error: Plumbline's own workspaces. */
    public static final Rules STRICT = new Rules(all(Finding.Severity.ERROR));

    /** A rule's severity; absent when the rule is off. */
    private final Map<Rule, Optional<Finding.Severity>> severities;

    private Rules(Map<Rule, Optional<Finding.Severity>> severities) {
        this.severities = Map.copyOf(severities);
    }

    /**
     * Reads {@code rule=severity,...} over the {@link #LINT} defaults; severities are {@code error}, {@code warning},
     * {@code info} and {@code off}.
     *
     * @throws IllegalArgumentException saying what is wrong, in the user's words
     */
    public static Rules parse(String spec) {
        Objects.requireNonNull(spec, "spec");
        Map<Rule, Optional<Finding.Severity>> severities = new EnumMap<>(LINT.severities);
        for (String entry : spec.split(",")) {
            if (entry.isBlank()) {
                continue;
            }
            int eq = entry.indexOf('=');
            if (eq < 0) {
                throw new IllegalArgumentException("plumbline.rules entry \"" + entry.strip()
                        + "\" needs the form <rule>=<severity>, e.g. description=error");
            }
            String name = entry.substring(0, eq).strip().toLowerCase(Locale.ROOT);
            Optional<Finding.Severity> severity = severity(entry.substring(eq + 1).strip());
            if (name.equals("all")) {
                for (Rule rule : Rule.values()) {
                    severities.put(rule, severity);
                }
                continue;
            }
            Rule rule = Arrays.stream(Rule.values()).filter(r -> r.written.equals(name)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("plumbline.rules names no rule \"" + name
                            + "\"; the rules are all, " + Arrays.stream(Rule.values()).map(Rule::written)
                            .collect(Collectors.joining(", "))));
            severities.put(rule, severity);
        }
        return new Rules(severities);
    }

    /** The severity findings of this rule get; empty when the rule is off. */
    public Optional<Finding.Severity> severity(Rule rule) {
        return severities.get(Objects.requireNonNull(rule, "rule"));
    }

    /** The finding of a rule at a place, or empty when the rule is off. */
    Optional<Finding> finding(Rule rule, String file, int line, String message) {
        return severity(rule).map(s -> new Finding(file, line, s, message));
    }

    private static Optional<Finding.Severity> severity(String written) {
        return switch (written.toLowerCase(Locale.ROOT)) {
            case "error" -> Optional.of(Finding.Severity.ERROR);
            case "warning", "warn" -> Optional.of(Finding.Severity.WARNING);
            case "info" -> Optional.of(Finding.Severity.INFO);
            case "off" -> Optional.empty();
            default -> throw new IllegalArgumentException("plumbline.rules severity must be error, warning, info or "
                    + "off, not \"" + written + "\"");
        };
    }

    private static Map<Rule, Optional<Finding.Severity>> all(Finding.Severity severity) {
        Map<Rule, Optional<Finding.Severity>> map = new EnumMap<>(Rule.class);
        for (Rule rule : Rule.values()) {
            map.put(rule, Optional.of(severity));
        }
        return map;
    }

    @Override
    public String toString() {
        return Arrays.stream(Rule.values()).map(r -> r.written + "=" + severities.get(r).map(Finding.Severity::toString)
                .orElse("off")).collect(Collectors.joining(","));
    }
}
