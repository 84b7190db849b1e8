package dev.plumbline.diagrams.render.mermaid;

import dev.plumbline.diagrams.render.DiagramProblem;
import dev.plumbline.diagrams.render.DiagramProblem.Kind;
import dev.plumbline.diagrams.render.DiagramRenderer;
import dev.plumbline.diagrams.render.DiagramRequest;
import dev.plumbline.diagrams.render.ImageFormat;
import dev.plumbline.diagrams.render.RenderResult;
import dev.plumbline.diagrams.render.SvgSafety;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

/**
 * Renders Mermaid diagrams to SVG with {@code @mermaid-js/mermaid-cli}'s mermaid in one headless browser that lives
 * as long as this object: a Node.js render server keeps a small pool of pages, each of which loads mermaid once.
 *
 * <p>Start one per build with {@link #start(Options)}, render any number of diagrams (from any number of threads),
 * then {@link #close()}. When Node.js, npm or a browser cannot be found or installed, {@code start} throws
 * {@link RendererUnavailableException} so the caller can warn and carry on without Mermaid.
 */
public final class MermaidRenderer implements DiagramRenderer {

    /** The mermaid-cli release this renderer installs and expects. */
    public static final String MERMAID_CLI_VERSION = "12.2.0";

    /** The {@code @sparticuz/chromium} release installed when no browser is found on the machine. */
    public static final String SPARTICUZ_CHROMIUM_VERSION = "143.0.0";

    private static final int MINIMUM_NODE_MAJOR = 20;

    private final RenderServer server;
    private final Toolchain toolchain;
    private final Duration patience;

    private MermaidRenderer(RenderServer server, Toolchain toolchain, Duration diagramTimeout) {
        this.server = server;
        this.toolchain = toolchain;
        // The server replaces a page that overruns the diagram timeout; this only catches a server that hangs.
        this.patience = diagramTimeout.multipliedBy(2).plusSeconds(30);
    }

    /**
     * Finds (or installs) Node.js tools, mermaid-cli and a browser, launches the browser and opens its pages.
     *
     * @throws RendererUnavailableException when something needed is missing; its message says what to install
     */
    public static MermaidRenderer start(Options options) throws RendererUnavailableException {
        return start(options, line -> { });
    }

    /**
     * As {@link #start(Options)}, telling {@code progress} about a first-time install of mermaid-cli or the browser:
     * what, where, and how far it got.
     */
    public static MermaidRenderer start(Options options, Consumer<String> progress)
            throws RendererUnavailableException {
        Objects.requireNonNull(options, "options");
        var node = NodeRuntime.locate(options.nodeExecutable(), MINIMUM_NODE_MAJOR);
        var cache = new ToolCache(options.cacheDirectory(), node, progress, Duration.ofSeconds(15));
        var browser = BrowserLocator.locate(options.browserExecutable(), cache);
        var mermaidCli = MermaidCliLocator.locate(options.mermaidCliDirectory(), cache);
        var toolchain = new Toolchain(node.describe(), mermaidCli.toString(), browser.toString());
        return new MermaidRenderer(RenderServer.start(node, mermaidCli, browser, options), toolchain,
                options.timeout());
    }

    /**
     * Renders one diagram, waiting for the result. A diagram Mermaid cannot parse is a {@link RenderResult.Failed},
     * never an exception; exceptions mean the renderer itself broke.
     *
     * @param request an SVG request; its name is stable (e.g. the view key) and the SVG's id is derived from it, so
     *                the same name and source always give the same bytes
     */
    @Override
    public RenderResult render(DiagramRequest request) {
        return await(renderAsync(request), request.name());
    }

    /** Renders all diagrams, up to {@link Options#pages()} at the same time; results in the order given. */
    @Override
    public List<RenderResult> renderAll(List<DiagramRequest> requests) {
        Objects.requireNonNull(requests, "requests");
        var futures = requests.stream().map(this::renderAsync).toList();
        var results = new ArrayList<RenderResult>(futures.size());
        for (int i = 0; i < futures.size(); i++) {
            results.add(await(futures.get(i), requests.get(i).name()));
        }
        return List.copyOf(results);
    }

    private CompletableFuture<RenderResult> renderAsync(DiagramRequest request) {
        Objects.requireNonNull(request, "request");
        if (request.format() != ImageFormat.SVG) {
            throw new IllegalArgumentException("Mermaid renders SVG only, not " + request.format());
        }
        var svgId = SvgId.of(request.name());
        return server.render(svgId, request.source()).thenApply(reply -> switch (reply) {
            case RenderServer.Reply.Svg svg -> toRendered(request.name(), svg.body());
            case RenderServer.Reply.Error error -> toFailed(request.name(), request.source(), error);
        });
    }

    private RenderResult await(CompletableFuture<RenderResult> future, String name) {
        try {
            return future.get(patience.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MermaidRenderException("interrupted while waiting for diagram " + name);
        } catch (TimeoutException e) {
            throw new MermaidRenderException("the Mermaid render server did not answer for diagram " + name
                    + " within " + patience.toSeconds() + " s");
        } catch (ExecutionException e) {
            throw e.getCause() instanceof MermaidRenderException broken
                    ? broken
                    : new MermaidRenderException(String.valueOf(e.getCause()));
        }
    }

    /** Counters reported by the render server, e.g. to check that one browser served every diagram. */
    public Stats stats() {
        return server.stats();
    }

    /** What was found or installed, for logs: node, mermaid-cli directory, browser executable and versions. */
    public Toolchain toolchain() {
        return new Toolchain(toolchain.node(), toolchain.mermaidCli(),
                toolchain.browser() + " (" + server.browserVersion() + ", mermaid " + server.mermaidVersion() + ")");
    }

    /** Stops the render server and its browser and deletes their temporary files. */
    @Override
    public void close() {
        server.close();
    }

    /** Texts of the pictures Mermaid draws instead of a diagram; an image showing one is a failure, not a render. */
    private static final List<String> PLACEHOLDERS = List.of("Maximum text size in diagram exceeded");

    private static RenderResult toRendered(String name, byte[] svg) {
        var text = new String(svg, StandardCharsets.UTF_8);
        for (String placeholder : PLACEHOLDERS) {
            if (text.contains(placeholder)) {
                return new RenderResult.Failed(name, new DiagramProblem(Kind.FAILED, 0,
                        "Mermaid drew its \"" + placeholder + "\" picture instead of the diagram"));
            }
        }
        var problem = SvgSafety.violation(svg);
        if (problem.isPresent()) {
            // The page already strips these; reaching here means a mermaid change slipped something through.
            return new RenderResult.Failed(name, new DiagramProblem(Kind.REFUSED, 0, problem.get()));
        }
        return new RenderResult.Rendered(name, ImageFormat.SVG, svg, List.of());
    }

    private static RenderResult toFailed(String name, String definition, RenderServer.Reply.Error error) {
        int line = error.line() > 0 ? SourceLines.originalLine(definition, error.line()) : 0;
        // the render server's own words for a page it gave up on (render-server.mjs)
        Kind kind = error.message().startsWith("rendering took longer than") ? Kind.TIMEOUT : Kind.SYNTAX;
        return new RenderResult.Failed(name, new DiagramProblem(kind, line, ErrorText.summary(error.message()),
                error.message().strip()));
    }

    /**
     * Counters from the render server.
     *
     * @param browserLaunches browsers started by this renderer (1 unless something is badly wrong)
     * @param pagesCreated    pages opened, including replacements for pages that hung
     * @param renders         diagrams handled, successful or not
     * @param failures        diagrams Mermaid rejected
     * @param blockedRequests network requests the pages tried and were refused
     * @param browserPid      process id of the browser
     */
    public record Stats(int browserLaunches, int pagesCreated, int renders, int failures, int blockedRequests,
                        long browserPid) {
    }

    /** Where each tool came from. */
    public record Toolchain(String node, String mermaidCli, String browser) {
    }

    /**
     * How to find the tools. Every field is optional: unset means search the machine, then install into the cache.
     *
     * @param nodeExecutable      the {@code node} binary; default: {@code node} on PATH
     * @param mermaidCliDirectory an installed {@code @mermaid-js/mermaid-cli} package directory; default: the package
     *                            behind an {@code mmdc} on PATH if it is a 12.x, else the cache
     * @param browserExecutable   Chrome/Chromium; default: one on PATH or a usual location, else
     *                            {@code @sparticuz/chromium} installed into the cache
     * @param cacheDirectory      where tools are installed; default {@code ~/.cache/plumbline}
     * @param pages               how many diagrams render at once (each page holds its own mermaid)
     * @param timeout             longest time one diagram may take before its page is replaced
     * @param theme               Mermaid theme
     * @param background          SVG background colour
     * @param maxTextSize         Mermaid's {@code maxTextSize}: longer diagrams fail with a message instead of
     *                            Mermaid's placeholder picture
     */
    public record Options(Optional<Path> nodeExecutable, Optional<Path> mermaidCliDirectory,
                          Optional<Path> browserExecutable, Path cacheDirectory, int pages, Duration timeout,
                          String theme, String background, int maxTextSize) {

        public Options {
            Objects.requireNonNull(nodeExecutable, "nodeExecutable");
            Objects.requireNonNull(mermaidCliDirectory, "mermaidCliDirectory");
            Objects.requireNonNull(browserExecutable, "browserExecutable");
            Objects.requireNonNull(cacheDirectory, "cacheDirectory");
            Objects.requireNonNull(timeout, "timeout");
            Objects.requireNonNull(theme, "theme");
            Objects.requireNonNull(background, "background");
            if (maxTextSize < 1) {
                throw new IllegalArgumentException("maxTextSize must be positive, was " + maxTextSize);
            }
            if (pages < 1) {
                throw new IllegalArgumentException("pages must be at least 1, was " + pages);
            }
            if (timeout.isNegative() || timeout.isZero()) {
                throw new IllegalArgumentException("timeout must be positive, was " + timeout);
            }
            if (!theme.matches("[a-z-]+")) {
                throw new IllegalArgumentException("not a Mermaid theme name: " + theme);
            }
            if (!background.matches("[#A-Za-z0-9(),. %-]+")) {
                throw new IllegalArgumentException("not a CSS colour: " + background);
            }
        }

        /**
         * Defaults: search the machine, cache in {@code ~/.cache/plumbline}, one page per two CPUs (1 to 4), 60 s per
         * diagram, default theme on white. Each page is its own renderer process, but about a third of a page's CPU
         * is on threads other than mermaid's (V8's GC and compilers, the compositor): on two cores two pages took
         * 30 to 45 % more CPU for the same diagrams and were not faster (bench/README.md), and each page pays
         * mermaid's warm-up again.
         */
        public static Options defaults() {
            int pages = Math.clamp(Runtime.getRuntime().availableProcessors() / 2, 1, 4);
            return new Options(Optional.empty(), Optional.empty(), Optional.empty(), defaultCacheDirectory(), pages,
                    Duration.ofSeconds(60), "default", "white", 50_000);
        }

        public Options withNodeExecutable(Path value) {
            return new Options(Optional.of(value), mermaidCliDirectory, browserExecutable, cacheDirectory, pages,
                    timeout, theme, background, maxTextSize);
        }

        public Options withMermaidCliDirectory(Path value) {
            return new Options(nodeExecutable, Optional.of(value), browserExecutable, cacheDirectory, pages,
                    timeout, theme, background, maxTextSize);
        }

        public Options withBrowserExecutable(Path value) {
            return new Options(nodeExecutable, mermaidCliDirectory, Optional.of(value), cacheDirectory, pages,
                    timeout, theme, background, maxTextSize);
        }

        /** The mermaid-cli and browser a user named, each where named; the others are searched for as by default. */
        public Options withTools(Optional<Path> mermaidCli, Optional<Path> browser) {
            return new Options(nodeExecutable, mermaidCli.or(() -> mermaidCliDirectory),
                    browser.or(() -> browserExecutable), cacheDirectory, pages, timeout, theme, background, maxTextSize);
        }

        public Options withCacheDirectory(Path value) {
            return new Options(nodeExecutable, mermaidCliDirectory, browserExecutable, value, pages, timeout, theme,
                    background, maxTextSize);
        }

        public Options withPages(int value) {
            return new Options(nodeExecutable, mermaidCliDirectory, browserExecutable, cacheDirectory, value, timeout,
                    theme, background, maxTextSize);
        }

        public Options withTimeout(Duration value) {
            return new Options(nodeExecutable, mermaidCliDirectory, browserExecutable, cacheDirectory, pages, value,
                    theme, background, maxTextSize);
        }

        public Options withTheme(String value) {
            return new Options(nodeExecutable, mermaidCliDirectory, browserExecutable, cacheDirectory, pages,
                    timeout, value, background, maxTextSize);
        }

        public Options withMaxTextSize(int value) {
            return new Options(nodeExecutable, mermaidCliDirectory, browserExecutable, cacheDirectory, pages,
                    timeout, theme, background, value);
        }

        public Options withBackground(String value) {
            return new Options(nodeExecutable, mermaidCliDirectory, browserExecutable, cacheDirectory, pages,
                    timeout, theme, value, maxTextSize);
        }

        private static Path defaultCacheDirectory() {
            var xdg = System.getenv("XDG_CACHE_HOME");
            var base = xdg != null && !xdg.isBlank()
                    ? Path.of(xdg)
                    : Path.of(System.getProperty("user.home"), ".cache");
            return base.resolve("plumbline");
        }
    }

    /** Why Mermaid rendering is not possible on this machine. */
    public enum Unavailability {
        NODE_NOT_FOUND, NODE_TOO_OLD, NPM_NOT_FOUND, INSTALL_FAILED, BROWSER_NOT_FOUND, START_FAILED
    }

    /**
     * Mermaid rendering cannot work here; the message says what to install. Callers are expected to warn and
     * continue without Mermaid output.
     */
    public static final class RendererUnavailableException extends Exception {
        private static final long serialVersionUID = 1L;
        private final Unavailability reason;

        RendererUnavailableException(Unavailability reason, String message) {
            super(Objects.requireNonNull(message, "message"));
            this.reason = Objects.requireNonNull(reason, "reason");
        }

        public Unavailability reason() {
            return reason;
        }
    }

    /** The renderer itself failed (server or browser died, timeout on startup); not a problem in a diagram. */
    public static final class MermaidRenderException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        MermaidRenderException(String message) {
            super(Objects.requireNonNull(message, "message"));
        }

        MermaidRenderException(String message, IOException cause) {
            super(Objects.requireNonNull(message, "message"), cause);
        }
    }
}
