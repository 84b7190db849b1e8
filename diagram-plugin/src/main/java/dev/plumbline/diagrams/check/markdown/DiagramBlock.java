package dev.plumbline.diagrams.check.markdown;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One diagram's text and where it sits in its file. All lines are 1-based lines of that file.
 *
 * @param file             the file as the caller named it
 * @param notation         the diagram language
 * @param fenceLine        line of the opening fence, 0 for a standalone diagram file
 * @param firstLine        line of the first diagram line
 * @param lastLine         line of the last diagram line ({@code firstLine - 1} when the block is empty)
 * @param closingFenceLine line of the closing fence, 0 for a standalone file or an unterminated fence
 * @param text             the diagram text, container prefixes ({@code > }, list indent) removed
 */
public record DiagramBlock(Path file, Notation notation, int fenceLine, int firstLine, int lastLine,
        int closingFenceLine, String text) {

    public DiagramBlock {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(notation, "notation");
        Objects.requireNonNull(text, "text");
        if (firstLine < 1 || lastLine < firstLine - 1) {
            throw new IllegalArgumentException("bad line range " + firstLine + ".." + lastLine);
        }
    }

    /** Whether the diagram came from a Markdown fence rather than a diagram file of its own. */
    public boolean fenced() {
        return fenceLine > 0;
    }

    /** Maps a 1-based line inside {@link #text()} to the line in {@link #file()}. */
    public int fileLine(int diagramLine) {
        return firstLine + Math.max(diagramLine, 1) - 1;
    }
}
