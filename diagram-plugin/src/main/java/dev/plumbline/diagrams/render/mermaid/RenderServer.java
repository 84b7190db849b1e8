package dev.plumbline.diagrams.render.mermaid;

import dev.plumbline.diagrams.lifecycle.ParentWatch;
import dev.plumbline.diagrams.render.mermaid.MermaidRenderer.MermaidRenderException;
import dev.plumbline.diagrams.render.mermaid.MermaidRenderer.Options;
import dev.plumbline.diagrams.render.mermaid.MermaidRenderer.RendererUnavailableException;
import dev.plumbline.diagrams.render.mermaid.MermaidRenderer.Stats;
import dev.plumbline.diagrams.render.mermaid.MermaidRenderer.Unavailability;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The Node.js process behind {@link MermaidRenderer}, spoken to in frames ({@code "TYPE id length\n"} + UTF-8 body)
 * over its stdin/stdout; see render-server.mjs for the other side.
 */
final class RenderServer implements AutoCloseable {

    private static final long STARTUP_SECONDS = 180;
    private static final int MAX_HEADER = 200;

    sealed interface Reply {
        record Svg(byte[] body) implements Reply {
        }

        record Error(int line, String message) implements Reply {
        }
    }

    private final Process process;
    private final Path workDirectory;
    private final OutputStream requests;
    private final Map<Long, CompletableFuture<Frame>> pending = new ConcurrentHashMap<>();
    private final CompletableFuture<Map<String, String>> ready = new CompletableFuture<>();
    private final AtomicLong nextId = new AtomicLong(1);
    private volatile String deathNote;

    private record Frame(String type, long id, byte[] body) {
        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    private RenderServer(Process process, Path workDirectory) {
        this.process = process;
        this.workDirectory = workDirectory;
        this.requests = process.getOutputStream();
    }

    static RenderServer start(NodeRuntime node, Path mermaidCli, Path browser, Options options)
            throws RendererUnavailableException {
        Path work = null;
        try {
            work = Files.createTempDirectory("plumbline-mermaid-");
            ParentWatch.scratch(work);
            var script = work.resolve("render-server.mjs");
            MermaidCliLocator.copyResource("render-server.mjs", script);
            MermaidCliLocator.copyResource("render-page.mjs", work.resolve("render-page.mjs"));
            var command = List.of(node.node().toString(), script.toString(),
                    "--mermaid-cli", mermaidCli.toString(),
                    "--browser", browser.toString(),
                    "--user-data-dir", Files.createDirectory(work.resolve("profile")).toString(),
                    "--pages", Integer.toString(options.pages()),
                    "--timeout-ms", Long.toString(options.timeout().toMillis()),
                    "--theme", options.theme(),
                    "--background", options.background(),
                    "--max-text-size", Integer.toString(options.maxTextSize()));
            var builder = new ProcessBuilder(command).directory(work.toFile())
                    .redirectError(work.resolve("server.log").toFile());
            // The browser writes its scratch files under TMPDIR; keep them with the rest of this run's files.
            builder.environment().put("TMPDIR", work.toString());
            var server = new RenderServer(builder.start(), work);
            server.startReading();
            server.awaitReady();
            return server;
        } catch (IOException e) {
            if (work != null) {
                ToolCache.deleteTree(work);
                ParentWatch.done(work);
            }
            throw new RendererUnavailableException(Unavailability.START_FAILED,
                    "could not start the Mermaid render server: " + e.getMessage());
        }
    }

    private void awaitReady() throws RendererUnavailableException {
        try {
            ready.get(STARTUP_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            close();
            throw new RendererUnavailableException(Unavailability.START_FAILED, "interrupted during startup");
        } catch (ExecutionException | TimeoutException e) {
            var why = e instanceof TimeoutException ? "no answer within " + STARTUP_SECONDS + " s"
                    : e.getCause().getMessage();
            var log = serverLog();
            close();
            throw new RendererUnavailableException(Unavailability.START_FAILED,
                    "the Mermaid render server did not start: " + why + (log.isBlank() ? "" : "\n" + log));
        }
    }

    CompletableFuture<Reply> render(String svgId, String definition) {
        return request("RENDER", (svgId + "\n" + definition).getBytes(StandardCharsets.UTF_8)).thenApply(frame ->
                switch (frame.type()) {
                    case "SVG" -> new Reply.Svg(frame.body());
                    case "ERROR" -> parseError(frame.text());
                    default -> throw new MermaidRenderException("unexpected reply " + frame.type());
                });
    }

    Stats stats() {
        try {
            var values = keyValues(request("STATS", new byte[0]).get(30, TimeUnit.SECONDS).text());
            return new Stats(intOf(values, "browserLaunches"), intOf(values, "pagesCreated"),
                    intOf(values, "renders"), intOf(values, "failures"), intOf(values, "blockedRequests"),
                    Long.parseLong(values.getOrDefault("browserPid", "0")));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MermaidRenderException("interrupted while asking for statistics");
        } catch (ExecutionException | TimeoutException e) {
            throw new MermaidRenderException("render server did not report statistics: " + e.getMessage());
        }
    }

    String browserVersion() {
        return ready.join().getOrDefault("browser", "unknown browser");
    }

    String mermaidVersion() {
        return ready.join().getOrDefault("mermaid", "unknown");
    }

    private CompletableFuture<Frame> request(String type, byte[] body) {
        var id = nextId.getAndIncrement();
        var future = new CompletableFuture<Frame>();
        pending.put(id, future);
        if (deathNote != null) {
            failAll(); // the reader has already finished; nobody else will complete this one
            return future;
        }
        try {
            synchronized (requests) {
                requests.write((type + " " + id + " " + body.length + "\n").getBytes(StandardCharsets.US_ASCII));
                requests.write(body);
                requests.flush();
            }
        } catch (IOException e) {
            pending.remove(id);
            future.completeExceptionally(new MermaidRenderException(
                    "the Mermaid render server is gone" + describeDeath(), e));
        }
        return future;
    }

    private void startReading() {
        var reader = new Thread(this::readLoop, "plumbline-mermaid-reader");
        reader.setDaemon(true);
        reader.start();
    }

    private void readLoop() {
        try (InputStream in = new BufferedInputStream(process.getInputStream())) {
            for (Frame frame = readFrame(in); frame != null; frame = readFrame(in)) {
                switch (frame.type()) {
                    case "READY" -> ready.complete(keyValues(frame.text()));
                    case "FATAL" -> {
                        deathNote = frame.text();
                        ready.completeExceptionally(new MermaidRenderException(frame.text()));
                    }
                    default -> {
                        var future = pending.remove(frame.id());
                        if (future != null) {
                            future.complete(frame);
                        }
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            deathNote = "lost contact: " + e.getMessage();
        }
        if (deathNote == null) {
            deathNote = "it exited";
        }
        ready.completeExceptionally(new MermaidRenderException("render server stopped: " + deathNote));
        failAll();
    }

    private void failAll() {
        for (var id : List.copyOf(pending.keySet())) {
            var future = pending.remove(id);
            if (future != null) {
                future.completeExceptionally(
                        new MermaidRenderException("the Mermaid render server is gone" + describeDeath()));
            }
        }
    }

    private String describeDeath() {
        var log = serverLog();
        return (deathNote == null ? "" : ": " + deathNote.strip()) + (log.isBlank() ? "" : "\n" + log);
    }

    private static Frame readFrame(InputStream in) throws IOException {
        var header = new ByteArrayOutputStream();
        for (int b = in.read(); b != '\n'; b = in.read()) {
            if (b < 0) {
                return null;
            }
            if (header.size() > MAX_HEADER) {
                throw new IOException("malformed frame header from render server");
            }
            header.write(b);
        }
        var parts = header.toString(StandardCharsets.US_ASCII).split(" ");
        if (parts.length != 3) {
            throw new IOException("malformed frame header from render server: " + header);
        }
        try {
            var body = in.readNBytes(Integer.parseInt(parts[2]));
            return new Frame(parts[0], Long.parseLong(parts[1]), body);
        } catch (NumberFormatException e) {
            throw new IOException("malformed frame header from render server: " + header, e);
        }
    }

    private static Reply.Error parseError(String text) {
        var newline = text.indexOf('\n');
        var first = newline < 0 ? text : text.substring(0, newline);
        var message = newline < 0 ? "" : text.substring(newline + 1);
        int line = first.startsWith("line=") ? Integer.parseInt(first.substring(5).strip()) : 0;
        return new Reply.Error(line, message);
    }

    private static Map<String, String> keyValues(String text) {
        var values = new HashMap<String, String>();
        text.lines().forEach(line -> {
            var eq = line.indexOf('=');
            if (eq > 0) {
                values.put(line.substring(0, eq), line.substring(eq + 1));
            }
        });
        return values;
    }

    private static int intOf(Map<String, String> values, String key) {
        return Integer.parseInt(values.getOrDefault(key, "0"));
    }

    private String serverLog() {
        try {
            var lines = Files.readAllLines(workDirectory.resolve("server.log"), StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size()));
        } catch (IOException e) {
            return "";
        }
    }

    @Override
    public void close() {
        try {
            synchronized (requests) {
                requests.write("QUIT 0 0\n".getBytes(StandardCharsets.US_ASCII));
                requests.close();
            }
        } catch (IOException e) {
            // already gone; fall through to the wait below
        }
        try {
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        }
        ToolCache.deleteTree(workDirectory);
        ParentWatch.done(workDirectory);
    }
}
