package dev.plumbline.diagrams.conformance;

import dev.plumbline.diagrams.conformance.Conformance.Result;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Accepted violations: a fingerprint (rule, file and message with line numbers left out, hashed), a count, and the
 * violation in words for the reviewer. Lines are left out so an accepted violation stays accepted when code moves.
 */
final class ConformanceBaseline {

    private static final Pattern ENTRY = Pattern.compile("^([0-9a-f]{16}) +([0-9]{1,9})(?: .*)?$");
    private static final Pattern LINE_NUMBER = Pattern.compile(":[0-9]+\\)");
    private static final String HEADER = """
            # Plumbline conformance baseline: code-versus-model violations accepted for now.
            # Each line: fingerprint, count, violation. Rewrite it with -Dplumbline.writeBaseline=true.
            """;

    private final Map<String, Integer> counts;

    private ConformanceBaseline(Map<String, Integer> counts) {
        this.counts = counts;
    }

    /** Reads a baseline; a missing file accepts nothing, a malformed line is a result at that line. */
    static ConformanceBaseline read(Path file, Path shownAs, List<Result> problems) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return new ConformanceBaseline(Map.of());
        } catch (IOException | RuntimeException e) {
            problems.add(new Result("baseline", shownAs, 1, "cannot read baseline: " + e.getClass().getSimpleName()));
            return new ConformanceBaseline(Map.of());
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
                problems.add(new Result("baseline", shownAs, i + 1,
                        "baseline line is not \"<16 hex digit fingerprint> <count> <violation>\""));
            }
        }
        return new ConformanceBaseline(counts);
    }

    /** For each result, in order, whether the baseline accepts it. */
    List<Boolean> accepts(List<Result> results) {
        Map<String, Integer> left = new HashMap<>(counts);
        List<Boolean> accepted = new ArrayList<>();
        for (Result r : results) {
            String fingerprint = fingerprint(r);
            int available = left.getOrDefault(fingerprint, 0);
            boolean ok = !r.rule().equals("baseline") && available > 0;
            if (ok) {
                left.put(fingerprint, available - 1);
            }
            accepted.add(ok);
        }
        return accepted;
    }

    static String write(List<Result> results) {
        Map<String, Integer> counts = new TreeMap<>();
        Map<String, String> described = new HashMap<>();
        for (Result r : results) {
            if (r.rule().equals("baseline")) {
                continue;
            }
            String fingerprint = fingerprint(r);
            counts.merge(fingerprint, 1, Integer::sum);
            described.putIfAbsent(fingerprint, r.rule() + " " + ConformanceReports.slashed(r.file()) + ": "
                    + r.message().replace('\n', ' ').replace('\r', ' '));
        }
        StringBuilder out = new StringBuilder(HEADER);
        counts.forEach((fingerprint, count) -> out.append(fingerprint).append(' ').append(count).append(' ')
                .append(described.get(fingerprint)).append('\n'));
        return out.toString();
    }

    static String fingerprint(Result r) {
        String identity = r.rule() + "\u0000" + ConformanceReports.slashed(r.file()) + "\u0000"
                + LINE_NUMBER.matcher(r.message()).replaceAll(")");
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(identity.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
