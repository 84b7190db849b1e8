package dev.plumbline.model;

import com.structurizr.model.Element;
import java.util.Objects;

/**
 * A note on an element of a static view ({@code plumbline.note.<k>}).
 *
 * @param position {@code right of}, {@code left of}, {@code top of} or {@code bottom of}
 * @param element  the element it hangs on
 * @param text     the note, with real line breaks
 */
public record StaticNote(String position, Element element, String text) {
    public StaticNote {
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(element, "element");
        Objects.requireNonNull(text, "text");
    }
}
