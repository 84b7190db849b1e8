package dev.plumbline.diagrams.files;

import dev.plumbline.diagrams.lifecycle.ParentWatch;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes files so that a crash or Ctrl-C never leaves one half-written: content goes to a temporary sibling,
 * which then replaces the target in one move. Unchanged files are not touched, so their timestamps stay. A new
 * file gets the mode the umask gives (not the 0600 of a temporary file); a replaced file keeps its mode.
 */
public final class AtomicFiles {

    /** The file changed on disk between reading and replacing it: someone else is editing it. */
    public static final class ChangedOnDiskException extends IOException {
        ChangedOnDiskException(Path file) {
            super(file + " changed on disk while Plumbline was rewriting it");
        }
    }

    private AtomicFiles() {
    }

    /** Writes {@code content} unless the file already holds exactly that; true when it wrote. */
    public static boolean write(Path target, byte[] content) throws IOException {
        return replace(target, Optional.empty(), content);
    }

    /**
     * Replaces {@code target} with {@code content} if it still holds {@code expected} (as read earlier), checked
     * again just before the move, so an edit made meanwhile is never overwritten; an empty {@code expected} means
     * no check. True when it wrote.
     */
    public static boolean replace(Path target, Optional<byte[]> expected, byte[] content) throws IOException {
        if (Files.isRegularFile(target) && Files.size(target) == content.length
                && Arrays.equals(Files.readAllBytes(target), content)) {
            return false;
        }
        Path parent = target.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path temp = createSibling(parent, target.getFileName().toString());
        try {
            try (OutputStream out = Files.newOutputStream(temp, StandardOpenOption.WRITE)) {
                out.write(content);
            }
            keepMode(target, temp);
            if (ParentWatch.stopping()) {
                throw new IOException("the build was stopped; " + target + " is left as it was");
            }
            if (expected.isPresent() && !Arrays.equals(Files.readAllBytes(target), expected.get())) {
                throw new ChangedOnDiskException(target);
            }
            try {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
        return true;
    }

    /** A fresh file created without explicit permissions, so the umask decides them as for any other tool. */
    private static Path createSibling(Path parent, String name) throws IOException {
        for (int attempt = 0; ; attempt++) {
            Path temp = parent.resolve("." + name + "." + Long.toHexString(ThreadLocalRandom.current().nextLong())
                    + ".tmp");
            try {
                Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE).close();
                return temp;
            } catch (FileAlreadyExistsException e) {
                if (attempt > 100) {
                    throw e;
                }
            }
        }
    }

    private static void keepMode(Path target, Path temp) throws IOException {
        PosixFileAttributeView from = Files.getFileAttributeView(target, PosixFileAttributeView.class);
        PosixFileAttributeView to = Files.getFileAttributeView(temp, PosixFileAttributeView.class);
        if (from != null && to != null && Files.isRegularFile(target)) {
            to.setPermissions(from.readAttributes().permissions());
        }
    }
}
