package dev.plumbline.diagrams.check;

import dev.plumbline.diagrams.check.diagram.ParseResult;
import dev.plumbline.diagrams.check.diagram.SyntaxError;
import dev.plumbline.diagrams.check.markdown.DiagramBlock;
import dev.plumbline.diagrams.check.mermaid.MermaidParser;
import dev.plumbline.diagrams.check.plantuml.PlantUmlReader;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Reads diagram blocks on a worker thread under a deadline, so a pathological diagram costs at most the time
 * limit. A thread that overran is abandoned (it is a daemon with a fresh executor taking over); Java cannot stop it.
 */
final class DeadlineParser implements AutoCloseable {

    /** What reading produced: a parse result, or nothing because the deadline passed. */
    sealed interface Outcome {
    }

    record Read(ParseResult result) implements Outcome {
    }

    record TimedOut() implements Outcome {
    }

    /** Deep nesting recurses in the parsers; give them room rather than a StackOverflowError. */
    private static final long STACK_BYTES = 256L * 1024 * 1024;

    private final Duration limit;
    private ExecutorService executor = newExecutor();

    DeadlineParser(Duration limit) {
        this.limit = Objects.requireNonNull(limit, "limit");
    }

    Outcome read(DiagramBlock block) {
        Future<ParseResult> future = executor.submit(() -> switch (block.notation()) {
            case PLANTUML -> new PlantUmlReader().read(block.text());
            case MERMAID -> new MermaidParser().parse(block.text());
        });
        try {
            return new Read(future.get(limit.toMillis(), TimeUnit.MILLISECONDS));
        } catch (TimeoutException e) {
            future.cancel(true);
            executor.shutdownNow();
            executor = newExecutor();
            return new TimedOut();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            String what = cause.getMessage() == null ? cause.getClass().getSimpleName()
                    : cause.getClass().getSimpleName() + ": " + cause.getMessage();
            return new Read(new ParseResult.Invalid(new SyntaxError(1, "the diagram cannot be read (" + what + ")")));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new TimedOut();
        }
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }

    private static ExecutorService newExecutor() {
        return Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(null, task, "plumbline-diagram-reader", STACK_BYTES);
            thread.setDaemon(true);
            return thread;
        });
    }
}
