package dev.plumbline.diagrams;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;

/**
 * Rendered images by content hash: the diagram source, the renderer and its version, and the options that change
 * the picture. An unchanged view is therefore never rendered twice, whichever folder or project asks for it.
 */
final class RenderCache {

    private final Path folder;

    RenderCache(Path folder) {
        this.folder = Objects.requireNonNull(folder, "folder");
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
        try {
            return Files.isRegularFile(file) ? Optional.of(Files.readAllBytes(file)) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty(); // an unreadable entry is a miss: render again
        }
    }

    void put(String key, String extension, byte[] image) {
        try {
            AtomicFiles.write(file(key, extension), image);
        } catch (IOException e) {
            // the cache only saves time; failing to fill it must not fail the build
        }
    }

    private Path file(String key, String extension) {
        return folder.resolve(key.substring(0, 2)).resolve(key + "." + extension);
    }
}
