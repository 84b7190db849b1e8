package dev.plumbline.diagrams.baseline;

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
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A file of findings accepted for now, shared by {@code check} and {@code conformance}. Each line holds a finding's
 * fingerprint (a hash of what identifies it, without its line number, so it survives edits above it), how many such
 * findings are accepted, then the finding in words for the reviewer:
 * {@code 3f2a9c0d1e2b4a5f 1 unknown-element docs/a.md: "Foo" is not an element of view k}. Lines starting with
 * {@code #} are comments.
 */
public final class Baseline {

    /** Accepts nothing: no baseline configured, or its file does not exist yet. */
    public static final Baseline EMPTY = new Baseline(Map.of());

    /** A line of the file that could not be used, 1-based, and why. */
    public record Problem(int line, String message) {
        public Problem {
            Objects.requireNonNull(message, "message");
        }
    }

    /** One accepted finding: its fingerprint and how a reviewer reads it. */
    public record Entry(String fingerprint, String description) {
        public Entry {
            Objects.requireNonNull(fingerprint, "fingerprint");
            Objects.requireNonNull(description, "description");
        }
    }

    private static final Pattern ENTRY = Pattern.compile("^([0-9a-f]{16}) +([0-9]{1,9})(?: .*)?$");

    private final Map<String, Integer> counts;

    private Baseline(Map<String, Integer> counts) {
        this.counts = counts;
    }

    /**
     * Reads a baseline. A missing file accepts nothing; an unreadable file or a malformed line is a problem.
     *
     * @param noun what the file accepts, for the message about a malformed line: {@code finding}, {@code violation}
     */
    public static Baseline read(Path file, String noun, List<Problem> problems) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return EMPTY;
        } catch (IOException | RuntimeException e) {
            problems.add(new Problem(1, "cannot read baseline: " + e.getClass().getSimpleName()));
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
                problems.add(new Problem(i + 1, "baseline line is not \"<16 hex digit fingerprint> <count> <" + noun
                        + ">\""));
            }
        }
        return new Baseline(counts);
    }

    /**
     * For each fingerprint, in order, whether the baseline accepts it: each as often as its count says. An empty
     * one stands for a finding no baseline may accept (an INFO, or a problem with the baseline itself).
     */
    public List<Boolean> accepts(List<Optional<String>> fingerprints) {
        Map<String, Integer> left = new HashMap<>(counts);
        List<Boolean> accepted = new ArrayList<>(fingerprints.size());
        for (Optional<String> fingerprint : fingerprints) {
            int available = fingerprint.map(f -> left.getOrDefault(f, 0)).orElse(0);
            if (available > 0) {
                left.put(fingerprint.get(), available - 1);
            }
            accepted.add(available > 0);
        }
        return List.copyOf(accepted);
    }

    /** A baseline accepting every entry, sorted by fingerprint, each described once. */
    public static String write(String header, List<Entry> entries) {
        Map<String, Integer> counts = new TreeMap<>();
        Map<String, String> described = new HashMap<>();
        for (Entry entry : entries) {
            counts.merge(entry.fingerprint(), 1, Integer::sum);
            described.putIfAbsent(entry.fingerprint(), entry.description().replace('\n', ' ').replace('\r', ' '));
        }
        StringBuilder out = new StringBuilder(header);
        counts.forEach((fingerprint, count) -> out.append(fingerprint).append(' ').append(count).append(' ')
                .append(described.get(fingerprint)).append('\n'));
        return out.toString();
    }

    /** The first 8 bytes, in hex, of the SHA-256 of the parts joined by NUL characters. */
    public static String fingerprint(String... parts) {
        String identity = String.join("\u0000", parts);
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(identity.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
