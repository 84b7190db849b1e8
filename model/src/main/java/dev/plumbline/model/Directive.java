package dev.plumbline.model;

import java.util.List;
import java.util.Objects;

/**
 * A sequence construct Structurizr has no word for (fragment, divider, note, activation), anchored before or
 * after a step by a {@code plumbline.step.<n>.before|after[.<k>]} view property.
 *
 * @param step    the step it is anchored to
 * @param anchor  before or after that step
 * @param order   its position among the directives at the same anchor
 * @param kind    what it is
 * @param keyword the fragment keyword ({@code alt}, {@code loop}, ...), the note position ({@code right of},
 *                {@code over}, {@code right}), or empty
 * @param label   fragment label, divider text, activation colour, or empty
 * @param targets element identifiers a note or activation is about
 * @param text    note text with real line breaks, or empty
 * @param raw     the property value as written
 * @param line    line of the property in the workspace file
 */
public record Directive(int step, Anchor anchor, int order, Kind kind, String keyword, String label,
                        List<String> targets, String text, String raw, int line) {

    /** Where a directive sits relative to its step. */
    public enum Anchor { BEFORE, AFTER }

    /** What a directive draws. */
    public enum Kind { FRAGMENT, ELSE, END, DIVIDER, NOTE, ACTIVATE, DEACTIVATE }

    public Directive {
        Objects.requireNonNull(anchor, "anchor");
        Objects.requireNonNull(kind, "kind");
        keyword = Objects.requireNonNullElse(keyword, "");
        label = Objects.requireNonNullElse(label, "");
        targets = List.copyOf(targets);
        text = Objects.requireNonNullElse(text, "");
        raw = Objects.requireNonNullElse(raw, "");
    }
}
