package dev.plumbline.diagrams.check;

import dev.plumbline.model.Finding;
import dev.plumbline.diagrams.baseline.Baseline;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;

/**
 * A finding with the rule it breaks and the diagram block it belongs to.
 *
 * @param finding   what the user reads
 * @param rule      its kind
 * @param blockLine the opening line of the diagram block it concerns, 0 when it concerns a whole file
 */
record Issue(Finding finding, Rule rule, int blockLine) implements Comparable<Issue> {

    static final Comparator<Issue> ORDER = Comparator
            .comparing((Issue i) -> i.finding().file())
            .thenComparingInt(i -> i.finding().line())
            .thenComparing(i -> i.finding().severity())
            .thenComparing(i -> i.rule().id())
            .thenComparing(i -> i.finding().message());

    Issue {
        Objects.requireNonNull(finding, "finding");
        Objects.requireNonNull(rule, "rule");
    }

    /**
     * Identifies the finding without its line, so an accepted finding stays accepted when text above it moves:
     * file, rule and message, hashed.
     */
    String fingerprint() {
        return Baseline.fingerprint(finding.file().toString(), rule.id(), finding.message());
    }

    /** The fingerprint a baseline may accept: none for an INFO, or for a problem with the baseline itself. */
    Optional<String> acceptableFingerprint() {
        return finding.severity() == Finding.Severity.INFO || rule == Rule.BASELINE ? Optional.empty()
                : Optional.of(fingerprint());
    }

    /** This issue as its baseline line describes it to the reviewer. */
    Baseline.Entry baselineEntry() {
        return new Baseline.Entry(fingerprint(), rule.id() + " " + finding.file() + ": " + finding.message());
    }

    @Override
    public int compareTo(Issue other) {
        return ORDER.compare(this, other);
    }
}
