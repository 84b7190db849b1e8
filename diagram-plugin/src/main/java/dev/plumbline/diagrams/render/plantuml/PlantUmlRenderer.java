package dev.plumbline.diagrams.render.plantuml;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeoutException;

import dev.plumbline.diagrams.render.DiagramProblem;
import dev.plumbline.diagrams.render.DiagramProblem.Kind;
import dev.plumbline.diagrams.render.DiagramRenderer;
import dev.plumbline.diagrams.render.DiagramRequest;
import dev.plumbline.diagrams.render.RenderResult;
import dev.plumbline.diagrams.render.plantuml.PlantUmlOptions.Layout;

/**
 * Renders PlantUML diagrams to SVG or PNG in a pool of warm, sandboxed worker JVMs.
 *
 * <p>Layouts can loop forever (Graphviz and its Java port Smetana both do on some graphs, and PlantUML's own
 * timeout does not stop them), so every layout runs in a child JVM under a wall-clock limit. A worker past the
 * limit is killed with its child processes and replaced; the diagram is retried with another layout, and if that
 * fails too it gets a {@link RenderResult.Failed} naming it. Other diagrams are not held up.
 *
 * <p>Workers read no URL and no file outside {@link PlantUmlOptions#projectDir()}; PlantUML's standard library
 * (C4 and friends) is bundled and available offline.
 */
public final class PlantUmlRenderer implements DiagramRenderer {

    private static final String LOOP_HINT = "A known cause is a pair of opposite single-dash arrows (A -> B and"
            + " B -> A) between elements of different packages: make one of them a double-dash arrow (-->).";

    private final PlantUmlOptions options;
    private final WorkerPool pool;

    private PlantUmlRenderer(PlantUmlOptions options, WorkerPool pool) {
        this.options = options;
        this.pool = pool;
    }

    /**
     * Starts {@link PlantUmlOptions#poolSize()} workers and waits until they are warm.
     *
     * @throws IllegalStateException if a worker cannot be started (the message says why)
     */
    public static PlantUmlRenderer start(PlantUmlOptions options) {
        Objects.requireNonNull(options, "options");
        return new PlantUmlRenderer(options,
                WorkerPool.start(workerCommand(options), options.poolSize(), options.startupTimeout()));
    }

    /** Renders one diagram; never throws for a bad diagram, returns {@link RenderResult.Failed} instead. */
    @Override
    public RenderResult render(DiagramRequest request) {
        Objects.requireNonNull(request, "request");
        List<Attempt> attempts = attempts(request.source());
        List<String> timedOut = new ArrayList<>();
        for (Attempt attempt : attempts) {
            Frames.Reply reply = run(new Frames.Request(attempt.source(), attempt.layout(), request.format()));
            if (reply.problem() == null) {
                List<String> warnings = timedOut.isEmpty() ? List.of()
                        : List.of("layout with " + String.join(", then ", timedOut) + " did not finish within "
                                + seconds() + " and was stopped; rendered with " + attempt.description()
                                + " instead");
                return new RenderResult.Rendered(request.name(), request.format(), reply.image(), warnings);
            }
            if (reply.problem().kind() != Kind.TIMEOUT) {
                if (timedOut.isEmpty()) {
                    return new RenderResult.Failed(request.name(), reply.problem());
                }
                // The fallback source is ours, not the user's: its problems would only confuse.
                timedOut.add(attempt.description() + " (failed: " + reply.problem().message() + ")");
                continue;
            }
            timedOut.add(attempt.description());
        }
        return new RenderResult.Failed(request.name(), new DiagramProblem(Kind.TIMEOUT, 0,
                "PlantUML layout did not finish within " + seconds() + " and was stopped (tried "
                        + String.join("; ", timedOut) + "). " + LOOP_HINT));
    }

    /**
     * Renders all diagrams, as many at a time as there are workers. Results are in request order, and do not
     * depend on the pool size or on which worker rendered what.
     */
    @Override
    public List<RenderResult> renderAll(List<DiagramRequest> requests) {
        List<DiagramRequest> copy = List.copyOf(requests);
        try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<RenderResult>> futures = new ArrayList<>();
            for (DiagramRequest request : copy) {
                futures.add(executor.submit(() -> render(request)));
            }
            List<RenderResult> results = new ArrayList<>();
            for (Future<RenderResult> future : futures) {
                results.add(future.get());
            }
            return results;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while rendering PlantUML diagrams", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("rendering PlantUML diagrams failed", e.getCause());
        }
    }

    /** Stops all workers. */
    @Override
    public void close() {
        pool.close();
    }

    /** Process ids of the current workers; tests use them to kill a worker from outside. */
    List<Long> workerPids() {
        return pool.pids();
    }

    private Frames.Reply run(Frames.Request request) {
        WorkerProcess worker;
        try {
            worker = pool.acquire();
        } catch (WorkerProcess.WorkerDiedException e) {
            return failure(Kind.FAILED, e.getMessage());
        }
        try {
            Frames.Reply reply = worker.exchange(request, options.timeout());
            if (reply.retiring()) {
                pool.replace(worker);
            } else {
                pool.release(worker);
            }
            return reply;
        } catch (TimeoutException e) {
            pool.replace(worker);
            return failure(Kind.TIMEOUT, "timed out");
        } catch (WorkerProcess.WorkerDiedException e) {
            pool.replace(worker);
            return failure(Kind.FAILED, e.getMessage());
        } catch (RuntimeException e) {
            pool.replace(worker);
            throw e;
        }
    }

    private static Frames.Reply failure(Kind kind, String message) {
        return new Frames.Reply(null, new DiagramProblem(kind, 0, message), false);
    }

    private record Attempt(Layout layout, String source, String description) {
    }

    private List<Attempt> attempts(String source) {
        List<Attempt> attempts = new ArrayList<>();
        attempts.add(new Attempt(options.layout(), source, name(options.layout())));
        if (options.fallback()) {
            String toggled = DirectionToggle.toggle(source);
            attempts.add(new Attempt(options.layout(), toggled, name(options.layout()) + " with the direction toggled"));
            if (options.layout() == Layout.DOT) {
                // Graphviz loops on graphs that Smetana, a port of an older dot, may still lay out.
                attempts.add(new Attempt(Layout.SMETANA, toggled, "Smetana with the direction toggled"));
            }
        }
        return attempts;
    }

    private static String name(Layout layout) {
        return layout == Layout.SMETANA ? "Smetana" : "Graphviz dot";
    }

    private String seconds() {
        long millis = options.timeout().toMillis();
        return millis % 1000 == 0 ? millis / 1000 + " s" : millis + " ms";
    }

    static List<String> workerCommand(PlantUmlOptions options) {
        Sandbox sandbox = new Sandbox(options.projectDir());
        List<String> command = new ArrayList<>();
        command.add(options.javaExecutable().toString());
        // Many small JVMs share few cores: one GC thread each, and a deep stack for recursive layouts.
        command.add("-XX:+UseSerialGC");
        command.add("-Xss16m");
        // C1 only: a worker's life is a few hundred short renders, over before C2's compilations would pay back;
        // measured on the seed model's 55 diagrams, C2 doubled the worker's CPU time (7.5 s against 3.9 s), its
        // compiler threads competing with the renders for the cores. Later options (workerJvmArgs) override it.
        command.add("-XX:TieredStopAtLevel=1");
        command.addAll(options.workerJvmArgs());
        command.addAll(sandbox.workerSystemProperties(options.dotExecutable()));
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(PlantUmlWorker.class.getName());
        command.add(options.projectDir().toString());
        return command;
    }
}
