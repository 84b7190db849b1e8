package dev.plumbline.diagrams.check;

import dev.plumbline.model.Finding;
import dev.plumbline.diagrams.check.ModelIndex.ViewRef;
import dev.plumbline.diagrams.check.markdown.DiagramBlock;
import dev.plumbline.diagrams.check.markdown.Notation;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the view a diagram block depicts: by its marker comment ({@code ' plumbline:view <key>} in PlantUML,
 * {@code %% plumbline:view <key>} in Mermaid), else by its title against view titles and keys: the PlantUML
 * {@code title} line or Mermaid front-matter title, then the nearest Markdown heading above it, then the
 * {@code @startuml} name (or a diagram file's name). The first of these that names exactly one view wins.
 */
final class ViewMatcher {

    /** The outcome: a view, or an issue saying why there is none. */
    sealed interface Match {
    }

    record Found(ViewRef view) implements Match {
    }

    record NotFound(Issue issue) implements Match {
    }

    /** A Markdown heading: its line and text. */
    record Heading(int line, String text) {
    }

    // plumbline:view names the view a hand-drawn diagram depicts; plumbline:generated marks a generated block
    private static final Pattern PLANTUML_MARKER =
            Pattern.compile("^\\s*'\\s*(plumbline:(?:view|generated))\\s+(\\S+)\\s*$");
    private static final Pattern MERMAID_MARKER =
            Pattern.compile("^\\s*%%\\s*(plumbline:(?:view|generated))\\s+(\\S+)\\s*$");
    private static final Pattern TITLE = Pattern.compile("^\\s*title\\s+(.+?)\\s*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern START = Pattern.compile("^\\s*@startuml\\s+(.+?)\\s*$");
    private static final Pattern FRONT_TITLE = Pattern.compile("^\\s*title\\s*:\\s*(.+?)\\s*$");

    private final ModelIndex index;

    ViewMatcher(ModelIndex index) {
        this.index = Objects.requireNonNull(index, "index");
    }

    Match match(DiagramBlock block, List<Heading> headings) {
        List<String> lines = block.text().lines().toList();
        Pattern markerPattern = block.notation() == Notation.PLANTUML ? PLANTUML_MARKER : MERMAID_MARKER;
        for (int i = 0; i < lines.size(); i++) {
            Matcher marker = markerPattern.matcher(lines.get(i));
            if (marker.matches()) {
                String key = marker.group(2);
                int line = block.fileLine(i + 1);
                List<String> qualified = index.qualified(key);
                String why = qualified.size() > 1 ? ", which several workspaces define; write one of "
                        + String.join(", ", qualified) : ", which no workspace defines";
                return index.key(key).<Match>map(Found::new).orElseGet(() -> new NotFound(issue(block,
                        line, Rule.UNKNOWN_VIEW, marker.group(1) + " marker names view \"" + key + "\"" + why)));
            }
        }
        List<String> candidates = titles(block, lines, headings);
        for (String candidate : candidates) {
            List<ViewRef> views = index.titled(candidate);
            if (views.size() == 1) {
                return new Found(views.getFirst());
            }
            if (views.size() > 1) {
                return new NotFound(issue(block, openingLine(block), Rule.AMBIGUOUS_VIEW, "diagram title \""
                        + candidate + "\" matches several views (" + String.join(", ", views.stream()
                        .map(ViewRef::key).toList()) + "); add a plumbline:view marker naming one"));
            }
        }
        String tried = candidates.isEmpty() ? "it has no title, @startuml name or heading"
                : "tried " + String.join(", ", candidates.stream().map(c -> "\"" + c + "\"").toList());
        return new NotFound(issue(block, openingLine(block), Rule.NO_VIEW, "diagram matches no view (" + tried
                + "); add a plumbline:view marker or a title of a view"));
    }

    private static List<String> titles(DiagramBlock block, List<String> lines, List<Heading> headings) {
        List<String> titles = new ArrayList<>();
        // Strongest first: what the diagram calls itself, then the heading over it, then its file-like name.
        if (block.notation() == Notation.PLANTUML) {
            first(lines, TITLE).ifPresent(titles::add);
        } else {
            frontMatterTitle(lines).ifPresent(titles::add);
        }
        if (block.fenced()) {
            headings.stream().filter(h -> h.line() < block.fenceLine()).reduce((a, b) -> b)
                    .map(h -> Labels.heading(h.text())).filter(t -> !t.isBlank()).ifPresent(titles::add);
        }
        if (block.notation() == Notation.PLANTUML) {
            first(lines, START).filter(name -> !name.startsWith("(")).ifPresent(titles::add);
        }
        if (!block.fenced()) {
            Path name = block.file().getFileName();
            if (name != null) {
                titles.add(name.toString().replaceFirst("\\.[^.]+$", ""));
            }
        }
        return titles.stream().distinct().toList();
    }

    private static Optional<String> first(List<String> lines, Pattern pattern) {
        for (String line : lines) {
            Matcher m = pattern.matcher(line);
            if (m.matches()) {
                return Optional.of(m.group(1).replaceAll("^\"|\"$", ""));
            }
        }
        return Optional.empty();
    }

    private static Optional<String> frontMatterTitle(List<String> lines) {
        int i = 0;
        while (i < lines.size() && lines.get(i).isBlank()) {
            i++;
        }
        if (i >= lines.size() || !lines.get(i).strip().equals("---")) {
            return Optional.empty();
        }
        for (i++; i < lines.size() && !lines.get(i).strip().equals("---"); i++) {
            Matcher m = FRONT_TITLE.matcher(lines.get(i));
            if (m.matches()) {
                return Optional.of(m.group(1).replaceAll("^[\"']|[\"']$", ""));
            }
        }
        return Optional.empty();
    }

    /** Where findings about a whole block go: its opening fence, or line 1 of a diagram file. */
    static int openingLine(DiagramBlock block) {
        return block.fenced() ? block.fenceLine() : block.firstLine();
    }

    private static Issue issue(DiagramBlock block, int line, Rule rule, String message) {
        return new Issue(new Finding(block.file(), line, Finding.Severity.ERROR, message), rule, openingLine(block));
    }
}
