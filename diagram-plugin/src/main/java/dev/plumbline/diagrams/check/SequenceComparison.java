package dev.plumbline.diagrams.check;

import static dev.plumbline.diagrams.check.BlockIssues.quoted;

import com.structurizr.model.Element;
import com.structurizr.view.DynamicView;
import com.structurizr.view.ElementView;
import dev.plumbline.diagrams.check.diagram.Message;
import dev.plumbline.diagrams.check.diagram.Participant;
import dev.plumbline.diagrams.check.diagram.SequenceDiagram;
import dev.plumbline.model.Sequence;
import dev.plumbline.model.Step;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Compares a sequence diagram with a dynamic view: participants by label, and the messages against the steps in
 * order. The longest common subsequence of the two (same sender, receiver and text) is what agrees; each message
 * outside it is out of order (the view has it elsewhere), relabelled or reversed (the view has that pair at that
 * place with other text or the other way round) or inserted; each step outside it is left out.
 */
final class SequenceComparison {

    private record Drawn(Message message, Element from, Element to, String label) {
    }

    private final DynamicView view;
    private final Sequence sequence;
    private final SequenceDiagram diagram;
    private final BlockIssues issues;
    private final String key;

    SequenceComparison(DynamicView view, Sequence sequence, SequenceDiagram diagram, BlockIssues issues) {
        this.view = view;
        this.sequence = sequence;
        this.diagram = diagram;
        this.issues = issues;
        this.key = view.getKey();
    }

    void compare() {
        Map<String, Element> participants = participants();
        List<Drawn> drawn = new ArrayList<>();
        for (Message message : diagram.messages()) {
            Element from = participants.get(message.from());
            Element to = participants.get(message.to());
            if (from != null && to != null) {
                drawn.add(new Drawn(message, from, to, Labels.text(message.label())));
            }
        }
        List<Step> steps = sequence.steps();
        int[] stepOf = align(drawn, steps);
        Set<Integer> unused = new LinkedHashSet<>();
        for (int j = 0; j < steps.size(); j++) {
            unused.add(j);
        }
        for (int s : stepOf) {
            unused.remove(s);
        }
        // The agreeing steps around each message, found in one pass each way (diagrams may hold 100 000 messages).
        int[] after = new int[drawn.size()];
        int[] before = new int[drawn.size()];
        for (int i = 0, last = -1; i < drawn.size(); i++) {
            after[i] = last;
            last = stepOf[i] >= 0 ? stepOf[i] : last;
        }
        for (int i = drawn.size() - 1, next = steps.size(); i >= 0; i--) {
            before[i] = next;
            next = stepOf[i] >= 0 ? stepOf[i] : next;
        }
        for (int i = 0; i < drawn.size(); i++) {
            if (stepOf[i] < 0) {
                explain(drawn.get(i), after[i], before[i], steps, unused);
            }
        }
        for (int j : unused) {
            Step step = steps.get(j);
            issues.warning(Rule.MISSING_STEP, lineBefore(drawn, stepOf, j), "view " + key + " has step "
                    + step.number() + ", " + message(step.source(), step.destination(), Labels.text(step.description()))
                    + ", which the diagram leaves out");
        }
    }

    private Map<String, Element> participants() {
        Map<String, List<Element>> byLabel = new LinkedHashMap<>();
        Set<Element> elements = new LinkedHashSet<>(sequence.participants());
        view.getElements().stream().map(ElementView::getElement).forEach(elements::add);
        for (Element element : elements) {
            for (String label : Labels.of(element, view)) {
                byLabel.computeIfAbsent(label, l -> new ArrayList<>()).add(element);
            }
        }
        Map<String, Element> resolved = new HashMap<>();
        for (Participant participant : diagram.participants()) {
            String label = Labels.text(participant.label());
            List<Element> candidates = byLabel.getOrDefault(label, List.of());
            if (candidates.isEmpty()) {
                issues.error(Rule.UNKNOWN_ELEMENT, participant.line(), quoted(label)
                        + " is not a participant of view " + key);
            } else {
                resolved.put(participant.id(), candidates.getFirst());
            }
        }
        Set<Element> drawn = new HashSet<>(resolved.values());
        sequence.participants().stream().filter(e -> !drawn.contains(e)).map(e -> Labels.shown(e, view))
                .forEach(label -> issues.warning(Rule.MISSING_ELEMENT, 0, "view " + key + " has participant "
                        + quoted(label) + ", which the diagram leaves out"));
        return resolved;
    }

    /** For each drawn message, the index of the step it agrees with in the longest common subsequence, or -1. */
    private static int[] align(List<Drawn> drawn, List<Step> steps) {
        int n = drawn.size();
        int m = steps.size();
        int[][] lcs = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                lcs[i][j] = same(drawn.get(i), steps.get(j)) ? lcs[i + 1][j + 1] + 1
                        : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        int[] stepOf = new int[n];
        java.util.Arrays.fill(stepOf, -1);
        int i = 0;
        int j = 0;
        while (i < n && j < m) {
            if (same(drawn.get(i), steps.get(j)) && lcs[i][j] == lcs[i + 1][j + 1] + 1) {
                stepOf[i++] = j++;
            } else if (lcs[i + 1][j] >= lcs[i][j + 1]) {
                i++;
            } else {
                j++;
            }
        }
        return stepOf;
    }

    private static boolean same(Drawn drawn, Step step) {
        return drawn.from() == step.source() && drawn.to() == step.destination()
                && drawn.label().equals(Labels.text(step.description()));
    }

    private void explain(Drawn d, int after, int before, List<Step> steps, Set<Integer> unused) {
        int line = d.message().line();
        String text = message(d.from(), d.to(), d.label());
        for (int j : unused) {
            if (same(d, steps.get(j))) {
                unused.remove(j);
                issues.error(Rule.OUT_OF_ORDER, line, text + " is out of order: it is step " + steps.get(j).number()
                        + " of view " + key + ", " + neighbour(steps, j));
                return;
            }
        }
        for (int j : unused) {
            Step step = steps.get(j);
            if (j > after && j < before && step.source() == d.from() && step.destination() == d.to()) {
                unused.remove(j);
                issues.error(Rule.LABEL_MISMATCH, line, GraphComparison.mismatch(message(d.from(), d.to(), ""),
                        d.label(), Labels.text(step.description()), key) + " (step " + step.number() + ")");
                return;
            }
        }
        for (int j : unused) {
            Step step = steps.get(j);
            if (j > after && j < before && step.source() == d.to() && step.destination() == d.from()
                    && d.label().equals(Labels.text(step.description()))) {
                unused.remove(j);
                issues.error(Rule.REVERSED_ARROW, line, text + " points the wrong way: step " + step.number()
                        + " of view " + key + " is " + message(step.source(), step.destination(), d.label()));
                return;
            }
        }
        boolean repeated = steps.stream().anyMatch(s -> same(d, s));
        issues.error(Rule.UNKNOWN_ARROW, line, text + (repeated ? " is drawn more often than view " + key
                + " sends it" : " is not a step of view " + key));
    }

    private String neighbour(List<Step> steps, int j) {
        if (j == 0) {
            return "the first";
        }
        Step previous = steps.get(j - 1);
        return "after " + message(previous.source(), previous.destination(), Labels.text(previous.description()));
    }

    /** Where a left-out step would have been drawn: at the next message that agrees with a later step. */
    private static int lineBefore(List<Drawn> drawn, int[] stepOf, int step) {
        int last = 0;
        for (int i = 0; i < drawn.size(); i++) {
            if (stepOf[i] > step) {
                return drawn.get(i).message().line();
            }
            last = drawn.get(i).message().line();
        }
        return last;
    }

    private String message(Element from, Element to, String label) {
        String text = "message " + quoted(Labels.shown(from, view)) + " -> " + quoted(Labels.shown(to, view));
        return label.isEmpty() ? text : text + " : " + quoted(label);
    }
}
