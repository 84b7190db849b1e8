package dev.plumbline.diagrams.check;

import com.structurizr.model.Element;
import com.structurizr.model.Relationship;
import com.structurizr.view.View;
import dev.plumbline.diagrams.labels.ModelLabels;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How labels compare. A diagram's text and the model's names are equal when they are equal after line breaks
 * ({@code \n}, {@code <br>}), runs of whitespace and quotes are normalised, and the {@code Name (Technology)}
 * form is built from the model's name and technology. Nothing looser: case and wording count.
 */
final class Labels {

    /** Element property listing other labels the docs may draw an element with, comma-separated. */
    static final String ALIASES = "plumbline.aliases";

    /**
     * Element property: {@code parent} says the docs draw this element as its parent's box (seed 001 draws the
     * internet's traffic as the "Internet" cloud), so that box's arrows may be this element's.
     */
    static final String DRAWN_AS = "plumbline.drawnAs";

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final Pattern BREAKS = Pattern.compile("\\\\n|<br\\s*/?>|\\r\\n|\\r|\\n", Pattern.CASE_INSENSITIVE);
    private static final Pattern QUOTES = Pattern.compile("[\"'`\u2018\u2019\u201C\u201D]");
    private static final Pattern SPACE = Pattern.compile("\\s+");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private Labels() {
    }

    /** A label as compared: line breaks, whitespace and quotes normalised. */
    static String text(String label) {
        if (label == null) {
            return "";
        }
        String s = BREAKS.matcher(repaired(label)).replaceAll(" ");
        s = QUOTES.matcher(s).replaceAll("");
        return SPACE.matcher(s).replaceAll(" ").strip();
    }

    /**
     * Text whose UTF-8 was decoded a second time as Windows-1252 ({@code ðŸ“§} for 📧, {@code â†’} for →), decoded
     * back; other text unchanged. The model holds the repaired text (see the conventions), so docs carrying the
     * damaged bytes still compare equal. Only text that encodes to Windows-1252 completely and then decodes as
     * valid UTF-8 is touched, which text written in Windows-1252 characters practically never does.
     */
    static String repaired(String text) {
        if (text.chars().allMatch(c -> c < 128)) {
            return text;
        }
        try {
            ByteBuffer bytes = WINDOWS_1252.newEncoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                    .encode(CharBuffer.wrap(text));
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(bytes).toString();
        } catch (CharacterCodingException e) {
            return text;
        }
    }

    /** A title or view key as compared: case, punctuation, whitespace and "_" versus " " do not count. */
    static String title(String title) {
        if (title == null) {
            return "";
        }
        String s = BREAKS.matcher(title).replaceAll(" ").toLowerCase(Locale.ROOT);
        return NOT_WORD.matcher(s).replaceAll(" ").strip();
    }

    /**
     * A Markdown heading as a title: without leading decoration, i.e. words that hold no ASCII letter or digit
     * (emoji, and emoji whose UTF-8 was decoded twice, as in seed 001).
     */
    static String heading(String heading) {
        List<String> words = new ArrayList<>(List.of(SPACE.split(heading.strip())));
        while (words.size() > 1 && words.getFirst().chars().noneMatch(c -> c < 128 && Character.isLetterOrDigit(c))) {
            words.removeFirst();
        }
        return String.join(" ", words);
    }

    /**
     * The labels an element may carry in a view, normalised. In a view that shows a perspective
     * ({@code plumbline.perspective}), an element with a value there reads name plus the formatted value (the same
     * {@link ModelLabels} parts the exporters draw);
     * otherwise name, with the technology in parentheses when it has one, or the name alone. Aliases the model
     * declares are added.
     */
    static Set<String> of(Element element, View view) {
        Set<String> labels = new LinkedHashSet<>();
        ModelLabels.Parts parts = ModelLabels.of(element, view);
        if (parts.perspective().isPresent()) {
            labels.add(text(parts.name() + " " + parts.perspective().get()));
        } else {
            String technology = parts.technology();
            labels.add(text(technology.isBlank() ? parts.name() : parts.name() + " (" + technology + ")"));
            // the technology is what a drawing may leave off; the name alone still names the element
            labels.add(text(parts.name()));
        }
        String aliases = element.getProperties().get(ALIASES);
        if (aliases != null) {
            for (String alias : aliases.split(",")) {
                if (!alias.isBlank()) {
                    labels.add(text(alias));
                }
            }
        }
        return labels;
    }

    /** How reports name an element: its label as the docs would draw it. */
    static String shown(Element element, View view) {
        return of(element, view).iterator().next();
    }

    /** The label an arrow carries in the model: none for {@code Unlabelled}, else the view's or its own text. */
    static String arrow(Relationship relationship, String viewDescription) {
        // A deployment view shows copies of container relationships between instances; the tag is on the original.
        String linked = relationship.getLinkedRelationshipId();
        Relationship original = linked == null ? null : relationship.getSource().getModel().getRelationship(linked);
        if (relationship.hasTag("Unlabelled") || original != null && original.hasTag("Unlabelled")) {
            return "";
        }
        String text = viewDescription == null || viewDescription.isBlank() ? relationship.getDescription()
                : viewDescription;
        return text(text);
    }
}
