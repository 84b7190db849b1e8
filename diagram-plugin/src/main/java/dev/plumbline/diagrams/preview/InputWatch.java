package dev.plumbline.diagrams.preview;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileVisitResult;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Tells when a file in the watched folders (and their subfolders) changes. It only signals: what changed is found
 * by reading the inputs again, which also catches an editor's save by rename and files the events missed.
 */
final class InputWatch implements AutoCloseable {

    private final WatchService service;
    private final Set<Path> watched = ConcurrentHashMap.newKeySet();
    private final Thread thread;

    InputWatch(Runnable changed) {
        try {
            service = FileSystems.getDefault().newWatchService();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot watch files: " + e.getMessage(), e);
        }
        thread = new Thread(() -> {
            try {
                while (true) {
                    WatchKey key = service.take();
                    boolean relevant = false;
                    for (var event : key.pollEvents()) {
                        relevant |= !(event.context() instanceof Path name) || !name.toString().startsWith(".");
                        if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && event.context() instanceof Path p
                                && key.watchable() instanceof Path folder && Files.isDirectory(folder.resolve(p))) {
                            watch(Set.of(folder.resolve(p)));
                        }
                    }
                    key.reset();
                    if (relevant) {
                        changed.run();
                    }
                }
            } catch (InterruptedException | ClosedWatchServiceException e) {
                // closed: the session is over
            }
        }, "plumbline-preview-watch");
        thread.setDaemon(true);
        thread.start();
    }

    /** Watches these folders and every folder below them, except hidden ones and build output. */
    void watch(Set<Path> folders) {
        for (Path folder : folders) {
            if (!Files.isDirectory(folder)) {
                continue;
            }
            try {
                Files.walkFileTree(folder, new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                        if (!dir.equals(folder) && skipped(dir)) {
                            return FileVisitResult.SKIP_SUBTREE;
                        }
                        register(dir);
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFileFailed(Path file, IOException e) {
                        return FileVisitResult.CONTINUE;
                    }
                });
            } catch (IOException | UncheckedIOException e) {
                // a folder that vanished meanwhile: the next read reports what is missing
            }
        }
    }

    private static boolean skipped(Path folder) {
        String name = folder.getFileName().toString();
        return name.startsWith(".") || name.equals("target") || name.equals("node_modules");
    }

    private void register(Path folder) {
        Path absolute = folder.toAbsolutePath().normalize();
        if (!watched.add(absolute)) {
            return;
        }
        try {
            absolute.register(service, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_DELETE,
                    StandardWatchEventKinds.ENTRY_MODIFY);
        } catch (IOException e) {
            watched.remove(absolute);
        }
    }

    @Override
    public void close() {
        try {
            service.close();
        } catch (IOException e) {
            // nothing left to release
        }
        thread.interrupt();
    }
}
