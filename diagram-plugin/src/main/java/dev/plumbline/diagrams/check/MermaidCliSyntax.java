package dev.plumbline.diagrams.check;

import dev.plumbline.diagrams.check.diagram.SyntaxError;
import dev.plumbline.diagrams.render.DiagramRequest;
import dev.plumbline.diagrams.render.RenderResult;
import dev.plumbline.diagrams.render.mermaid.MermaidRenderer;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Asks mermaid-cli, in the one headless browser the renderer keeps, whether a diagram parses. The browser starts on
 * the first diagram that needs it, so a check whose docs hold only flowcharts and sequences never starts one.
 */
final class MermaidCliSyntax implements MermaidSyntax, AutoCloseable {

    private final Consumer<String> console;
    private MermaidRenderer renderer;
    private String unavailable;

    /** {@code console} hears about a first-time install of mermaid-cli or the browser. */
    MermaidCliSyntax(Consumer<String> console) {
        this.console = Objects.requireNonNull(console, "console");
    }

    @Override
    public synchronized Verdict check(String name, String source) {
        if (renderer == null && unavailable == null) {
            try {
                renderer = MermaidRenderer.start(MermaidRenderer.Options.defaults(), console);
            } catch (MermaidRenderer.RendererUnavailableException e) {
                unavailable = "syntax not checked: " + e.getMessage();
            }
        }
        if (renderer == null) {
            return new Unavailable(unavailable);
        }
        return switch (renderer.render(DiagramRequest.svg(name, source))) {
            case RenderResult.Rendered rendered -> new Valid();
            case RenderResult.Failed failed -> new Invalid(new SyntaxError(failed.problem().line(),
                    failed.problem().message()));
        };
    }

    @Override
    public synchronized void close() {
        if (renderer != null) {
            renderer.close();
        }
    }
}
