package dev.plumbline.diagrams.check;

import dev.plumbline.model.Finding;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.Objects;

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
        String identity = finding.file() + "\u0000" + rule.id() + "\u0000" + finding.message();
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(identity.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    @Override
    public int compareTo(Issue other) {
        return ORDER.compare(this, other);
    }
}
