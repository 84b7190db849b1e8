package dev.plumbline.diagrams.check;

import java.util.Locale;

/** The kinds of finding the check reports; the id names a rule in SARIF and in the baseline. */
enum Rule {
    DOCUMENT("document", "A documentation file cannot be read or scanned."),
    WORKSPACE("workspace", "A workspace does not load or breaks a model rule."),
    SYNTAX("syntax-error", "A diagram is not valid PlantUML or Mermaid."),
    PARSE_TIMEOUT("parse-timeout", "Reading a diagram took longer than the time limit."),
    UNSUPPORTED("unsupported-diagram", "A diagram type the drift check does not compare."),
    NO_VIEW("unmatched-diagram", "A diagram matches no view of the model."),
    STALE_GENERATED("stale-generated-diagram", "A generated diagram block differs from what the model generates."),
    UNKNOWN_VIEW("unknown-view", "A plumbline:view marker names a view the model does not have."),
    AMBIGUOUS_VIEW("ambiguous-view", "A diagram title matches several views."),
    WRONG_KIND("view-kind-mismatch", "A sequence diagram depicts a static view, or the other way round."),
    UNKNOWN_ELEMENT("unknown-element", "The diagram draws an element the view does not have."),
    UNKNOWN_ARROW("unknown-arrow", "The diagram draws an arrow or message the view does not have."),
    REVERSED_ARROW("reversed-arrow", "The diagram draws an arrow or message in the wrong direction."),
    LABEL_MISMATCH("label-mismatch", "An arrow or message is labelled differently in the model."),
    OUT_OF_ORDER("message-out-of-order", "A message comes at another place in the dynamic view's order."),
    MISSING_ELEMENT("missing-element", "The diagram leaves out an element of the view."),
    MISSING_ARROW("missing-arrow", "The diagram leaves out a relationship of the view."),
    MISSING_STEP("missing-step", "The diagram leaves out a step of the dynamic view."),
    TOO_MANY("too-many-findings", "A diagram has more findings than are listed."),
    BASELINE("baseline", "The baseline file cannot be read.");

    private final String id;
    private final String description;

    Rule(String id, String description) {
        this.id = id;
        this.description = description;
    }

    String id() {
        return id;
    }

    String description() {
        return description;
    }

    @Override
    public String toString() {
        return id.toLowerCase(Locale.ROOT);
    }
}
