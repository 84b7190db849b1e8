package dev.plumbline.diagrams.check;

import dev.plumbline.model.Finding;
import dev.plumbline.diagrams.check.DocsCheck.Reported;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Accepted findings. Each line holds a finding's fingerprint (file, rule and message hashed; no line, so it
 * survives edits above it) and how many such findings are accepted, then the finding in words for the reviewer:
 * {@code 3f2a9c0d1e2b4a5f 1 unknown-element docs/a.md: "Foo" is not an element of view k}.
 */
final class Baseline {

    static final Baseline EMPTY = new Baseline(Map.of());

    private static final Pattern ENTRY = Pattern.compile("^([0-9a-f]{16}) +([0-9]{1,9})(?: .*)?$");
    private static final String HEADER = """
            # Plumbline drift-check baseline: findings accepted for now. Each line: fingerprint, count, finding.
            # The check fails only on errors not listed here. Rewrite it with --write-baseline true.
            """;

    private final Map<String, Integer> counts;

    private Baseline(Map<String, Integer> counts) {
        this.counts = counts;
    }

    /** Reads a baseline; a missing file accepts nothing, a malformed line becomes an issue at that line. */
    static Baseline read(Path file, Path shownAs, List<Issue> issues) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return EMPTY;
        } catch (IOException | RuntimeException e) {
            issues.add(new Issue(new Finding(shownAs, 1, Finding.Severity.ERROR, "cannot read baseline: "
                    + e.getClass().getSimpleName()), Rule.BASELINE, 0));
            return EMPTY;
        }
        Map<String, Integer> counts = new HashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            Matcher m = ENTRY.matcher(line);
            if (m.matches()) {
                counts.merge(m.group(1), Integer.parseInt(m.group(2)), Integer::sum);
            } else {
                issues.add(new Issue(new Finding(shownAs, i + 1, Finding.Severity.ERROR,
                        "baseline line is not \"<16 hex digit fingerprint> <count> <finding>\""), Rule.BASELINE, 0));
            }
        }
        return new Baseline(counts);
    }

    /** Marks the issues the baseline accepts, in the given order, each fingerprint as often as its count says. */
    List<Reported> apply(List<Issue> issues) {
        Map<String, Integer> left = new HashMap<>(counts);
        List<Reported> reported = new ArrayList<>();
        for (Issue issue : issues) {
            boolean acceptable = issue.finding().severity() != Finding.Severity.INFO && issue.rule() != Rule.BASELINE;
            String fingerprint = issue.fingerprint();
            int available = left.getOrDefault(fingerprint, 0);
            boolean accepted = acceptable && available > 0;
            if (accepted) {
                left.put(fingerprint, available - 1);
            }
            reported.add(new Reported(issue, accepted));
        }
        return List.copyOf(reported);
    }

    /** A baseline accepting every error and warning of {@code issues}, sorted by fingerprint. */
    static String write(List<Issue> issues) {
        Map<String, Integer> counts = new TreeMap<>();
        Map<String, String> described = new HashMap<>();
        for (Issue issue : issues) {
            if (issue.finding().severity() == Finding.Severity.INFO || issue.rule() == Rule.BASELINE) {
                continue;
            }
            String fingerprint = issue.fingerprint();
            counts.merge(fingerprint, 1, Integer::sum);
            described.putIfAbsent(fingerprint, issue.rule().id() + " " + issue.finding().file()
                    + ": " + issue.finding().message().replace('\n', ' ').replace('\r', ' '));
        }
        StringBuilder out = new StringBuilder(HEADER);
        counts.forEach((fingerprint, count) -> out.append(fingerprint).append(' ').append(count).append(' ')
                .append(described.get(fingerprint)).append('\n'));
        return out.toString();
    }
}
