package dev.plumbline.model;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the value of one {@code plumbline.step.*} property; the grammar is PlantUML's wording of each construct. */
final class DirectiveSyntax {

    private static final Pattern FRAGMENT = Pattern.compile("(alt|opt|loop|group|critical|break|par)(?:\\s+(.*))?");
    private static final Pattern ELSE = Pattern.compile("(else|and)(?:\\s+(.*))?");
    private static final Pattern DIVIDER = Pattern.compile("==\\s*(.*?)\\s*==");
    private static final Pattern NOTE_ON = Pattern.compile("note\\s+(left of|right of|over)\\s+([^:]+?)\\s*:\\s*(.*)",
            Pattern.DOTALL);
    private static final Pattern NOTE_ON_MESSAGE = Pattern.compile("note\\s+(left|right)\\s*:\\s*(.*)", Pattern.DOTALL);
    private static final Pattern ACTIVATE = Pattern.compile("activate\\s+(\\S+)(?:\\s+(#\\w+))?");
    private static final Pattern DEACTIVATE = Pattern.compile("deactivate\\s+(\\S+)");

    private DirectiveSyntax() {
    }

    /** The directive, or empty when the value is not one of the documented forms. */
    static Optional<Directive> parse(String value, int step, Directive.Anchor anchor, int order, int line) {
        String v = value.strip();
        Matcher m;
        if ((m = FRAGMENT.matcher(v)).matches()) {
            return Optional.of(new Directive(step, anchor, order, Directive.Kind.FRAGMENT, m.group(1),
                    text(m.group(2)), List.of(), "", value, line));
        }
        if ((m = ELSE.matcher(v)).matches()) {
            return Optional.of(new Directive(step, anchor, order, Directive.Kind.ELSE, m.group(1),
                    text(m.group(2)), List.of(), "", value, line));
        }
        if (v.equals("end")) {
            return Optional.of(new Directive(step, anchor, order, Directive.Kind.END, "end", "", List.of(), "", value,
                    line));
        }
        if ((m = DIVIDER.matcher(v)).matches()) {
            return Optional.of(new Directive(step, anchor, order, Directive.Kind.DIVIDER, "", text(m.group(1)),
                    List.of(), "", value, line));
        }
        if ((m = NOTE_ON.matcher(v)).matches()) {
            List<String> targets = Arrays.stream(m.group(2).split(",")).map(String::strip).toList();
            return Optional.of(new Directive(step, anchor, order, Directive.Kind.NOTE, m.group(1), "", targets,
                    text(m.group(3)), value, line));
        }
        if ((m = NOTE_ON_MESSAGE.matcher(v)).matches()) {
            return Optional.of(new Directive(step, anchor, order, Directive.Kind.NOTE, m.group(1), "", List.of(),
                    text(m.group(2)), value, line));
        }
        if ((m = ACTIVATE.matcher(v)).matches()) {
            return Optional.of(new Directive(step, anchor, order, Directive.Kind.ACTIVATE, "activate",
                    text(m.group(2)), List.of(m.group(1)), "", value, line));
        }
        if ((m = DEACTIVATE.matcher(v)).matches()) {
            return Optional.of(new Directive(step, anchor, order, Directive.Kind.DEACTIVATE, "deactivate", "",
                    List.of(m.group(1)), "", value, line));
        }
        return Optional.empty();
    }

    /** {@code \n} written in the DSL is a line break, whether or not the DSL parser already turned it into one. */
    static String text(String written) {
        return written == null ? "" : written.strip().replace("\\n", "\n");
    }
}
