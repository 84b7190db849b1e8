package dev.plumbline.refimpl;

import com.structurizr.model.Element;
import com.structurizr.model.Relationship;
import com.structurizr.view.DynamicView;
import dev.plumbline.model.ModelWorkspace;
import dev.plumbline.model.Sequence;
import dev.plumbline.model.Step;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * One path through a dynamic view of the model, as chains of its steps (named by their labels, e.g. {@code "33a"},
 * or by the start of their text where a label repeats, e.g. {@code "12. Validation Error"}), compared with a
 * recording of the same flow.
 *
 * <p>The comparison: the recording is narrowed to the view's participants (a view shows the messages between its
 * elements, not every call the code makes on the way); each modelled chain must then equal one recorded chain, step
 * for step (sender and receiver; the texts are shown, not compared); and every recorded chain must be modelled or
 * declared with {@link #alsoObserved}. Responses are not compared: a span records a call, and its end is the
 * response. Independently, every recorded step must travel along a relationship of the model. A deviation fails
 * with the modelled and recorded chains side by side.
 */
final class FlowScenario {

    /** The bus as the error-handling flow names it is the same bus: one package, one element at run time. */
    private static final Map<String, String> SAME_ELEMENT = Map.of("kafkaBroker", "kafka");

    private record Exception(String kind, String first, String second, String why) { }

    private final String name;
    private final String viewKey;
    private final List<List<String>> chains = new ArrayList<>();
    private final List<Exception> exceptions = new ArrayList<>();

    private FlowScenario(String name, String viewKey) {
        this.name = Objects.requireNonNull(name, "name");
        this.viewKey = Objects.requireNonNull(viewKey, "viewKey");
    }

    static FlowScenario of(String name, String viewKey) {
        return new FlowScenario(name, viewKey);
    }

    /** A chain of the view's steps that runs in one thread: the request's, or one delivery's. */
    FlowScenario chain(String... labels) {
        chains.add(List.of(labels));
        return this;
    }

    /** A delivery of {@code type} ({@code *} for any) to {@code consumer} that this view does not draw, and why. */
    FlowScenario alsoObserved(String consumer, String type, String why) {
        exceptions.add(new Exception("chain", consumer, type, why));
        return this;
    }

    /** Recorded steps from {@code from} to {@code to} that this view leaves out, and why. */
    FlowScenario tolerating(String from, String to, String why) {
        exceptions.add(new Exception("step", from, to, why));
        return this;
    }

    String name() {
        return name;
    }

    /** Compares; writes the recording as a Structurizr dynamic view under {@code outputDir} either way. */
    void verify(ModelWorkspace workspace, Recording recording, Path outputDir) {
        DynamicView view = (DynamicView) workspace.view(viewKey)
                .orElseThrow(() -> new AssertionError("no view " + viewKey));
        Sequence sequence = workspace.sequence(view);
        Set<String> participants = new HashSet<>();
        sequence.participants().forEach(e -> participants.add(same(workspace.identifier(e))));

        List<String> problems = new ArrayList<>();
        problems.addAll(unmodelledSteps(workspace, recording));
        List<List<Step>> modelled = new ArrayList<>();
        for (List<String> chain : chains) {
            modelled.add(chain.stream().map(label -> step(sequence, label)).toList());
        }
        List<Recording.Chain> observed = recording.chains().stream()
                .map(c -> new Recording.Chain(c.key(), c.consumer(), c.type(), c.steps().stream()
                        .filter(s -> participants.contains(same(s.from())) && participants.contains(same(s.to())))
                        .filter(s -> !tolerated(s)).toList()))
                .filter(c -> !c.steps().isEmpty()).toList();

        StringBuilder diff = new StringBuilder();
        Set<Recording.Chain> used = new HashSet<>();
        for (int i = 0; i < modelled.size(); i++) {
            List<Step> model = modelled.get(i);
            List<String> expected = model.stream().map(s -> pair(workspace, s)).toList();
            // Where two recorded chains would do, the one no exception declares is the one this chain draws.
            Recording.Chain match = observed.stream().filter(c -> !used.contains(c))
                    .filter(c -> pairs(c).equals(expected))
                    .min(java.util.Comparator.comparing(this::declared)).orElse(null);
            if (match == null) {
                Recording.Chain closest = observed.stream().filter(c -> !used.contains(c))
                        .filter(c -> !c.steps().isEmpty() && pairs(c).get(0).equals(expected.get(0)))
                        .findFirst().orElse(null);
                problems.add("chain " + (i + 1) + " (" + model.get(0).description().lines().findFirst().orElse("")
                        + ") was not recorded as modelled");
                sideBySide(diff, i + 1, workspace, model, closest);
                if (closest != null) {
                    used.add(closest);
                }
            } else {
                used.add(match);
            }
        }
        for (Recording.Chain chain : observed) {
            if (!used.contains(chain) && !declared(chain)) {
                problems.add("recorded but not in this scenario: " + describe(chain));
                sideBySide(diff, 0, workspace, List.of(), chain);
            }
        }
        write(workspace, view, recording, outputDir);
        if (!problems.isEmpty()) {
            throw new AssertionError("Runtime conformance of \"" + name + "\" with view " + viewKey + ":\n  "
                    + String.join("\n  ", problems) + "\n\n" + diff);
        }
    }

    private boolean tolerated(Recording.Step step) {
        return exceptions.stream().anyMatch(e -> e.kind().equals("step") && same(e.first()).equals(same(step.from()))
                && same(e.second()).equals(same(step.to())));
    }

    private boolean declared(Recording.Chain chain) {
        return chain.consumer() != null && exceptions.stream().anyMatch(e -> e.kind().equals("chain")
                && e.first().equals(chain.consumer()) && (e.second().equals("*") || e.second().equals(chain.type())));
    }

    private static String describe(Recording.Chain chain) {
        return chain.consumer() == null ? "the request itself" : chain.type() + " delivered to " + chain.consumer();
    }

    private static String same(String element) {
        return SAME_ELEMENT.getOrDefault(element, element);
    }

    private static List<String> pairs(Recording.Chain chain) {
        return chain.steps().stream().map(s -> same(s.from()) + " -> " + same(s.to())).toList();
    }

    private static String pair(ModelWorkspace workspace, Step step) {
        return same(workspace.identifier(step.source())) + " -> " + same(workspace.identifier(step.destination()));
    }

    private static Step step(Sequence sequence, String label) {
        List<Step> found = sequence.steps().stream().filter(s -> label.contains(". ")
                ? s.description().startsWith(label) : s.description().startsWith(label + ". ")).toList();
        if (found.size() != 1) {
            throw new IllegalArgumentException("step \"" + label + "\" of " + sequence.viewKey() + " matches "
                    + found.size() + " steps; name it by the start of its text, e.g. \"12. Validation Error\"");
        }
        return found.get(0);
    }

    private static void sideBySide(StringBuilder diff, int chain, ModelWorkspace workspace, List<Step> model,
                                   Recording.Chain observed) {
        diff.append(chain == 0 ? "extra chain" : "chain " + chain)
                .append(observed == null ? "" : " (recorded: " + describe(observed) + ")").append('\n');
        diff.append(String.format("  %-62s | %s%n", "modelled", "recorded"));
        int rows = Math.max(model.size(), observed == null ? 0 : observed.steps().size());
        for (int i = 0; i < rows; i++) {
            String left = i < model.size() ? pair(workspace, model.get(i)) + ": "
                    + model.get(i).description().replace('\n', ' ') : "";
            Recording.Step right = observed != null && i < observed.steps().size() ? observed.steps().get(i) : null;
            String rightText = right == null ? "" : same(right.from()) + " -> " + same(right.to()) + ": "
                    + right.message();
            boolean differs = i >= model.size() || right == null
                    || !pair(workspace, model.get(i)).equals(same(right.from()) + " -> " + same(right.to()));
            diff.append(differs ? "! " : "  ").append(String.format("%-62s | %s%n",
                    left.length() > 62 ? left.substring(0, 59) + "..." : left, rightText));
        }
        diff.append('\n');
    }

    /** Steps that travel along no relationship of the model, in either direction. */
    private static List<String> unmodelledSteps(ModelWorkspace workspace, Recording recording) {
        List<String> problems = new ArrayList<>();
        for (Recording.Chain chain : recording.chains()) {
            for (Recording.Step step : chain.steps()) {
                if (relationship(workspace, step) == null) {
                    problems.add("no relationship in the model for the recorded step " + step);
                }
            }
        }
        return problems.stream().distinct().toList();
    }

    /** The element pair a recorded step travels along: the step's own, or the bus under its other name. */
    private static Element[] relationship(ModelWorkspace workspace, Recording.Step step) {
        for (String from : names(step.from())) {
            for (String to : names(step.to())) {
                Element source = element(workspace, from);
                Element destination = element(workspace, to);
                if (source == null || destination == null) {
                    continue;
                }
                for (Relationship r : workspace.structurizr().getModel().getRelationships()) {
                    if ((r.getSource() == source && r.getDestination() == destination)
                            || (r.getSource() == destination && r.getDestination() == source)) {
                        return new Element[] {source, destination};
                    }
                }
            }
        }
        return null;
    }

    private static List<String> names(String element) {
        List<String> names = new ArrayList<>(List.of(element));
        SAME_ELEMENT.forEach((alias, canonical) -> {
            if (canonical.equals(element)) {
                names.add(alias);
            }
        });
        return names;
    }

    private static Element element(ModelWorkspace workspace, String identifier) {
        return workspace.structurizr().getModel().getElements().stream()
                .filter(e -> identifier.equals(workspace.identifier(e))).findFirst().orElse(null);
    }

    /**
     * The recording as a dynamic view "as observed", in a workspace that extends the model's, so the docs site can
     * show it beside the modelled view.
     */
    private void write(ModelWorkspace workspace, DynamicView view, Recording recording, Path outputDir) {
        String slug = name.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        Path model = Path.of("..", "model", "src", "main", "resources").resolve(workspace.file()).toAbsolutePath()
                .normalize();
        StringBuilder dsl = new StringBuilder();
        dsl.append("/* Recorded by reference-impl's runtime-conformance tests: \"").append(name)
                .append("\", as observed. */\n");
        // Relative, so the file reads the same on every machine and Structurizr resolves it from where it lies.
        String extended = outputDir.toAbsolutePath().normalize().relativize(model).toString().replace('\\', '/');
        dsl.append("workspace extends \"").append(extended).append("\" {\n");
        dsl.append("    views {\n");
        dsl.append("        dynamic ").append(workspace.identifier(view.getElement())).append(" \"")
                .append(view.getKey()).append("-as-observed-").append(slug).append("\" {\n");
        dsl.append("            title \"").append(view.getTitle()).append(" (as observed: ").append(name)
                .append(")\"\n");
        int number = 1;
        for (Recording.Chain chain : recording.chains()) {
            for (Recording.Step step : chain.steps()) {
                Element[] pair = relationship(workspace, step);
                if (pair == null) {
                    continue;
                }
                dsl.append("            ").append(workspace.identifier(pair[0])).append(" -> ")
                        .append(workspace.identifier(pair[1])).append(" \"").append(number++).append(". ")
                        .append(step.message().replace("\"", "'")).append("\"\n");
            }
        }
        dsl.append("        }\n    }\n}\n");
        try {
            Files.createDirectories(outputDir);
            Files.writeString(outputDir.resolve(view.getKey() + "--" + slug + ".dsl"), dsl);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
