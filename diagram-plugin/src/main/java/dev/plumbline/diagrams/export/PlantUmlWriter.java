package dev.plumbline.diagrams.export;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Plain PlantUML (no includes, no C4 library): description diagrams for static views, sequence diagrams for dynamic
 * views. Every model text sits in the middle of a single line and is escaped (see {@link #text}), so no label can
 * open a preprocessor directive, end the diagram or pull in an image.
 */
final class PlantUmlWriter extends ViewWriter {

    private static final Pattern COLOUR = Pattern.compile("#\\w+");
    private static final Pattern THEME = Pattern.compile("[a-z0-9_-]+");
    private static final Pattern START_NAME = Pattern.compile("[A-Za-z0-9._-]+");

    public PlantUmlWriter() {
    }

    @Override
    protected void startStatic(Header header) {
        start(header);
        // PlantUML draws top to bottom or left to right; BT and RL are drawn as their nearest.
        if (header.direction().equals("LR") || header.direction().equals("RL")) {
            line("left to right direction");
        }
        if (header.rankSeparation() > 0) {
            line("skinparam ranksep " + header.rankSeparation());
        }
        if (header.nodeSeparation() > 0) {
            line("skinparam nodesep " + header.nodeSeparation());
        }
    }

    @Override
    protected void openBox(Box box) {
        line(keyword(box.shape()) + " " + quoted(box.label()) + " as " + box.id() + " {");
        indent();
    }

    @Override
    protected void closeBox(Box box) {
        outdent();
        line("}");
    }

    @Override
    protected void node(Node node) {
        line(keyword(node.shape()) + " " + quoted(node.label()) + " as " + node.id());
    }

    @Override
    protected void arrow(Arrow arrow) {
        line(arrow.from() + (arrow.dashed() ? " ..> " : " --> ") + arrow.to() + labelled(arrow.label()));
        if (!arrow.fragments().isEmpty()) {
            // A description diagram has no fragments; a note on the link keeps the guard next to the arrow it covers.
            line("note on link : " + text(String.join("\n", arrow.fragments())));
        }
    }

    @Override
    protected void note(Note note) {
        line("note " + note.position() + " " + note.target() + " : " + text(note.text()));
    }

    @Override
    protected void endStatic() {
        line("@enduml");
    }

    @Override
    protected void startSequence(Header header) {
        start(header);
    }

    @Override
    protected void participant(Participant participant) {
        String keyword = switch (participant.kind()) {
            case PERSON -> "actor";
            case DATABASE -> "database";
            case QUEUE -> "queue";
            default -> "participant";
        };
        line(keyword + " " + quoted(participant.label()) + " as " + participant.id());
    }

    @Override
    protected void message(Message message) {
        line(message.from() + (message.dashed() ? " --> " : " -> ") + message.to() + labelled(message.text()));
    }

    @Override
    protected void openFragment(String keyword, String label) {
        line(keyword + (label.isEmpty() ? "" : " " + text(label)));
        indent();
    }

    @Override
    protected void branch(String keyword, String openKeyword, String label) {
        // PlantUML separates the branches of a par with "else", as it does for an alt.
        outdent();
        line("else" + (label.isEmpty() ? "" : " " + text(label)));
        indent();
    }

    @Override
    protected void closeFragment(String openKeyword) {
        outdent();
        line("end");
    }

    @Override
    protected void divider(String text) {
        line("== " + text(text) + " ==");
    }

    @Override
    protected void noteOn(String position, List<String> ids, String text) {
        line("note " + position + " " + String.join(", ", ids) + " : " + text(text));
    }

    @Override
    protected void noteOnMessage(String side, String anchor, boolean followsMessage, String text) {
        line(followsMessage ? "note " + side + " : " + text(text) : "note " + side + " of " + anchor + " : " + text(text));
    }

    @Override
    protected void activate(String id, String colour) {
        line("activate " + id + (COLOUR.matcher(colour).matches() ? " " + colour : ""));
    }

    @Override
    protected void deactivate(String id) {
        line("deactivate " + id);
    }

    @Override
    protected void endSequence() {
        line("@enduml");
    }

    private void start(Header header) {
        line(START_NAME.matcher(header.viewKey()).matches() ? "@startuml " + header.viewKey() : "@startuml");
        line("' plumbline:generated " + comment(header.viewKey()));
        line("' generated from " + comment(header.workspaceFile()) + " by Plumbline; edit the model, not this file");
        if (!header.theme().isEmpty()) {
            // Only themes PlantUML carries inside its own jar: a theme is never fetched.
            boolean bundled = THEME.matcher(header.theme()).matches() && PlantUmlWriter.class.getClassLoader()
                    .getResource("themes/puml-theme-" + header.theme() + ".puml") != null;
            line(bundled ? "!theme " + header.theme() : "' theme " + comment(header.theme()) + " is not bundled with PlantUML");
        }
        if (!header.title().isEmpty()) {
            line("title " + text(header.title()));
        }
    }

    private static String keyword(Shape shape) {
        return switch (shape) {
            case PERSON -> "actor";
            case DATABASE -> "database";
            case QUEUE -> "queue";
            case CLOUD -> "cloud";
            case STORAGE -> "storage";
            case NODE -> "node";
            case COMPONENT -> "component";
            case FRAME -> "frame";
            case FOLDER -> "folder";
            case PACKAGE -> "package";
            case FILE -> "file";
            case ARTIFACT -> "artifact";
            case CARD -> "card";
            case HEXAGON, DECISION -> "hexagon";
            case COLLECTIONS -> "collections";
            case STACK -> "stack";
            case TERMINAL -> "usecase";
            case RECTANGLE -> "rectangle";
        };
    }

    private static String labelled(String label) {
        return label.isEmpty() ? "" : " : " + text(label);
    }

    private static String quoted(String label) {
        return "\"" + text(label) + "\"";
    }


    /**
     * Model text as PlantUML display text on one line. Line breaks become {@code \n}. Characters PlantUML would read
     * (preprocessor {@code %} functions, creole markup, {@code <img>} / {@code <U+..>} tags, quotes, links) become
     * numeric entities, which PlantUML prints as the character itself; {@code \} is doubled so {@code \n} written in
     * a name stays visible.
     */
    static String text(String raw) {
        StringBuilder out = new StringBuilder();
        boolean lineStart = true;
        char previous = 0;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '\n') {
                out.append("\\n");
                lineStart = true;
                previous = 0;
                continue;
            }
            if (c == '\r') {
                continue;
            }
            if (Character.isISOControl(c)) {
                c = ' ';
            }
            boolean doubled = c == previous && "*/_-=^~[]'\"".indexOf(c) >= 0;
            boolean bullet = lineStart && "*-#=|.+!@'".indexOf(c) >= 0;
            if (c == '\\') {
                out.append("\\\\");
            } else if ("%\"<>&~`".indexOf(c) >= 0 || doubled || bullet || (c == '\'' && previous == '/')) {
                out.append("&#").append((int) c).append(';');
            } else {
                out.append(c);
            }
            lineStart = false;
            previous = c;
        }
        return out.toString();
    }
}
