package dev.plumbline.diagrams.lifecycle;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * Ties a Plumbline child process to its parent: when the parent goes, however it goes (Maven stopped with Ctrl-C,
 * SIGTERM or SIGKILL, or a worker that crashed), this process kills everything it started, removes its scratch
 * folders and halts at once, so nothing it would still write lands after the build has ended.
 *
 * <p>Two signals, because either alone misses a case: the end of stdin (the parent's end of the pipe closes when
 * the parent dies, even by SIGKILL) and the parent's pid no longer being alive (for children whose stdin another
 * reader owns). A SIGTERM to this process itself runs the same clean-up from a shutdown hook.
 */
public final class ParentWatch {

    private static final Set<Path> SCRATCH = ConcurrentHashMap.newKeySet();
    private static final long POLL_MILLIS = 200;
    private static volatile boolean started;
    private static volatile boolean exiting;
    private static volatile boolean stopping;

    private ParentWatch() {
    }

    /**
     * Starts watching the parent, and, when {@code stdinIsTheLifeline}, stdin too: this process never reads stdin
     * otherwise, and the parent keeps it open for as long as it wants the child alive.
     */
    public static synchronized void start(boolean stdinIsTheLifeline) {
        if (started) {
            return;
        }
        started = true;
        Optional<ProcessHandle> parent = ProcessHandle.current().parent();
        Thread poll = new Thread(() -> {
            while (true) {
                if (parent.isEmpty() || !parent.get().isAlive()) {
                    orphaned();
                }
                try {
                    Thread.sleep(POLL_MILLIS);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "plumbline-parent-watch");
        poll.setDaemon(true);
        poll.start();
        if (stdinIsTheLifeline) {
            InputStream in = System.in;
            System.setIn(InputStream.nullInputStream());
            Thread lifeline = new Thread(() -> {
                try {
                    while (in.read() >= 0) {
                        // the parent sends nothing; the bytes only keep the pipe's end in view
                    }
                } catch (IOException e) {
                    // a broken pipe is the same news as its end
                }
                orphaned();
            }, "plumbline-stdin-lifeline");
            lifeline.setDaemon(true);
            lifeline.start();
        }
        // A SIGTERM runs the hooks while the work goes on in other threads: stop writing, then stop at once.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            if (exiting) {
                cleanUp();
            } else {
                orphaned();
            }
        }, "plumbline-clean-up"));
    }

    /** Ends the process normally, with {@code status}; use instead of {@link System#exit}. */
    public static void exit(int status) {
        exiting = true;
        System.exit(status);
    }

    /**
     * True once the process is being stopped from outside: nothing may be written any more (a file written now
     * would land after the build that asked for it has ended).
     */
    public static boolean stopping() {
        return stopping;
    }

    /** A scratch folder (a browser profile, a render server's files) to delete however the process ends. */
    public static void scratch(Path folder) {
        SCRATCH.add(folder);
    }

    /** The folder was cleaned up normally; nothing left to do for it. */
    public static void done(Path folder) {
        SCRATCH.remove(folder);
    }

    private static void orphaned() {
        stopping = true;
        cleanUp();
        // no shutdown hooks, no finally blocks: they could still write files
        Runtime.getRuntime().halt(143);
    }

    /** Kills every descendant (worker JVMs, Node, the browser) and removes the scratch folders. */
    static synchronized void cleanUp() {
        List<ProcessHandle> descendants = ProcessHandle.current().descendants().toList();
        descendants.forEach(ProcessHandle::destroyForcibly);
        for (ProcessHandle p : descendants) {
            try {
                p.onExit().get(java.time.Duration.ofSeconds(5).toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
            } catch (Exception e) {
                // gone or going; nothing more can be done from here
            }
        }
        for (Path folder : List.copyOf(SCRATCH)) {
            deleteTree(folder);
            SCRATCH.remove(folder);
        }
    }

    private static void deleteTree(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    // best effort: a file the browser still holds open
                }
            });
        } catch (IOException | UncheckedIOException e) {
            // best effort
        }
    }
}
