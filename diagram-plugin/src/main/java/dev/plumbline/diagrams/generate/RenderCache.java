package dev.plumbline.diagrams.generate;

import dev.plumbline.diagrams.files.AtomicFiles;
import dev.plumbline.diagrams.render.SvgSafety;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Rendered images by content hash: the diagram source, the renderer and its version, and the options that change
 * the picture. An unchanged view is therefore never rendered twice, whichever folder or project asks for it.
 *
 * <p>The cache is verified, not trusted: it is a folder anyone with the user's rights can write to. Each entry
 * starts with a header line carrying its length and SHA-256, and an SVG goes through the same safety check as a
 * fresh render on the way out; an entry that fails either is deleted, reported once and rendered again.
 */
final class RenderCache {

    private static final String MAGIC = "plumbline-render-cache 2 ";

    private final Path folder;
    private final Consumer<String> console;

    RenderCache(Path folder, Consumer<String> console) {
        this.folder = Objects.requireNonNull(folder, "folder");
        this.console = Objects.requireNonNull(console, "console");
    }

    static String key(String renderer, String options, String source) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (String part : new String[] {renderer, options, source}) {
                digest.update(part.getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    Optional<byte[]> get(String key, String extension) {
        Path file = file(key, extension);
        byte[] entry;
        try {
            if (!Files.isRegularFile(file)) {
                return Optional.empty();
            }
            entry = Files.readAllBytes(file);
        } catch (IOException e) {
            return Optional.empty(); // an unreadable entry is a miss: render again
        }
        Optional<String> problem = Optional.empty();
        byte[] image = null;
        int newline = indexOf(entry, (byte) '\n');
        String header = newline < 0 ? "" : new String(entry, 0, newline, StandardCharsets.US_ASCII);
        if (!header.startsWith(MAGIC)) {
            problem = Optional.of("it has no valid header");
        } else {
            String[] fields = header.substring(MAGIC.length()).split(" ");
            image = Arrays.copyOfRange(entry, newline + 1, entry.length);
            if (fields.length != 2 || !fields[0].equals(String.valueOf(image.length))) {
                problem = Optional.of("its length is not the one recorded");
            } else if (!fields[1].equals(sha256(image))) {
                problem = Optional.of("its content does not match its hash");
            } else if (extension.equals("svg")) {
                problem = SvgSafety.violation(image).map(v -> "it fails the SVG safety check: " + v);
            }
        }
        if (problem.isPresent()) {
            console.accept("[WARNING] the render cache entry " + file + " was damaged (" + problem.get()
                    + "); it is discarded and the diagram rendered again");
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                // the next put replaces it
            }
            return Optional.empty();
        }
        return Optional.of(image);
    }

    void put(String key, String extension, byte[] image) {
        byte[] header = (MAGIC + image.length + " " + sha256(image) + "\n").getBytes(StandardCharsets.US_ASCII);
        byte[] entry = Arrays.copyOf(header, header.length + image.length);
        System.arraycopy(image, 0, entry, header.length, image.length);
        try {
            AtomicFiles.write(file(key, extension), entry);
        } catch (IOException e) {
            // the cache only saves time; failing to fill it must not fail the build
        }
    }

    /** Where an entry lives; {@code .v2} keeps entries of the header-less format out of the way. */
    Path file(String key, String extension) {
        return folder.resolve(key.substring(0, 2)).resolve(key + ".v2." + extension);
    }

    private static int indexOf(byte[] bytes, byte b) {
        for (int i = 0; i < bytes.length && i < 200; i++) {
            if (bytes[i] == b) {
                return i;
            }
        }
        return -1;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
