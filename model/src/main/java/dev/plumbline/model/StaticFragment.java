package dev.plumbline.model;

import com.structurizr.model.Relationship;
import java.util.List;
import java.util.Objects;

/**
 * A fragment drawn around some arrows of a static view ({@code plumbline.fragment.<k>}).
 *
 * @param keyword       {@code alt}, {@code opt}, {@code loop} or {@code group}
 * @param label         its guard or title
 * @param relationships the arrows it encloses, in written order
 */
public record StaticFragment(String keyword, String label, List<Relationship> relationships) {
    public StaticFragment {
        Objects.requireNonNull(keyword, "keyword");
        Objects.requireNonNull(label, "label");
        relationships = List.copyOf(relationships);
    }
}
