package dev.plumbline.diagrams.render.mermaid;

import dev.plumbline.diagrams.render.mermaid.MermaidRenderer.Options;
import dev.plumbline.diagrams.render.mermaid.MermaidRenderer.RendererUnavailableException;

import static org.assertj.core.api.Assertions.fail;

/**
 * Starts a real renderer (real Node.js, real mermaid-cli, real browser) or fails the test loudly: these tests must
 * never pass because a tool is missing.
 */
final class RealRenderer {

    private RealRenderer() {
    }

    static MermaidRenderer start(Options options) {
        try {
            return MermaidRenderer.start(options);
        } catch (RendererUnavailableException e) {
            return fail("Mermaid tests need Node.js >= 20 and npm (mermaid-cli and a browser are installed "
                    + "from npm on first use) but: [" + e.reason() + "] " + e.getMessage());
        }
    }
}
