package dev.plumbline.diagrams.preview;

import dev.plumbline.diagrams.render.DiagramRequest;
import dev.plumbline.diagrams.render.RenderResult;
import dev.plumbline.diagrams.render.SvgSafety;
import dev.plumbline.diagrams.render.mermaid.MermaidRenderer;
import dev.plumbline.diagrams.render.plantuml.PlantUmlOptions;
import dev.plumbline.diagrams.render.plantuml.PlantUmlRenderer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;

/**
 * Both renderers, started once when the session starts and kept warm for all of it: PlantUML's pool of worker JVMs
 * and Mermaid's one browser. They start at the same time, and each batch renders PlantUML and Mermaid in parallel,
 * as they use different processes.
 */
final class WarmRenderers implements Preview.Renderer, AutoCloseable {

    /** An SVG that passed the safety check, or the problem as the build would print it. */
    record Outcome(byte[] svg, String problem) {
    }

    private final CompletableFuture<PlantUmlRenderer> plantUml;
    private final CompletableFuture<Optional<MermaidRenderer>> mermaid;
    private final Consumer<String> console;
    private volatile String mermaidMissing = "";

    WarmRenderers(ServeOptions options, Consumer<String> console) {
        this.console = console;
        this.plantUml = CompletableFuture.supplyAsync(() -> PlantUmlRenderer.start(plantUmlOptions(options)));
        this.mermaid = CompletableFuture.supplyAsync(() -> startMermaid(options));
    }

    private static PlantUmlOptions plantUmlOptions(ServeOptions options) {
        Path first = options.workspaces().get(0).toAbsolutePath();
        // as in generate: includes in diagrams may only reach the folder the workspaces live in
        PlantUmlOptions.Builder builder = PlantUmlOptions.builder(Files.isDirectory(first) ? first : first.getParent())
                // one core stays with the Mermaid browser, which renders at the same time
                .poolSize(Math.max(1, Runtime.getRuntime().availableProcessors() - 1))
                .timeout(options.timeout());
        options.dot().ifPresent(builder::dot);
        return builder.build();
    }

    private Optional<MermaidRenderer> startMermaid(ServeOptions options) {
        MermaidRenderer.Options mermaidOptions = MermaidRenderer.Options.defaults()
                .withCacheDirectory(options.cache())
                .withTimeout(options.timeout().compareTo(java.time.Duration.ofSeconds(30)) < 0
                        ? java.time.Duration.ofSeconds(30) : options.timeout())
                .withMaxTextSize(options.mermaidMaxTextSize());
        if (options.mermaidCli().isPresent()) {
            mermaidOptions = mermaidOptions.withMermaidCliDirectory(options.mermaidCli().get());
        }
        if (options.browser().isPresent()) {
            mermaidOptions = mermaidOptions.withBrowserExecutable(options.browser().get());
        }
        try {
            return Optional.of(MermaidRenderer.start(mermaidOptions, console));
        } catch (MermaidRenderer.RendererUnavailableException e) {
            mermaidMissing = "Mermaid SVG not rendered: " + e.getMessage();
            console.accept("[WARNING] " + mermaidMissing + " (the PlantUML pictures are still shown)");
            return Optional.empty();
        }
    }

    /**
     * Renders every source, handing each renderer's outcomes (keyed by source id) to {@code done} as soon as that
     * renderer is through, so a PlantUML picture need not wait for the browser. Never throws for a bad diagram.
     */
    @Override
    public void render(List<Source> sources, Consumer<Map<String, Outcome>> done) {
        List<Source> puml = sources.stream().filter(s -> s.format().equals("puml")).toList();
        List<Source> mmd = sources.stream().filter(s -> s.format().equals("mmd")).toList();
        CompletableFuture<Void> mermaidRun = mmd.isEmpty() ? CompletableFuture.completedFuture(null)
                : CompletableFuture.runAsync(() -> done.accept(mermaid(mmd)));
        if (!puml.isEmpty()) {
            done.accept(plantUml(puml));
        }
        mermaidRun.join();
    }

    private Map<String, Outcome> plantUml(List<Source> sources) {
        Map<String, Outcome> outcomes = new HashMap<>();
        List<RenderResult> results;
        try {
            results = plantUml.join().renderAll(sources.stream()
                    .map(s -> DiagramRequest.svg(s.id(), s.text())).toList());
        } catch (RuntimeException e) {
            sources.forEach(s -> outcomes.put(s.id(), new Outcome(null, s.problem(0,
                    "not rendered, the PlantUML renderer stopped: " + describe(e)))));
            return outcomes;
        }
        for (int i = 0; i < sources.size(); i++) {
            Source source = sources.get(i);
            outcomes.put(source.id(), switch (results.get(i)) {
                case RenderResult.Rendered done -> safe(source, done.image());
                case RenderResult.Failed failed -> new Outcome(null,
                        source.problem(failed.problem().line(), failed.problem().message()));
            });
        }
        return outcomes;
    }

    private Map<String, Outcome> mermaid(List<Source> sources) {
        Map<String, Outcome> outcomes = new HashMap<>();
        Optional<MermaidRenderer> renderer;
        List<MermaidRenderer.Result> results;
        try {
            renderer = mermaid.join();
            results = renderer.isEmpty() ? List.of() : renderer.get().renderAll(sources.stream()
                    .map(s -> new MermaidRenderer.Source(s.id(), s.text())).toList());
        } catch (RuntimeException e) {
            sources.forEach(s -> outcomes.put(s.id(), new Outcome(null, s.problem(0,
                    "not rendered, the Mermaid renderer stopped: " + describe(e)))));
            return outcomes;
        }
        for (int i = 0; i < sources.size(); i++) {
            Source source = sources.get(i);
            outcomes.put(source.id(), results.isEmpty() ? new Outcome(null, source.problem(0, mermaidMissing))
                    : switch (results.get(i)) {
                        case MermaidRenderer.Rendered done -> safe(source, done.svg());
                        case MermaidRenderer.Failed failed -> new Outcome(null,
                                source.problem(failed.line(), failed.message()));
                    });
        }
        return outcomes;
    }

    /** The renderers check their SVG already; the page gets nothing that has not passed the same check here. */
    private static Outcome safe(Source source, byte[] svg) {
        Optional<String> violation = SvgSafety.violation(svg);
        return violation.isPresent() ? new Outcome(null, source.problem(0, violation.get())) : new Outcome(svg, null);
    }

    private static String describe(Throwable e) {
        Throwable shown = e instanceof CompletionException && e.getCause() != null ? e.getCause() : e;
        for (Throwable t = shown; t != null; t = t.getCause()) {
            if (t.getMessage() != null && !t.getMessage().isBlank()) {
                return t.getMessage().lines().findFirst().orElse("");
            }
        }
        return shown.getClass().getSimpleName();
    }

    @Override
    public void close() {
        List<Runnable> stops = new ArrayList<>();
        stops.add(() -> plantUml.thenAccept(PlantUmlRenderer::close).join());
        stops.add(() -> mermaid.thenAccept(m -> m.ifPresent(MermaidRenderer::close)).join());
        for (Runnable stop : stops) {
            try {
                stop.run();
            } catch (RuntimeException e) {
                // a renderer that never started has nothing to stop
            }
        }
    }
}
