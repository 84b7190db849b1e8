package dev.plumbline.diagrams.render.mermaid;

import dev.plumbline.diagrams.render.mermaid.MermaidRenderer.Options;
import dev.plumbline.diagrams.render.mermaid.MermaidRenderer.RendererUnavailableException;
import dev.plumbline.diagrams.render.mermaid.MermaidRenderer.Unavailability;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RendererUnavailableTest {

    @TempDir
    Path temp;

    @Test
    void missing_node_is_a_typed_outcome_that_says_what_to_install() {
        var options = Options.defaults().withNodeExecutable(temp.resolve("no-such-node")).withCacheDirectory(temp);

        assertThatThrownBy(() -> MermaidRenderer.start(options))
                .isInstanceOfSatisfying(RendererUnavailableException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Unavailability.NODE_NOT_FOUND);
                    assertThat(e.getMessage())
                            .contains("Node.js >= 20 and npm, see README");
                });
    }

    @Test
    void node_older_than_20_is_refused_before_anything_is_installed() throws IOException {
        var oldNode = temp.resolve("node");
        Files.writeString(oldNode, "#!/bin/sh\necho v18.19.0\n");
        Files.setPosixFilePermissions(oldNode, PosixFilePermissions.fromString("rwxr-xr-x"));
        var cache = temp.resolve("cache");
        var options = Options.defaults().withNodeExecutable(oldNode).withCacheDirectory(cache);

        assertThatThrownBy(() -> MermaidRenderer.start(options))
                .isInstanceOfSatisfying(RendererUnavailableException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Unavailability.NODE_TOO_OLD);
                    assertThat(e.getMessage())
                            .contains("needs Node.js >= 20", "v18.19.0", "see README");
                });
        assertThat(cache).doesNotExist();
    }

    @Test
    void configured_browser_that_does_not_exist_is_reported_as_browser_not_found() {
        var options = Options.defaults().withBrowserExecutable(temp.resolve("no-chrome"));

        assertThatThrownBy(() -> MermaidRenderer.start(options))
                .isInstanceOfSatisfying(RendererUnavailableException.class, e ->
                        assertThat(e.reason())
                                .isEqualTo(Unavailability.BROWSER_NOT_FOUND));
    }
}
