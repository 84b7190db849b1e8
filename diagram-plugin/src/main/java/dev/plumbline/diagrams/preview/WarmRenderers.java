package dev.plumbline.diagrams.preview;

import dev.plumbline.diagrams.render.DiagramProblem;
import dev.plumbline.diagrams.render.DiagramProblem.Kind;
import dev.plumbline.diagrams.render.DiagramRenderer;
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

    private final CompletableFuture<PlantUmlRenderer> plantUml;
    private final CompletableFuture<Optional<DiagramRenderer>> mermaid;
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

    private Optional<DiagramRenderer> startMermaid(ServeOptions options) {
        MermaidRenderer.Options mermaidOptions = MermaidRenderer.Options.defaults()
                .withCacheDirectory(options.cache())
                .withTimeout(options.timeout().compareTo(java.time.Duration.ofSeconds(30)) < 0
                        ? java.time.Duration.ofSeconds(30) : options.timeout())
                .withMaxTextSize(options.mermaidMaxTextSize())
                .withTools(options.mermaidCli(), options.browser());
        try {
            return Optional.of(MermaidRenderer.start(mermaidOptions, console));
        } catch (MermaidRenderer.RendererUnavailableException e) {
            mermaidMissing = "Mermaid SVG not rendered: " + e.getMessage();
            console.accept("[WARNING] " + mermaidMissing + " (the PlantUML pictures are still shown)");
            return Optional.empty();
        }
    }

    /**
     * Renders every source, handing each renderer's results (keyed by source id) to {@code done} as soon as that
     * renderer is through, so a PlantUML picture need not wait for the browser. Never throws for a bad diagram.
     */
    @Override
    public void render(List<Source> sources, Consumer<Map<String, RenderResult>> done) {
        List<Source> puml = sources.stream().filter(s -> s.format().equals("puml")).toList();
        List<Source> mmd = sources.stream().filter(s -> s.format().equals("mmd")).toList();
        CompletableFuture<Void> mermaidRun = mmd.isEmpty() ? CompletableFuture.completedFuture(null)
                : CompletableFuture.runAsync(() -> done.accept(render("Mermaid", mermaid, mmd)));
        if (!puml.isEmpty()) {
            done.accept(render("PlantUML", plantUml.thenApply(r -> Optional.<DiagramRenderer>of(r)), puml));
        }
        mermaidRun.join();
    }

    private Map<String, RenderResult> render(String notation, CompletableFuture<Optional<DiagramRenderer>> starting,
            List<Source> sources) {
        Map<String, RenderResult> results = new HashMap<>();
        try {
            Optional<DiagramRenderer> renderer = starting.join();
            if (renderer.isEmpty()) { // only Mermaid can be missing: no Node.js or browser here
                sources.forEach(s -> results.put(s.id(), failed(s, Kind.FAILED, mermaidMissing)));
                return results;
            }
            List<RenderResult> rendered = renderer.get().renderAll(sources.stream()
                    .map(s -> DiagramRequest.svg(s.id(), s.text())).toList());
            for (int i = 0; i < sources.size(); i++) {
                results.put(sources.get(i).id(), safe(sources.get(i), rendered.get(i)));
            }
        } catch (RuntimeException e) {
            sources.forEach(s -> results.put(s.id(), failed(s, Kind.FAILED,
                    "not rendered, the " + notation + " renderer stopped: " + describe(e))));
        }
        return results;
    }

    /** The renderers check their SVG already; the page gets nothing that has not passed the same check here. */
    private static RenderResult safe(Source source, RenderResult result) {
        Optional<String> violation = result instanceof RenderResult.Rendered rendered
                ? SvgSafety.violation(rendered.image()) : Optional.empty();
        return violation.isPresent() ? failed(source, Kind.REFUSED, violation.get()) : result;
    }

    private static RenderResult failed(Source source, Kind kind, String message) {
        return new RenderResult.Failed(source.id(), new DiagramProblem(kind, 0, message));
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
        stops.add(() -> mermaid.thenAccept(m -> m.ifPresent(DiagramRenderer::close)).join());
        for (Runnable stop : stops) {
            try {
                stop.run();
            } catch (RuntimeException e) {
                // a renderer that never started has nothing to stop
            }
        }
    }
}
