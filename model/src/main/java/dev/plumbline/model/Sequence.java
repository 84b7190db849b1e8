package dev.plumbline.model;

import com.structurizr.model.Element;
import java.util.List;
import java.util.Objects;

/**
 * A dynamic view as a sequence diagram: its participants (those {@code plumbline.participants} declares, in that
 * order, then the rest in order of first appearance), its steps in written order and the extension's directives,
 * sorted by step, anchor and order, so a writer can walk both lists in one pass.
 */
public record Sequence(String viewKey, List<Element> participants, List<Step> steps, List<Directive> directives) {

    public Sequence {
        Objects.requireNonNull(viewKey, "viewKey");
        participants = List.copyOf(participants);
        steps = List.copyOf(steps);
        directives = List.copyOf(directives);
    }

    public List<Directive> before(int step) {
        return at(step, Directive.Anchor.BEFORE);
    }

    public List<Directive> after(int step) {
        return at(step, Directive.Anchor.AFTER);
    }

    private List<Directive> at(int step, Directive.Anchor anchor) {
        return directives.stream().filter(d -> d.step() == step && d.anchor() == anchor).toList();
    }
}
