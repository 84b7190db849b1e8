package dev.plumbline.diagrams.generate;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.function.Consumer;

/**
 * An exclusive lock between builds on one machine (the OS releases it when the holder dies, however it dies):
 * a second build writing the same output folder or doc waits for the first instead of interleaving with it.
 */
final class BuildLock implements AutoCloseable {

    private final FileChannel channel;
    private final FileLock lock;

    private BuildLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** Locks the output folder, through a lock file inside it. */
    static BuildLock output(Path folder, Consumer<String> console) throws IOException {
        Files.createDirectories(folder);
        return acquire(folder.resolve(".plumbline-lock"), folder.toString(), console);
    }

    /** Locks one doc, through a lock file in the cache folder (nothing is added beside the user's file). */
    static BuildLock doc(Path cache, Path doc, Consumer<String> console) throws IOException {
        String key = doc.toAbsolutePath().normalize().toString();
        Path file = cache.resolve("locks").resolve(sha256(key) + ".lock");
        Files.createDirectories(file.getParent());
        return acquire(file, doc.toString(), console);
    }

    private static BuildLock acquire(Path file, String what, Consumer<String> console) throws IOException {
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        try {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                console.accept("[WARNING] another Plumbline build is writing " + what + "; waiting for it to finish");
                lock = channel.lock();
            }
            return new BuildLock(channel, lock);
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    @Override
    public void close() throws IOException {
        try {
            lock.release();
        } finally {
            channel.close();
        }
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
