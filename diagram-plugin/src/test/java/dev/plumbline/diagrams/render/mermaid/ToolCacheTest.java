package dev.plumbline.diagrams.render.mermaid;

import dev.plumbline.diagrams.render.mermaid.MermaidRenderer.RendererUnavailableException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ToolCacheTest {

    @TempDir
    Path root;

    private ToolCache cache() {
        return new ToolCache(root, new NodeRuntime(Path.of("node"), "v20.0.0"));
    }

    @Test
    void racing_installs_of_one_entry_all_get_the_same_complete_directory() throws Exception {
        var cache = cache();
        var start = new CountDownLatch(1);
        var populated = new AtomicInteger();
        var pool = Executors.newFixedThreadPool(4);
        var results = new ArrayList<Future<Path>>();
        for (int i = 0; i < 4; i++) {
            int worker = i;
            Callable<Path> install = () -> {
                start.await();
                return cache.entry("tool-1.0.0", dir -> {
                    populated.incrementAndGet();
                    Files.writeString(dir.resolve("payload.txt"), "written by " + worker);
                    try {
                        Thread.sleep(200); // keep every installer inside its temporary directory at once
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new IOException(e);
                    }
                });
            };
            results.add(pool.submit(install));
        }
        start.countDown();
        var paths = new ArrayList<Path>();
        for (var result : results) {
            paths.add(result.get());
        }
        pool.shutdown();

        assertThat(paths).containsOnly(root.resolve("tool-1.0.0"));
        assertThat(root.resolve("tool-1.0.0/payload.txt")).content().startsWith("written by ");
        assertThat(root.resolve("tool-1.0.0/.plumbline-complete")).exists();
        try (Stream<Path> left = Files.list(root)) {
            assertThat(left).containsExactly(root.resolve("tool-1.0.0")); // no partial directories left behind
        }
        assertThat(populated.get()).isBetween(1, 4);
    }

    @Test
    void complete_entry_is_reused_without_installing_again() throws Exception {
        var cache = cache();
        cache.entry("tool-1.0.0", dir -> Files.writeString(dir.resolve("payload.txt"), "first"));

        var again = cache.entry("tool-1.0.0", dir -> {
            throw new IOException("must not install twice");
        });

        assertThat(again.resolve("payload.txt")).content().isEqualTo("first");
    }

    @Test
    void failed_install_leaves_nothing_behind_and_is_reported() {
        var cache = cache();

        assertThatThrownBy(() -> cache.entry("tool-1.0.0", dir -> {
            Files.writeString(dir.resolve("half.txt"), "half");
            throw new IOException("network unreachable");
        })).isInstanceOf(RendererUnavailableException.class).hasMessageContaining("network unreachable");

        assertThat(root).isEmptyDirectory();
    }

    @Test
    void leftover_directory_without_completion_marker_is_replaced() throws Exception {
        Files.createDirectories(root.resolve("tool-1.0.0"));
        Files.writeString(root.resolve("tool-1.0.0/junk.txt"), "from an older, interrupted tool");

        var entry = cache().entry("tool-1.0.0", dir -> Files.writeString(dir.resolve("payload.txt"), "fresh"));

        assertThat(entry.resolve("payload.txt")).content().isEqualTo("fresh");
        assertThat(entry.resolve("junk.txt")).doesNotExist();
    }

    @Test
    void an_install_says_once_what_and_where_then_how_far_it_got_and_when_it_is_done() throws Exception {
        var lines = Collections.synchronizedList(new ArrayList<String>());
        var cache = new ToolCache(root, new NodeRuntime(Path.of("node"), "v20.0.0"), lines::add,
                Duration.ofMillis(100));

        cache.entry("tool-1.0.0", "the tool 1.0.0", 5, dir -> {
            Files.write(dir.resolve("payload.bin"), new byte[2 * 1024 * 1024]);
            sleep(450);
        });
        var afterFirst = List.copyOf(lines);
        cache.entry("tool-1.0.0", "the tool 1.0.0", 5, dir -> {
            throw new AssertionError("installed twice");
        });

        assertThat(afterFirst.getFirst()).isEqualTo("Plumbline: installing the tool 1.0.0 into "
                + root.toAbsolutePath().resolve("tool-1.0.0") + " (about 5 MB from the npm registry; only this once,"
                + " later builds reuse it)");
        assertThat(afterFirst.subList(1, afterFirst.size() - 1)).isNotEmpty()
                .allMatch(line -> line.matches("Plumbline: installing tool-1\\.0\\.0: [0-2] MB of about 5 MB so far,"
                        + " \\d+ s"));
        assertThat(afterFirst.getLast()).matches("Plumbline: installed tool-1\\.0\\.0 \\(2 MB\\) in \\d+ s");
        assertThat(lines).isEqualTo(afterFirst);
    }

    @Test
    void a_failed_install_says_how_far_it_got() {
        var cache = new ToolCache(root, new NodeRuntime(Path.of("node"), "v20.0.0"), line -> { },
                Duration.ofSeconds(60));

        assertThatThrownBy(() -> cache.entry("tool-1.0.0", "the tool", 5, dir -> {
            Files.write(dir.resolve("payload.bin"), new byte[3 * 1024 * 1024]);
            throw new IOException("connection reset");
        })).isInstanceOf(RendererUnavailableException.class)
                .hasMessageEndingWith(": connection reset (the install got to 3 MB of about 5 MB)");
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
