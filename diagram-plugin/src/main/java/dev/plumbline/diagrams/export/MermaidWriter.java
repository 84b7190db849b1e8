package dev.plumbline.diagrams.export;

import java.util.ArrayList;
import java.util.List;

/**
 * Mermaid as GitHub renders it: {@code flowchart} for static views, {@code sequenceDiagram} for dynamic views, in
 * classic syntax only (no {@code @{...}} shapes, no front matter: the first line is the marker comment). Model text
 * is written with Mermaid's {@code #code;} entities for everything the grammar or the HTML labels would read.
 */
final class MermaidWriter extends ViewWriter {

    private final List<String> notes = new ArrayList<>();

    public MermaidWriter() {
    }

    @Override
    protected void startStatic(Header header) {
        comments(header);
        if (header.rankSeparation() > 0 || header.nodeSeparation() > 0) {
            // Mermaid reads an init directive anywhere, so the marker comment can stay the first line.
            List<String> spacing = new ArrayList<>();
            if (header.rankSeparation() > 0) {
                spacing.add("\"rankSpacing\": " + header.rankSeparation());
            }
            if (header.nodeSeparation() > 0) {
                spacing.add("\"nodeSpacing\": " + header.nodeSeparation());
            }
            line("%%{init: {\"flowchart\": {" + String.join(", ", spacing) + "}}}%%");
        }
        line("flowchart " + switch (header.direction()) {
            case "LR", "RL", "BT", "TD" -> header.direction();
            default -> "TB";
        });
        indent();
        if (!header.title().isEmpty()) {
            // A visible title needs front matter, which would have to come before the marker line.
            line("accTitle: " + text(header.title().replace('\n', ' ')));
        }
    }

    @Override
    protected void openBox(Box box) {
        line("subgraph " + box.id() + "[" + quoted(box.label()) + "]");
        indent();
    }

    @Override
    protected void closeBox(Box box) {
        outdent();
        line("end");
    }

    @Override
    protected void node(Node node) {
        String label = quoted(node.label());
        line(node.id() + switch (node.shape()) {
            case PERSON -> "([" + label + "])";
            case DATABASE, STORAGE -> "[(" + label + ")]";
            case QUEUE -> "[[" + label + "]]";
            case DECISION -> "{" + label + "}";
            case TERMINAL -> "((" + label + "))";
            case CLOUD, HEXAGON -> "{{" + label + "}}";
            default -> "[" + label + "]";
        });
    }

    @Override
    protected void arrow(Arrow arrow) {
        List<String> lines = new ArrayList<>();
        if (!arrow.label().isEmpty()) {
            lines.add(arrow.label());
        }
        // Mermaid cannot draw a box around arrows: the fragment's guard goes on each arrow it encloses.
        arrow.fragments().forEach(f -> lines.add("[" + f + "]"));
        String label = lines.isEmpty() ? "" : "|" + quoted(String.join("\n", lines)) + "|";
        line(arrow.from() + (arrow.dashed() ? " -.->" : " -->") + label + " " + arrow.to());
    }

    @Override
    protected void note(Note note) {
        line(note.id() + "[" + quoted(note.text()) + "]");
        line(note.id() + " -.- " + note.target());
        notes.add(note.id());
    }

    @Override
    protected void endStatic() {
        if (!notes.isEmpty()) {
            line("classDef plumblineNote fill:#fff5ad,stroke:#d6b656,color:#000000");
            line("class " + String.join(",", notes) + " plumblineNote");
        }
        outdent();
    }

    @Override
    protected void startSequence(Header header) {
        comments(header);
        line("sequenceDiagram");
        indent();
        if (!header.title().isEmpty()) {
            line("title " + text(header.title().replace('\n', ' ')));
        }
    }

    @Override
    protected void participant(Participant participant) {
        // Classic Mermaid knows actors and participants only; a database or queue keeps its label.
        String keyword = participant.kind() == Shape.PERSON ? "actor" : "participant";
        line(keyword + " " + participant.id() + " as " + text(participant.label()));
    }

    @Override
    protected void message(Message message) {
        line(message.from() + (message.dashed() ? "-->>" : "->>") + message.to() + ": " + text(message.text()));
    }

    @Override
    protected void openFragment(String keyword, String label) {
        if (keyword.equals("group")) {
            // Mermaid has no labelled group: a shaded rect whose first line is a note with the label.
            line("rect rgba(128, 128, 128, 0.1)");
            indent();
            line("Note over " + allParticipants() + ": " + text(label));
            return;
        }
        line(keyword + (label.isEmpty() ? "" : " " + text(label)));
        indent();
    }

    @Override
    protected void branch(String keyword, String openKeyword, String label) {
        outdent();
        String word = switch (openKeyword) {
            case "par" -> "and";
            case "critical" -> "option";
            default -> "else";
        };
        line(word + (label.isEmpty() ? "" : " " + text(label)));
        indent();
    }

    @Override
    protected void closeFragment(String openKeyword) {
        outdent();
        line("end");
    }

    @Override
    protected void divider(String text) {
        // Mermaid has no divider: a note across every lifeline, marked like PlantUML's.
        line("Note over " + allParticipants() + ": == " + text(text) + " ==");
    }

    @Override
    protected void noteOn(String position, List<String> ids, String text) {
        line("Note " + position + " " + String.join(",", ids) + ": " + text(text));
    }

    @Override
    protected void noteOnMessage(String side, String anchor, boolean followsMessage, String text) {
        line("Note " + side + " of " + anchor + ": " + text(text));
    }

    @Override
    protected void activate(String id, String colour) {
        line("activate " + id);
    }

    @Override
    protected void deactivate(String id) {
        line("deactivate " + id);
    }

    @Override
    protected void endSequence() {
        outdent();
    }

    private void comments(Header header) {
        line("%% plumbline:generated " + comment(header.viewKey()));
        line("%% generated from " + comment(header.workspaceFile()) + " by Plumbline; edit the model, not this file");
    }

    private String allParticipants() {
        List<Participant> all = participants();
        String first = all.get(0).id();
        String last = all.get(all.size() - 1).id();
        return first.equals(last) ? first : first + "," + last;
    }

    private static String quoted(String text) {
        return "\"" + text(text) + "\"";
    }


    /**
     * Model text for a Mermaid label: line breaks become {@code <br/>}; quotes, angle brackets (so no model text
     * becomes HTML), {@code #}, {@code ;}, {@code %}, {@code &}, {@code |} and backticks become {@code #code;}
     * entities, which Mermaid prints as the character.
     */
    static String text(String raw) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            switch (c) {
                case '\n' -> out.append("<br/>");
                case '\r' -> { }
                case '"' -> out.append("#quot;");
                case '<' -> out.append("#lt;");
                case '>' -> out.append("#gt;");
                case '&' -> out.append("#amp;");
                case '#', ';', '%', '|', '`' -> out.append('#').append((int) c).append(';');
                default -> out.append(Character.isISOControl(c) ? ' ' : c);
            }
        }
        return out.toString();
    }
}
