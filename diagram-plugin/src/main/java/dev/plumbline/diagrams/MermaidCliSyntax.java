package dev.plumbline.diagrams;

import dev.plumbline.diagrams.check.MermaidSyntax;
import dev.plumbline.diagrams.check.diagram.SyntaxError;
import dev.plumbline.diagrams.render.mermaid.MermaidRenderer;

/**
 * Asks mermaid-cli, in the one headless browser the renderer keeps, whether a diagram parses. The browser starts on
 * the first diagram that needs it, so a check whose docs hold only flowcharts and sequences never starts one.
 */
final class MermaidCliSyntax implements MermaidSyntax, AutoCloseable {

    private MermaidRenderer renderer;
    private String unavailable;

    @Override
    public synchronized Verdict check(String name, String source) {
        if (renderer == null && unavailable == null) {
            try {
                renderer = MermaidRenderer.start(MermaidRenderer.Options.defaults());
            } catch (MermaidRenderer.RendererUnavailableException e) {
                unavailable = "syntax not checked: " + e.getMessage();
            }
        }
        if (renderer == null) {
            return new Unavailable(unavailable);
        }
        return switch (renderer.render(name, source)) {
            case MermaidRenderer.Rendered rendered -> new Valid();
            case MermaidRenderer.Failed failed -> new Invalid(new SyntaxError(failed.line(), failed.message()));
        };
    }

    @Override
    public synchronized void close() {
        if (renderer != null) {
            renderer.close();
        }
    }
}
