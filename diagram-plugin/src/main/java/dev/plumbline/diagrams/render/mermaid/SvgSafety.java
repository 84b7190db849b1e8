package dev.plumbline.diagrams.render.mermaid;

import java.util.Optional;
import java.util.regex.Pattern;

/** Last check before SVG leaves the renderer: no script elements, event handlers or script URLs. */
final class SvgSafety {

    private static final Pattern SCRIPT_ELEMENT = Pattern.compile("<\\s*(?:[A-Za-z]+:)?script\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern EVENT_HANDLER = Pattern.compile("[\\s\"'/]on[a-z]+\\s*=", Pattern.CASE_INSENSITIVE);
    private static final Pattern SCRIPT_URL = Pattern.compile("(?:javascript|vbscript)\\s*:",
            Pattern.CASE_INSENSITIVE);

    private SvgSafety() {
    }

    static Optional<String> findActiveContent(String svg) {
        // Only markup matters: text and CSS may legitimately mention these words, but never inside a tag.
        var tags = Pattern.compile("<[^>]*>").matcher(svg);
        while (tags.find()) {
            var tag = tags.group();
            if (SCRIPT_ELEMENT.matcher(tag).lookingAt()) {
                return Optional.of("<script> element");
            }
            var handler = EVENT_HANDLER.matcher(tag);
            if (handler.find()) {
                return Optional.of("event handler attribute " + handler.group().strip());
            }
            if (SCRIPT_URL.matcher(tag).find()) {
                return Optional.of("script URL in " + tag);
            }
        }
        return Optional.empty();
    }
}
