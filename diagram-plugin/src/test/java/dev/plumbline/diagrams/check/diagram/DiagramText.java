package dev.plumbline.diagrams.check.diagram;

import java.util.Locale;

/** A compact text form of diagrams, so tests can state expectations as text blocks. */
public final class DiagramText {

    private DiagramText() {
    }

    public static String of(DiagramModel diagram) {
        return switch (diagram) {
            case GraphDiagram graph -> of(graph);
            case SequenceDiagram sequence -> of(sequence);
        };
    }

    public static String of(GraphDiagram graph) {
        StringBuilder text = new StringBuilder();
        if (!graph.direction().isEmpty()) {
            text.append("direction ").append(graph.direction()).append('\n');
        }
        for (Group group : graph.groups()) {
            text.append("group ").append(group.id()).append(" \"").append(group.title()).append("\" ")
                    .append(group.kind()).append(" in ").append(group.parent().orElse("-"))
                    .append(" ").append(group.members()).append(" @").append(group.line()).append('\n');
        }
        for (Node node : graph.nodes()) {
            text.append("node ").append(node.id()).append(' ').append(node.shape()).append(" \"")
                    .append(node.label()).append("\" @").append(node.line()).append('\n');
        }
        for (Edge edge : graph.edges()) {
            text.append("edge ").append(edge.from()).append(" -> ").append(edge.to()).append(' ')
                    .append(lower(edge.stroke())).append(' ').append(lower(edge.head()))
                    .append(edge.both() ? " both" : "").append(" \"").append(edge.label()).append("\" @")
                    .append(edge.line()).append('\n');
        }
        for (Note note : graph.notes()) {
            appendNote(text, "", note);
        }
        return text.toString();
    }

    public static String of(SequenceDiagram sequence) {
        StringBuilder text = new StringBuilder();
        if (sequence.autonumber()) {
            text.append("autonumber\n");
        }
        for (Participant p : sequence.participants()) {
            text.append("participant ").append(p.id()).append(" \"").append(p.label()).append("\" ")
                    .append(p.kind()).append(p.declared() ? " declared" : " implicit").append(" @")
                    .append(p.line()).append('\n');
        }
        for (SequenceItem item : sequence.items()) {
            appendItem(text, "", item);
        }
        return text.toString();
    }

    private static void appendItem(StringBuilder text, String indent, SequenceItem item) {
        switch (item) {
            case Message m -> text.append(indent).append("message ").append(m.from()).append(" -> ").append(m.to())
                    .append(' ').append(lower(m.stroke())).append(' ').append(lower(m.head())).append(" \"")
                    .append(m.label()).append("\" @").append(m.line()).append('\n');
            case Fragment f -> {
                text.append(indent).append("fragment ").append(f.kind()).append(" @").append(f.line()).append('\n');
                for (Branch branch : f.branches()) {
                    text.append(indent).append("  branch \"").append(branch.label()).append("\" @")
                            .append(branch.line()).append('\n');
                    for (SequenceItem inner : branch.items()) {
                        appendItem(text, indent + "    ", inner);
                    }
                }
            }
            case Note n -> appendNote(text, indent, n);
            case Divider d -> text.append(indent).append("divider \"").append(d.label()).append("\" @")
                    .append(d.line()).append('\n');
            case Activation a -> text.append(indent).append(lower(a.change())).append(' ').append(a.participant())
                    .append(" @").append(a.line()).append('\n');
        }
    }

    private static void appendNote(StringBuilder text, String indent, Note note) {
        text.append(indent).append("note ").append(note.position().isEmpty() ? "-" : note.position()).append(' ')
                .append(note.anchors()).append(" \"").append(note.text().replace("\n", "\\n")).append("\" @")
                .append(note.line()).append('\n');
    }

    private static String lower(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }
}
