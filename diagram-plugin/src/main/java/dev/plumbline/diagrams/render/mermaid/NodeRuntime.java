package dev.plumbline.diagrams.render.mermaid;

import dev.plumbline.diagrams.render.mermaid.MermaidRenderer.RendererUnavailableException;
import dev.plumbline.diagrams.render.mermaid.MermaidRenderer.Unavailability;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** The node binary (and npm beside it, needed only to install tools) this renderer runs on. */
record NodeRuntime(Path node, String version) {

    static final String INSTALL_HINT = "install Node.js >= 20 and npm, see README";
    private static final Pattern VERSION = Pattern.compile("v(\\d+)\\.\\d+\\.\\d+");

    static NodeRuntime locate(Optional<Path> configured, int minimumMajor) throws RendererUnavailableException {
        var node = configured.or(() -> PathSearch.find("node")).orElseThrow(() -> new RendererUnavailableException(
                Unavailability.NODE_NOT_FOUND, "Mermaid rendering needs Node.js, but no `node` is on the PATH: "
                        + INSTALL_HINT));
        if (!Files.isExecutable(node)) {
            throw new RendererUnavailableException(Unavailability.NODE_NOT_FOUND,
                    "configured Node.js executable " + node + " does not exist or is not executable: " + INSTALL_HINT);
        }
        CommandRun run;
        try {
            run = CommandRun.run(List.of(node.toString(), "--version"), null, Map.of(), Duration.ofSeconds(30));
        } catch (IOException e) {
            throw new RendererUnavailableException(Unavailability.NODE_NOT_FOUND,
                    "cannot run " + node + " (" + e.getMessage() + "): " + INSTALL_HINT);
        }
        var matcher = VERSION.matcher(run.output().strip());
        if (!run.succeeded() || !matcher.lookingAt()) {
            throw new RendererUnavailableException(Unavailability.NODE_NOT_FOUND,
                    node + " --version did not report a Node.js version: " + INSTALL_HINT);
        }
        if (Integer.parseInt(matcher.group(1)) < minimumMajor) {
            throw new RendererUnavailableException(Unavailability.NODE_TOO_OLD,
                    "Mermaid rendering needs Node.js >= " + minimumMajor + " but " + node + " is "
                            + matcher.group() + ": " + INSTALL_HINT);
        }
        return new NodeRuntime(node, matcher.group());
    }

    /** npm installed beside this node (how Node.js ships it), else the first npm on the PATH. */
    Path npm() throws RendererUnavailableException {
        var sibling = node.resolveSibling("npm");
        if (Files.isExecutable(sibling)) {
            return sibling;
        }
        return PathSearch.find("npm").orElseThrow(() -> new RendererUnavailableException(
                Unavailability.NPM_NOT_FOUND, "installing mermaid-cli needs npm, but none is beside " + node
                        + " or on the PATH: " + INSTALL_HINT));
    }

    String describe() {
        return node + " (" + version + ")";
    }
}
