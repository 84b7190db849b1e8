package dev.plumbline.diagrams.check.plantuml;

import dev.plumbline.diagrams.check.diagram.SyntaxError;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * PlantUML includes of URLs. The check is offline by design, so it fetches none; but most C4 users include
 * C4-PlantUML from GitHub, and PlantUML bundles the same library as its {@code <C4/...>} stdlib, so those URLs
 * are read as the bundled files. Any other URL include is refused with a reason, at its line.
 */
final class UrlIncludes {

    /** The C4-PlantUML files PlantUML's stdlib bundles, by their names in the repository. */
    private static final Pattern C4 = Pattern.compile("https?://raw\\.githubusercontent\\.com/plantuml-stdlib/"
            + "C4-PlantUML/(?:[^/\\s]+/)+(C4|C4_Context|C4_Container|C4_Component|C4_Dynamic|C4_Deployment"
            + "|C4_Sequence)\\.puml");
    private static final Pattern INCLUDE = Pattern.compile("^(\\s*!include(?:url|_many|_once|sub)?\\s+)"
            + "(https?://\\S+?)(!\\S*)?\\s*$", Pattern.CASE_INSENSITIVE);

    static final String REFUSED = "URL includes are not fetched; use `<stdlib>` or a local file";

    /** The text with C4-PlantUML URLs replaced by the stdlib, or one include that is refused. */
    sealed interface Outcome permits Rewritten, Refused {
    }

    record Rewritten(String text) implements Outcome {
    }

    record Refused(SyntaxError error) implements Outcome {
    }

    private UrlIncludes() {
    }

    /**
     * Rewrites every C4-PlantUML URL include to {@code !include <C4/name>}, line for line so that line numbers stay;
     * the first other URL include is refused, at its 1-based line.
     */
    static Outcome resolve(String text) {
        if (!text.contains("://")) {
            return new Rewritten(text);
        }
        String[] lines = text.split("\n", -1);
        List<String> out = new ArrayList<>(lines.length);
        for (int i = 0; i < lines.length; i++) {
            Matcher include = INCLUDE.matcher(lines[i]);
            if (!include.matches()) {
                out.add(lines[i]);
                continue;
            }
            Optional<String> stdlib = stdlib(include.group(2));
            if (stdlib.isEmpty() || include.group(3) != null) {
                return new Refused(SyntaxError.refusal(i + 1, REFUSED + ": '" + lines[i].strip() + "'"));
            }
            out.add("!include <C4/" + stdlib.get() + ">");
        }
        return new Rewritten(String.join("\n", out));
    }

    private static Optional<String> stdlib(String url) {
        Matcher c4 = C4.matcher(url);
        return c4.matches() ? Optional.of(c4.group(1)) : Optional.empty();
    }
}
