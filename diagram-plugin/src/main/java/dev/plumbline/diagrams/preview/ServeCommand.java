package dev.plumbline.diagrams.preview;

import dev.plumbline.diagrams.lifecycle.WorkerMain;
import java.io.PrintStream;
import java.io.UncheckedIOException;

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
        WorkerMain.run("serve", args, ServeCommand::run);
    }

    static int run(String[] args, PrintStream out) {
        try {
            ServeOptions options = ServeOptions.parse(args);
            PreviewSession session = PreviewSession.start(options, out::println);
            out.println("Plumbline: preview at " + session.uri() + " (watching " + options.workspaces().size()
                    + " workspace and " + options.docs().size() + " docs paths; Ctrl-C stops it)");
        } catch (IllegalArgumentException | UncheckedIOException e) {
            out.println("[ERROR] " + e.getMessage());
            return WorkerMain.FINDINGS;
        }
        // The session's threads do the work; this one only waits for the end, which ParentWatch brings (it halts
        // the JVM after stopping the renderers), so the return below is reached only if the wait is interrupted.
        try {
            Thread.currentThread().join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return WorkerMain.OK;
    }
}
