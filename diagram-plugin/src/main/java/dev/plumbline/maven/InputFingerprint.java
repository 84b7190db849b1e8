package dev.plumbline.maven;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Decides a no-op run in Maven's own JVM, before any worker starts: the inputs' hash is compared with the one
 * the last successful run recorded, every output that run listed must still be there, unchanged, and every file
 * the workspaces read (includes, docs, images, listed by the worker) must be unchanged too.
 *
 * <p>Output lines are {@code <sha-256>:<size>:<mtime ns> <relative path>}. An output whose size and modification
 * time are the recorded ones, and older than the state file itself, is taken as unchanged without reading it: a
 * large model has thousands of outputs, and hashing them all cost seconds of every no-op build. Anything else is
 * hashed (an output touched but not changed is still up to date), and one written in the same clock tick as the state
 * file is always hashed, since an edit in that tick would leave its time as recorded ("racily clean", as git says).
 */
final class InputFingerprint {

    static final String STATE_FILE = ".plumbline-state";
    /** State lines for the workspaces' own inputs start so; output lines are {@code <sha> <relative path>}. */
    static final String INPUT = "input ";

    private InputFingerprint() {
    }

    /** SHA-256 over the options and every file under the inputs (paths and bytes, in sorted order). */
    static String of(List<Path> inputs, String options) throws IOException {
        MessageDigest digest = sha256();
        digest.update(options.getBytes(StandardCharsets.UTF_8));
        for (Path input : inputs) {
            List<Path> files;
            if (Files.isDirectory(input)) {
                try (Stream<Path> walk = Files.walk(input)) {
                    files = walk.filter(Files::isRegularFile).sorted().collect(Collectors.toList());
                }
            } else {
                files = Files.isRegularFile(input) ? List.of(input) : List.of();
            }
            for (Path file : files) {
                digest.update(input.relativize(file).toString().replace('\\', '/').getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(Files.readAllBytes(file));
                digest.update((byte) 0);
            }
        }
        return hex(digest.digest());
    }

    /**
     * The fingerprint of one goal run: the workspaces, the docs and the plugin jar (a rebuilt SNAPSHOT of the same
     * version may render differently), with every option that changes the output.
     */
    static String ofRun(ProjectInputs inputs, java.io.File pluginJar, List<String> options) throws IOException {
        List<java.io.File> files = new java.util.ArrayList<>(inputs.workspaces());
        files.addAll(inputs.docs());
        if (pluginJar != null && pluginJar.isFile()) {
            files.add(pluginJar);
        }
        return of(paths(files), String.join("\u0000", options));
    }

    /** True when {@code outputDirectory} holds exactly what a run with this fingerprint produced. */
    static boolean upToDate(Path outputDirectory, String fingerprint) {
        Path state = outputDirectory.resolve(STATE_FILE);
        try {
            FileTime recorded = Files.getLastModifiedTime(state);
            List<String> lines = Files.readAllLines(state, StandardCharsets.UTF_8);
            if (lines.isEmpty() || !lines.get(0).equals(fingerprint)) {
                return false;
            }
            for (String line : lines.subList(1, lines.size())) {
                if (line.startsWith(INPUT)) {
                    // a file the workspaces read besides themselves (an include, docs, an image): unchanged?
                    String rest = line.substring(INPUT.length());
                    int gap = rest.indexOf(' ');
                    Path input = Path.of(rest.substring(gap + 1));
                    if (gap < 0 || !Files.isRegularFile(input) || !rest.substring(0, gap).equals(hex(sha256(input)))) {
                        return false;
                    }
                    continue;
                }
                int space = line.indexOf(' ');
                if (space < 0 || !unchanged(outputDirectory.resolve(line.substring(space + 1)),
                        line.substring(0, space), recorded)) {
                    return false;
                }
            }
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** {@code stamp} is {@code sha:size:mtime}; see the class comment for when the bytes are read. */
    private static boolean unchanged(Path output, String stamp, FileTime recorded) throws IOException {
        String[] parts = stamp.split(":", -1);
        BasicFileAttributes file;
        try {
            file = Files.readAttributes(output, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            return false;
        }
        if (!file.isRegularFile() || parts.length != 3 || !parts[1].equals(String.valueOf(file.size()))) {
            return false;
        }
        boolean sameTime = parts[2].equals(String.valueOf(file.lastModifiedTime().to(TimeUnit.NANOSECONDS)));
        return sameTime && file.lastModifiedTime().compareTo(recorded) < 0 || parts[0].equals(hex(sha256(output)));
    }

    private static byte[] sha256(Path file) throws IOException {
        return sha256().digest(Files.readAllBytes(file));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    static String hex(byte[] bytes) {
        StringBuilder sb = new StringBuilder(bytes.length * 2);
        for (byte b : bytes) {
            sb.append(Character.forDigit((b >> 4) & 0xF, 16)).append(Character.forDigit(b & 0xF, 16));
        }
        return sb.toString();
    }

    static List<Path> paths(List<java.io.File> files) {
        List<Path> paths = new ArrayList<>();
        for (java.io.File f : files) {
            paths.add(f.toPath());
        }
        return paths;
    }
}
