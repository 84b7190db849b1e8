package dev.plumbline.diagrams.check;

import dev.plumbline.model.Finding;
import dev.plumbline.diagrams.check.markdown.DiagramBlock;
import java.util.List;
import java.util.Objects;

/** Collects the issues of one diagram block, turning lines inside the diagram into lines of its file. */
final class BlockIssues {

    private final DiagramBlock block;
    private final List<Issue> issues;

    BlockIssues(DiagramBlock block, List<Issue> issues) {
        this.block = Objects.requireNonNull(block, "block");
        this.issues = Objects.requireNonNull(issues, "issues");
    }

    /** Enough to act on; a diagram drifting everywhere would otherwise flood logs and reports. */
    static final int LIMIT = 200;

    private int count;

    /** Reports at a 1-based line inside the diagram; 0 means the block as a whole. */
    void add(Finding.Severity severity, Rule rule, int diagramLine, String message) {
        count++;
        if (count > LIMIT) {
            return;
        }
        int line = diagramLine < 1 ? ViewMatcher.openingLine(block) : block.fileLine(diagramLine);
        issues.add(new Issue(new Finding(block.file(), line, severity, message), rule,
                ViewMatcher.openingLine(block)));
    }

    void error(Rule rule, int diagramLine, String message) {
        add(Finding.Severity.ERROR, rule, diagramLine, message);
    }

    void warning(Rule rule, int diagramLine, String message) {
        add(Finding.Severity.WARNING, rule, diagramLine, message);
    }

    /** Adds one finding saying how many were left out, if the limit was reached. */
    void close() {
        if (count > LIMIT) {
            int opening = ViewMatcher.openingLine(block);
            issues.add(new Issue(new Finding(block.file(), opening, Finding.Severity.ERROR, (count - LIMIT)
                    + " more findings in this diagram are not listed; fix the ones above first"), Rule.TOO_MANY, opening));
        }
    }

    static String quoted(String text) {
        return "\"" + text + "\"";
    }
}
