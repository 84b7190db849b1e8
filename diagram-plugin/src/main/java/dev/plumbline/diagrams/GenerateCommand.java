package dev.plumbline.diagrams;

import dev.plumbline.diagrams.lifecycle.ParentWatch;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * The worker side of {@code plumbline:generate}: {@code java -cp <plugin classpath> dev.plumbline.diagrams.GenerateCommand
 * --out <dir> [options] <workspace.dsl|folder>...}. Prints progress and {@code file:line: severity: message} findings;
 * exits 0 when done, 1 when it reported errors, 2 when it was called wrongly.
 */
public final class GenerateCommand {

    private GenerateCommand() {
    }

    public static void main(String[] args) {
        // dies with Maven, however Maven ends; see ParentWatch
        ParentWatch.start(true);
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        int exit;
        try {
            exit = run(args, out);
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            // a sentence for the build log, never a stack trace
            out.println("[ERROR] plumbline:generate stopped: " + describe(e));
            exit = 3;
        }
        ParentWatch.exit(exit);
    }

    /** One line for the user: the message of the deepest cause that has one, and its kind. */
    static String describe(Throwable e) {
        Throwable shown = e;
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getMessage() != null && !t.getMessage().isBlank()) {
                shown = t;
            }
        }
        String message = shown.getMessage() == null ? "" : shown.getMessage().lines().findFirst().orElse("");
        return message.isBlank() ? shown.getClass().getSimpleName() : message;
    }

    static int run(String[] args, PrintStream out) {
        GenerateOptions options;
        try {
            options = GenerateOptions.parse(args);
        } catch (IllegalArgumentException e) {
            out.println("[ERROR] " + e.getMessage());
            return 2;
        }
        try {
            return new Generation(options, out::println, new DefaultRenderers()).run();
        } catch (IOException e) {
            out.println("[ERROR] cannot write diagrams: " + e.getMessage());
            return 1;
        }
    }
}
