package dev.plumbline.diagrams.preview;

import dev.plumbline.diagrams.lifecycle.ParentWatch;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The worker side of {@code plumbline:serve}: {@code java -cp <plugin classpath>
 * dev.plumbline.diagrams.preview.ServeCommand [--host 127.0.0.1] [--port 8765] [options] <workspace.dsl|folder>...}.
 * Prints the preview's URL once, then the findings of each edit as {@code generate} prints them, and runs until it
 * is stopped: Ctrl-C or SIGTERM to Maven, Maven killed, or stdin closed. Then it stops its renderers (worker JVMs,
 * Node.js, the browser) with it. Exits 1, after saying why, when called wrongly or the address may not be bound.
 */
public final class ServeCommand {

    private ServeCommand() {
    }

    public static void main(String[] args) {
        // dies with Maven, however Maven ends, and takes the renderers with it; see ParentWatch
        ParentWatch.start(true);
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        ServeOptions options;
        try {
            options = ServeOptions.parse(args);
            PreviewSession session = PreviewSession.start(options, out::println);
            out.println("Plumbline: preview at " + session.uri() + " (watching " + options.workspaces().size()
                    + " workspace and " + options.docs().size() + " docs paths; Ctrl-C stops it)");
        } catch (IllegalArgumentException | UncheckedIOException e) {
            out.println("[ERROR] " + e.getMessage());
            ParentWatch.exit(1);
            return;
        }
        // the session's threads do the work; this one only waits for the end, which ParentWatch brings
        try {
            Thread.currentThread().join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
