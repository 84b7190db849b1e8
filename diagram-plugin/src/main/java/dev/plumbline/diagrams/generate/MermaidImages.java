package dev.plumbline.diagrams.generate;

import dev.plumbline.diagrams.render.mermaid.MermaidRenderer;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** Mermaid SVG through one long-lived mermaid-cli browser; absent, with one warning, when Node.js is not there. */
final class MermaidImages implements ImageRenderer {

    private final MermaidRenderer renderer;

    private MermaidImages(MermaidRenderer renderer) {
        this.renderer = renderer;
    }

    static Optional<ImageRenderer> start(GenerateOptions options, Consumer<String> console) {
        MermaidRenderer.Options mermaid = MermaidRenderer.Options.defaults()
                .withCacheDirectory(options.cache())
                .withTimeout(Duration.ofSeconds(Math.max(options.timeoutSeconds(), 30)))
                .withMaxTextSize(options.mermaidMaxTextSize());
        if (options.mermaidCli().isPresent()) {
            mermaid = mermaid.withMermaidCliDirectory(options.mermaidCli().get());
        }
        if (options.browser().isPresent()) {
            mermaid = mermaid.withBrowserExecutable(options.browser().get());
        }
        try {
            return Optional.of(new MermaidImages(MermaidRenderer.start(mermaid, console)));
        } catch (MermaidRenderer.RendererUnavailableException e) {
            console.accept((options.failOnMissingRenderer() ? "[ERROR] " : "[WARNING] ")
                    + "Mermaid SVG not rendered: " + e.getMessage()
                    + (options.failOnMissingRenderer() ? "" : " (PlantUML SVG and Mermaid sources are still written;"
                            + " -Dplumbline.failOnMissingRenderer=true makes this an error)"));
            return Optional.empty();
        }
    }

    @Override
    public List<Outcome> render(List<Job> jobs) {
        return renderer.renderAll(jobs.stream().map(j -> new MermaidRenderer.Source(j.name(), j.source())).toList())
                .stream().map(r -> switch (r) {
                    case MermaidRenderer.Rendered done -> Outcome.image(done.svg(), List.of());
                    case MermaidRenderer.Failed failed -> Outcome.problem(failed.line(), failed.message());
                }).toList();
    }

    @Override
    public void close() {
        renderer.close();
    }
}
