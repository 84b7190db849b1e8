package dev.plumbline.diagrams.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.structurizr.model.Component;
import com.structurizr.model.Container;
import com.structurizr.model.Element;
import com.structurizr.model.GroupableElement;
import com.structurizr.model.Person;
import com.structurizr.view.DynamicView;
import com.structurizr.view.ElementView;
import com.structurizr.view.ModelView;
import com.structurizr.view.RelationshipView;
import com.structurizr.view.View;
import dev.plumbline.diagrams.check.diagram.ParseResult;
import dev.plumbline.diagrams.check.mermaid.MermaidParser;
import dev.plumbline.diagrams.export.ViewExporter.Format;
import dev.plumbline.model.Directive;
import dev.plumbline.model.ModelException;
import dev.plumbline.model.ModelWorkspace;
import dev.plumbline.model.Sequence;
import dev.plumbline.model.StaticFragment;
import dev.plumbline.model.StaticNote;
import dev.plumbline.model.Step;
import dev.plumbline.model.Workspaces;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * For every view that reproduces a seed diagram, both generated sources hold everything the view holds: every
 * element label, arrow label, message in order with its arrow style, fragment with its label, note, divider,
 * activation and group. Expectations come from the model objects; the generated text is decoded by this test's own
 * reading of each syntax's escapes, not by the exporter's code.
 */
class SeedViewExportFidelityTest {

    private static final Pattern PLANTUML_MESSAGE = Pattern.compile("(\\S+) (->|-->) (\\S+)(?: : (.*))?", Pattern.DOTALL);
    private static final Pattern MERMAID_MESSAGE = Pattern.compile("(\\S+?)(->>|-->>)(\\S+): (.*)", Pattern.DOTALL);
    private static final Pattern PLANTUML_ARROW = Pattern.compile("(\\S+) (-->|\\.\\.>) (\\S+)(?: : (.*))?", Pattern.DOTALL);
    private static final Pattern MERMAID_ARROW = Pattern.compile("(\\S+) (-->|-\\.->)(?:\\|\"(.*)\"\\|)? (\\S+)", Pattern.DOTALL);
    private static final Set<String> FRAGMENT_WORDS = Set.of("alt", "opt", "loop", "par", "group", "critical",
            "break", "rect", "Note");
    private static final Set<String> BRANCH_WORDS = Set.of("else", "and", "option");

    static Stream<Arguments> seedViews() throws ModelException {
        List<Arguments> views = new ArrayList<>();
        for (ModelWorkspace workspace : Workspaces.bundled()) {
            for (View view : workspace.views()) {
                if (view.getProperties().containsKey("plumbline.seed")) {
                    for (Format format : Format.values()) {
                        views.add(Arguments.of(view.getKey(), format, workspace));
                    }
                }
            }
        }
        return views.stream();
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("seedViews")
    void the_generated_source_drops_nothing_the_view_holds(String key, Format format, ModelWorkspace workspace) {
        View view = workspace.view(key).orElseThrow();
        String text = ViewExporter.export(workspace, view, format);
        List<String> lines = text.lines().toList();

        if (format == Format.PLANTUML) {
            PlantUmlParser.parse(text);
            assertThat(lines.get(1)).isEqualTo("' plumbline:generated " + key);
        } else {
            assertThat(lines.get(0)).isEqualTo("%% plumbline:generated " + key);
            assertThat(new MermaidParser().parse(text)).as("Mermaid parse of %s", key)
                    .isInstanceOf(ParseResult.Parsed.class);
        }
        List<String> decoded = lines.stream().map(l -> decode(l.strip(), format)).toList();
        if (view instanceof DynamicView dynamic) {
            checkSequence(workspace, workspace.sequence(dynamic), decoded, format);
        } else {
            checkStatic(workspace, (ModelView) view, decoded, format);
        }
    }

    private static void checkStatic(ModelWorkspace workspace, ModelView view, List<String> decoded, Format format) {
        String all = String.join("\n", decoded);
        for (ElementView ev : view.getElements()) {
            Element element = ev.getElement();
            assertThat(all).as("label of %s", element.getName()).contains(element.getName());
            String technology = element instanceof Container c ? c.getTechnology()
                    : element instanceof Component c ? c.getTechnology() : null;
            if (technology != null && !technology.isBlank()) {
                assertThat(all).contains(element.getName() + "\n(" + technology + ")");
            }
            if (element instanceof GroupableElement g && g.getGroup() != null) {
                for (String segment : g.getGroup().split("/")) {
                    assertThat(decoded).as("group %s", segment)
                            .anyMatch(l -> (l.startsWith("package ") || l.startsWith("subgraph "))
                                    && l.contains("\"" + segment.strip() + "\""));
                }
            }
        }
        Pattern arrowLine = format == Format.PLANTUML ? PLANTUML_ARROW : MERMAID_ARROW;
        List<String> arrows = decoded.stream().filter(l -> arrowLine.matcher(l).matches()).toList();
        assertThat(arrows).as("one arrow per relationship").hasSize(view.getRelationships().size());
        for (RelationshipView rv : view.getRelationships()) {
            if (rv.getRelationship().hasTag("Unlabelled")) {
                continue;
            }
            String description = rv.getDescription() == null || rv.getDescription().isBlank()
                    ? rv.getRelationship().getDescription() : rv.getDescription();
            assertThat(arrows).as("arrow %s", description).anyMatch(a -> a.contains(description));
        }
        for (StaticNote note : workspace.notes(view)) {
            assertThat(all).as("note").contains(note.text());
        }
        for (StaticFragment fragment : workspace.fragments(view)) {
            String guard = fragment.keyword() + " " + fragment.label();
            long enclosed = arrows.stream().filter(a -> a.contains(guard)).count()
                    + decoded.stream().filter(l -> l.equals("note on link : " + guard)).count();
            assertThat(enclosed).as("arrows marked %s", guard).isEqualTo(fragment.relationships().size());
        }
    }

    private static void checkSequence(ModelWorkspace workspace, Sequence sequence, List<String> decoded,
                                      Format format) {
        Pattern messageLine = format == Format.PLANTUML ? PLANTUML_MESSAGE : MERMAID_MESSAGE;
        for (Element participant : sequence.participants()) {
            assertThat(decoded).as("participant %s", participant.getName())
                    .anyMatch(l -> (participant instanceof Person ? l.startsWith("actor ") : !l.startsWith("note"))
                            && l.contains(participant.getName()));
        }
        List<String> messages = decoded.stream().filter(l -> messageLine.matcher(l).matches()).toList();
        assertThat(messages).as("one message per step").hasSize(sequence.steps().size());

        int cursor = 0;
        for (Step step : sequence.steps()) {
            for (Directive d : sequence.before(step.number())) {
                cursor = find(decoded, cursor, directive(d), d.raw());
            }
            cursor = find(decoded, cursor, l -> {
                Matcher m = messageLine.matcher(l);
                return m.matches() && m.group(2).startsWith("--") == step.dashed()
                        && step.description().equals(m.group(4) == null ? "" : m.group(4));
            }, "step " + step.number() + " " + step.description());
            for (Directive d : sequence.after(step.number())) {
                cursor = find(decoded, cursor, directive(d), d.raw());
            }
        }
    }

    private static Predicate<String> directive(Directive d) {
        return switch (d.kind()) {
            case FRAGMENT -> l -> FRAGMENT_WORDS.contains(firstWord(l)) && l.endsWith(d.label())
                    && (d.label().isEmpty() ? !l.startsWith("Note") : true);
            case ELSE -> l -> BRANCH_WORDS.contains(firstWord(l)) && l.endsWith(d.label());
            case END -> l -> l.equals("end");
            case DIVIDER -> l -> (l.startsWith("== ") || l.startsWith("Note over ")) && l.endsWith(d.label() + " ==");
            case NOTE -> l -> l.toLowerCase().startsWith("note ") && l.endsWith(d.text());
            case ACTIVATE -> l -> l.startsWith("activate ");
            case DEACTIVATE -> l -> l.startsWith("deactivate ");
        };
    }

    private static int find(List<String> lines, int from, Predicate<String> wanted, String what) {
        for (int i = from; i < lines.size(); i++) {
            if (wanted.test(lines.get(i))) {
                return i + 1;
            }
        }
        throw new AssertionError("not found in order after line " + from + ": " + what + "\n"
                + String.join("\n", lines));
    }

    private static String firstWord(String line) {
        int space = line.indexOf(' ');
        return space < 0 ? line : line.substring(0, space);
    }

    /** Reads each syntax's escapes back: PlantUML's {@code \n}, {@code \\} and {@code &#NN;}; Mermaid's {@code <br/>} and {@code #..;}. */
    static String decode(String line, Format format) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (format == Format.PLANTUML && c == '\\' && i + 1 < line.length()) {
                char next = line.charAt(++i);
                out.append(next == 'n' ? "\n" : String.valueOf(next));
            } else if (format == Format.PLANTUML && line.startsWith("&#", i) && line.indexOf(';', i) > i) {
                int end = line.indexOf(';', i);
                out.append((char) Integer.parseInt(line.substring(i + 2, end)));
                i = end;
            } else if (format == Format.MERMAID && line.startsWith("<br/>", i)) {
                out.append('\n');
                i += 4;
            } else if (format == Format.MERMAID && c == '#' && line.indexOf(';', i) > i
                    && line.substring(i + 1, line.indexOf(';', i)).matches("\\d+|quot|lt|gt|amp")) {
                int end = line.indexOf(';', i);
                String code = line.substring(i + 1, end);
                out.append(switch (code) {
                    case "quot" -> "\"";
                    case "lt" -> "<";
                    case "gt" -> ">";
                    case "amp" -> "&";
                    default -> String.valueOf((char) Integer.parseInt(code));
                });
                i = end;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
