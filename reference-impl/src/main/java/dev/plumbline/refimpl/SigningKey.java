package dev.plumbline.refimpl;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

/** The JWT signing key: read from the configured file, or generated once into the data folder and kept there. */
final class SigningKey {

    private static final int BYTES = 32;

    private SigningKey() {
    }

    static byte[] load(Path configured, Path dataDir) {
        Path file = configured != null ? configured : dataDir.resolve("jwt-signing.key");
        try {
            if (configured == null && !Files.exists(file)) {
                generate(file);
            }
            byte[] key = Base64.getDecoder().decode(Files.readString(file, StandardCharsets.US_ASCII).strip());
            if (key.length < BYTES) {
                throw new IllegalArgumentException(file + ": the JWT signing key needs at least 256 bits");
            }
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException("reading the JWT signing key " + file, e);
        }
    }

    private static void generate(Path file) throws IOException {
        byte[] key = new byte[BYTES];
        new SecureRandom().nextBytes(key);
        Path partial = file.resolveSibling(file.getFileName() + ".new");
        Files.deleteIfExists(partial);
        try {
            Files.createFile(partial, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException e) {
            Files.createFile(partial);
        }
        Files.writeString(partial, Base64.getEncoder().encodeToString(key) + "\n", StandardCharsets.US_ASCII,
                StandardOpenOption.TRUNCATE_EXISTING);
        Files.move(partial, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }
}
