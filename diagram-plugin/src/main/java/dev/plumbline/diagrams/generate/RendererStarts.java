package dev.plumbline.diagrams.generate;

import dev.plumbline.diagrams.render.DiagramRenderer;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The renderers of one run, started either at once, while the workspaces load, or when the first diagram needs
 * them. Starting a renderer costs about a second (child JVMs that warm up, Node and a browser); on a run that
 * renders everything anyway, such as the first build of a project, that second overlaps the model load instead of
 * following it. A renderer started early that then has nothing to render is closed unused.
 */
final class RendererStarts implements AutoCloseable {

    private final Generation.RendererFactory factory;
    private final GenerateOptions options;
    private final Consumer<String> console;
    private CompletableFuture<DiagramRenderer> plantUml;
    private CompletableFuture<Optional<DiagramRenderer>> mermaid;
    // what the early Mermaid start printed: shown when Mermaid is asked for, where a late start would print it
    private final List<String> mermaidLines = new ArrayList<>();

    private RendererStarts(Generation.RendererFactory factory, GenerateOptions options, Consumer<String> console) {
        this.factory = Objects.requireNonNull(factory, "factory");
        this.options = Objects.requireNonNull(options, "options");
        this.console = Objects.requireNonNull(console, "console");
    }

    /**
     * Starts, in the background, the SVG renderers this run will need when it has no earlier output to reuse (no
     * state file in the output folder): then every view is new and renders unless the shared render cache has it.
     */
    static RendererStarts begin(Generation.RendererFactory factory, GenerateOptions options, Consumer<String> console,
            boolean firstRun) {
        RendererStarts starts = new RendererStarts(factory, options, console);
        if (firstRun && options.wants("svg")) {
            boolean withMermaid = options.covers("mmd");
            if (options.covers("puml")) {
                starts.plantUml = background(() -> factory.plantUml(options, Integer.MAX_VALUE, withMermaid));
            }
            if (withMermaid) {
                starts.mermaid = background(() -> factory.mermaid(options, line -> {
                    synchronized (starts.mermaidLines) {
                        starts.mermaidLines.add(line);
                    }
                }));
            }
        }
        return starts;
    }

    /** The PlantUML renderer: the one started early, or a new one. */
    synchronized DiagramRenderer plantUml(int diagrams, boolean withMermaid) {
        if (plantUml != null) {
            CompletableFuture<DiagramRenderer> started = plantUml;
            plantUml = null;
            return join(started);
        }
        return factory.plantUml(options, diagrams, withMermaid);
    }

    /** The Mermaid renderer: the one started early, or a new one; empty when Mermaid cannot render here. */
    Optional<DiagramRenderer> mermaid() {
        CompletableFuture<Optional<DiagramRenderer>> started;
        synchronized (this) {
            started = mermaid;
            mermaid = null;
        }
        if (started == null) {
            return factory.mermaid(options, console);
        }
        try {
            return join(started);
        } finally {
            synchronized (mermaidLines) {
                mermaidLines.forEach(console);
                mermaidLines.clear();
            }
        }
    }

    /** Closes the renderers started early and never asked for (waiting for their start to end first). */
    @Override
    public void close() {
        closePlantUml();
        closeMermaid();
    }

    /** Closes the PlantUML renderer started early, if it was never asked for: nothing is left to render. */
    void closePlantUml() {
        CompletableFuture<DiagramRenderer> unused;
        synchronized (this) {
            unused = plantUml;
            plantUml = null;
        }
        if (unused != null) {
            DiagramRenderer renderer = unused.handle((started, failure) -> started).join();
            if (renderer != null) {
                renderer.close();
            }
        }
    }

    /** Closes the Mermaid renderer started early, if it was never asked for; what its start printed is dropped. */
    void closeMermaid() {
        CompletableFuture<Optional<DiagramRenderer>> unused;
        synchronized (this) {
            unused = mermaid;
            mermaid = null;
        }
        if (unused != null) {
            Optional<DiagramRenderer> renderer = unused.handle((started, failure) -> started).join();
            if (renderer != null) {
                renderer.ifPresent(DiagramRenderer::close);
            }
        }
    }

    private static <T> CompletableFuture<T> background(Supplier<T> start) {
        CompletableFuture<T> future = new CompletableFuture<>();
        Thread.ofVirtual().name("plumbline-renderer-start").start(() -> {
            try {
                future.complete(start.get());
            } catch (RuntimeException | Error e) {
                future.completeExceptionally(e);
            }
        });
        return future;
    }

    /** The started renderer, or the start's own exception, as if the start had run here. */
    private static <T> T join(CompletableFuture<T> started) {
        try {
            return started.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }
}
