package dev.plumbline.diagrams.lifecycle;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.function.Function;

/**
 * The worker's half of the contract with the Mojos (whose half is {@code dev.plumbline.maven.WorkerCommand}): every
 * worker command is a {@code main} that runs through here, prints {@code [ERROR] }/{@code [WARNING] }/{@code [INFO] }
 * lines on stdout, dies with Maven, and ends with one of the exit codes below, which the Mojos turn into Maven's
 * failure (findings) or error (anything else).
 */
public final class WorkerMain {

    /** Done, nothing to report that fails the build. */
    public static final int OK = 0;
    /** The command reported errors in the user's input: the build fails with them. */
    public static final int FINDINGS = 1;
    /** The Mojo called the worker wrongly. */
    public static final int USAGE = 2;
    /** The worker itself failed; the line it printed says how. */
    public static final int CRASHED = 3;

    /** A worker command: parses its arguments, prints its lines to {@code out} and returns an exit code. */
    @FunctionalInterface
    public interface Command {
        int run(String[] args, PrintStream out);
    }

    /** A command's work once its arguments are read. */
    @FunctionalInterface
    public interface Work<T> {
        int run(T arguments, PrintStream out);
    }

    private WorkerMain() {
    }

    /**
     * Reads the arguments with {@code parser}, then does the work. A wrong call (the parser's
     * {@link IllegalArgumentException}) is one {@code [ERROR]} line in Maven's words and {@link #USAGE}.
     */
    public static <T> int parsed(String[] args, PrintStream out, Function<String[], T> parser, Work<T> work) {
        T arguments;
        try {
            arguments = parser.apply(args);
        } catch (IllegalArgumentException e) {
            out.println("[ERROR] " + e.getMessage());
            return USAGE;
        }
        return work.run(arguments, out);
    }

    /**
     * Runs {@code command} as this JVM's whole life: it dies with Maven however Maven ends (see
     * {@link ParentWatch}), and an unexpected failure becomes one sentence for the build log, never a stack trace.
     */
    public static void run(String goal, String[] args, Command command) {
        Objects.requireNonNull(goal, "goal");
        Objects.requireNonNull(command, "command");
        ParentWatch.start(true);
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        int exit;
        try {
            exit = command.run(args, out);
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            out.println("[ERROR] plumbline:" + goal + " stopped: " + describe(e));
            exit = CRASHED;
        }
        ParentWatch.exit(exit);
    }

    /** One line for the user: the message of the deepest cause that has one, and its kind. */
    public static String describe(Throwable e) {
        Throwable shown = e;
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getMessage() != null && !t.getMessage().isBlank()) {
                shown = t;
            }
        }
        String message = shown.getMessage() == null ? "" : shown.getMessage().lines().findFirst().orElse("");
        return message.isBlank() ? shown.getClass().getSimpleName() : message;
    }
}
