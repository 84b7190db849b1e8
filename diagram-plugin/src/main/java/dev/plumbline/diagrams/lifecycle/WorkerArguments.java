package dev.plumbline.diagrams.lifecycle;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A worker's command line as its Mojo writes it: {@code --option value} for single options, {@code --option a b c}
 * for list options (every value up to the next option), either kind repeatable, and plain arguments. The user set
 * none of it by hand: they set Maven properties, so every message names the property behind the option
 * ({@code plumbline.renderTimeout must be a number, not "x"}), never the option itself.
 */
public final class WorkerArguments {

    private final Map<String, String> properties;
    private final Map<String, List<String>> values;
    private final List<String> plain;

    private WorkerArguments(Map<String, String> properties, Map<String, List<String>> values, List<String> plain) {
        this.properties = properties;
        this.values = values;
        this.plain = plain;
    }

    /**
     * Reads {@code args}. {@code singles} and {@code lists} map each option the command knows to its Maven
     * property.
     *
     * @throws IllegalArgumentException for an unknown option or a single option without its value
     */
    public static WorkerArguments parse(String[] args, Map<String, String> singles, Map<String, String> lists) {
        Objects.requireNonNull(args, "args");
        Map<String, String> properties = new LinkedHashMap<>(singles);
        properties.putAll(lists);
        Map<String, List<String>> values = new LinkedHashMap<>();
        List<String> plain = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (!arg.startsWith("--")) {
                plain.add(arg);
                continue;
            }
            List<String> given = values.computeIfAbsent(arg, a -> new ArrayList<>());
            if (lists.containsKey(arg)) {
                while (i + 1 < args.length && !args[i + 1].startsWith("--")) {
                    given.add(args[++i]);
                }
            } else if (singles.containsKey(arg)) {
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException(singles.get(arg) + " needs a value");
                }
                given.add(args[++i]);
            } else {
                throw new IllegalArgumentException("unknown worker option " + arg
                        + " (a Plumbline plugin and worker of different versions?)");
            }
        }
        return new WorkerArguments(Map.copyOf(properties), values, List.copyOf(plain));
    }

    /** The arguments that belong to no option. */
    public List<String> plain() {
        return plain;
    }

    /** Every value the option was given, in order. */
    public List<String> values(String option) {
        return List.copyOf(values.getOrDefault(option, List.of()));
    }

    /** Every value of the option as a path. */
    public List<Path> paths(String option) {
        return values(option).stream().map(Path::of).toList();
    }

    /** The option's last value, if it was given. */
    public Optional<String> value(String option) {
        List<String> given = values.getOrDefault(option, List.of());
        return given.isEmpty() ? Optional.empty() : Optional.of(given.getLast());
    }

    public String value(String option, String fallback) {
        return value(option).orElse(fallback);
    }

    /** The option's last value as a path; a blank value, as the Mojo writes an unset parameter, is none. */
    public Optional<Path> path(String option) {
        return value(option).filter(v -> !v.isBlank()).map(Path::of);
    }

    public int number(String option, int fallback) {
        Optional<String> given = value(option);
        if (given.isEmpty()) {
            return fallback;
        }
        try {
            return Integer.parseInt(given.get().strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(property(option) + " must be a number, not \"" + given.get() + "\"");
        }
    }

    public boolean bool(String option, boolean fallback) {
        Optional<String> given = value(option);
        if (given.isEmpty()) {
            return fallback;
        }
        return switch (given.get().strip().toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new IllegalArgumentException(property(option) + " must be true or false, not \""
                    + given.get() + "\"");
        };
    }

    /**
     * The option's comma-separated choices, lower-cased, in the order given; {@code fallback} when it is absent.
     *
     * @param known  every allowed choice, in the order the message lists them
     * @param noun   what a choice is, for the message: {@code format}
     */
    public Set<String> choices(String option, List<String> known, String noun, Set<String> fallback) {
        Optional<String> given = value(option);
        if (given.isEmpty()) {
            return fallback;
        }
        Set<String> chosen = new LinkedHashSet<>();
        for (String part : given.get().split(",")) {
            String choice = part.strip().toLowerCase(Locale.ROOT);
            if (!known.contains(choice)) {
                throw new IllegalArgumentException(property(option) + ": unknown " + noun + " \"" + choice
                        + "\"; use " + String.join(", ", known.subList(0, known.size() - 1)) + " or "
                        + known.getLast());
            }
            chosen.add(choice);
        }
        return chosen;
    }

    /** The Maven property behind an option, for a message the user reads. */
    public String property(String option) {
        return properties.getOrDefault(option, option);
    }
}
