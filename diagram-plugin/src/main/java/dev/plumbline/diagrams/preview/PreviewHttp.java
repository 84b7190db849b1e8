package dev.plumbline.diagrams.preview;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * The preview's web server, on the JDK's own HTTP server. It answers exactly six kinds of request: the page, its
 * script, its style sheet, its icon (all four shipped in the plugin's jar), the event stream, and the SVGs the preview
 * rendered, by their opaque id. Nothing is read from the file system by path, so no URL can reach a file.
 *
 * <p>Every response carries a Content-Security-Policy that allows only the page's own script and style and its own
 * images and stream, so even a picture that got past the SVG safety check could run nothing. Requests must name
 * this server in their {@code Host} header: a web page elsewhere cannot reach the preview through DNS rebinding.
 */
final class PreviewHttp implements AutoCloseable {

    static final String PAGE_POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; "
            + "connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
    /** An SVG opened on its own: no script, no fetches; its inline styles are how it draws. */
    static final String SVG_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src data:; "
            + "frame-ancestors 'self'; sandbox";

    private static final Pattern SVG_PATH = Pattern.compile("/svg/([0-9a-f]{16})");
    private static final long KEEP_ALIVE_SECONDS = 15;
    private static final Map<String, String[]> ASSETS = Map.of(
            "/", new String[] {"preview.html", "text/html; charset=utf-8"},
            "/preview.js", new String[] {"preview.js", "text/javascript; charset=utf-8"},
            "/preview.css", new String[] {"preview.css", "text/css; charset=utf-8"},
            "/favicon.svg", new String[] {"favicon.svg", "image/svg+xml"});

    private final HttpServer server;
    private final ExecutorService executor;
    private final Preview preview;
    private final EventStream events;
    private final boolean anyHost;

    PreviewHttp(InetAddress address, int port, boolean anyHost, Preview preview, EventStream events) {
        this.preview = Objects.requireNonNull(preview, "preview");
        this.events = Objects.requireNonNull(events, "events");
        this.anyHost = anyHost;
        try {
            server = HttpServer.create(new InetSocketAddress(address, port), 0);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot listen on " + address.getHostAddress() + ":" + port + " ("
                    + e.getMessage() + "); choose another port with -Dplumbline.serve.port=<port>, or 0 for any free "
                    + "one", e);
        }
        executor = Executors.newVirtualThreadPerTaskExecutor();
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
    }

    int port() {
        return server.getAddress().getPort();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String method = exchange.getRequestMethod();
            String path = exchange.getRequestURI().getRawPath();
            exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
            exchange.getResponseHeaders().set("Referrer-Policy", "no-referrer");
            exchange.getResponseHeaders().set("Cache-Control", "no-store");
            exchange.getResponseHeaders().set("Cross-Origin-Resource-Policy", "same-origin");
            exchange.getResponseHeaders().set("Content-Security-Policy", PAGE_POLICY);
            if (!anyHost && !ownHost(exchange.getRequestHeaders().getFirst("Host"))) {
                text(exchange, 403, "unknown Host header: the preview answers only to its own address");
                return;
            }
            if (!method.equals("GET") && !method.equals("HEAD")) {
                exchange.getResponseHeaders().set("Allow", "GET, HEAD");
                text(exchange, 405, "the preview is read-only");
                return;
            }
            if (ASSETS.containsKey(path)) {
                String[] asset = ASSETS.get(path);
                send(exchange, 200, asset[1], resource(asset[0]));
            } else if (path.equals("/events")) {
                stream(exchange);
            } else if (SVG_PATH.matcher(path).matches()) {
                Optional<byte[]> svg = preview.svg(path.substring("/svg/".length()));
                if (svg.isEmpty()) {
                    text(exchange, 404, "no such picture");
                } else {
                    exchange.getResponseHeaders().set("Content-Security-Policy", SVG_POLICY);
                    send(exchange, 200, "image/svg+xml", svg.get());
                }
            } else {
                text(exchange, 404, "not found: the preview serves its page, its events and its pictures only");
            }
        }
    }

    /** Loopback names with this server's port (or none); with allowRemote, any name. */
    private boolean ownHost(String host) {
        if (host == null) {
            return false;
        }
        String value = host.toLowerCase(Locale.ROOT);
        String port = ":" + port();
        for (String name : new String[] {"127.0.0.1", "localhost", "[::1]"}) {
            if (value.equals(name) || value.equals(name + port)) {
                return true;
            }
        }
        return false;
    }

    private void stream(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        if (exchange.getRequestMethod().equals("HEAD")) {
            exchange.sendResponseHeaders(200, -1);
            return;
        }
        exchange.sendResponseHeaders(200, 0);
        BlockingQueue<String> queue = preview.subscribe();
        try {
            OutputStream out = exchange.getResponseBody();
            out.write("retry: 1000\n\n".getBytes(StandardCharsets.UTF_8));
            out.flush();
            while (true) {
                String frame = queue.poll(KEEP_ALIVE_SECONDS, TimeUnit.SECONDS);
                if (frame == EventStream.END) {
                    return;
                }
                // a comment line keeps proxies from closing an idle stream, and finds a page that has gone
                out.write((frame == null ? ": keep-alive\n\n" : frame).getBytes(StandardCharsets.UTF_8));
                out.flush();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            // the page went away
        } finally {
            events.unsubscribe(queue);
        }
    }

    private static void text(HttpExchange exchange, int status, String message) throws IOException {
        send(exchange, status, "text/plain; charset=utf-8", (message + "\n").getBytes(StandardCharsets.UTF_8));
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        if (exchange.getRequestMethod().equals("HEAD")) {
            exchange.sendResponseHeaders(status, -1);
            return;
        }
        exchange.sendResponseHeaders(status, body.length);
        exchange.getResponseBody().write(body);
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = PreviewHttp.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException("the plugin jar lacks " + name);
            }
            return in.readAllBytes();
        }
    }

    @Override
    public void close() {
        events.close();
        server.stop(0);
        executor.shutdownNow();
    }
}
