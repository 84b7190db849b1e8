package dev.plumbline.diagrams.preview;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.fail;

/** What a browser does with the preview, over real HTTP: fetches, and one Server-Sent Events stream read as it comes. */
final class PreviewClient implements AutoCloseable {

    /** One event off the stream. */
    record Event(String name, JsonNode data) {
    }

    /** A raw response: status line code, headers as sent, body. */
    record Raw(int status, String head, String body) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();
    private final int port;
    private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();
    private Stream<String> stream;

    PreviewClient(int port) {
        this.port = port;
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    HttpResponse<byte[]> get(String path) {
        try {
            return http.send(HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A request written byte for byte, so nothing normalises its path or headers on the way. */
    Raw raw(String requestLine, String host) {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write((requestLine + "\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            String response = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            int split = response.indexOf("\r\n\r\n");
            String head = split < 0 ? response : response.substring(0, split);
            return new Raw(Integer.parseInt(head.split(" ")[1]), head, split < 0 ? "" : response.substring(split + 4));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Raw raw(String requestLine) {
        return raw(requestLine, "127.0.0.1:" + port);
    }

    /** Opens the event stream; events queue up until taken. */
    void listen() {
        try {
            HttpResponse<Stream<String>> response = http.send(HttpRequest.newBuilder(uri("/events")).build(),
                    HttpResponse.BodyHandlers.ofLines());
            stream = response.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        Thread reader = new Thread(() -> {
            String name = null;
            StringBuilder data = new StringBuilder();
            try {
                for (String line : (Iterable<String>) stream::iterator) {
                    if (line.startsWith("event: ")) {
                        name = line.substring(7);
                    } else if (line.startsWith("data: ")) {
                        data.append(line.substring(6));
                    } else if (line.isEmpty() && name != null) {
                        events.add(new Event(name, JSON.readTree(data.toString())));
                        name = null;
                        data.setLength(0);
                    }
                }
            } catch (IOException | UncheckedIOException e) {
                // closed
            }
        }, "preview-test-events");
        reader.setDaemon(true);
        reader.start();
    }

    /** The next event, waiting up to a minute (the first render of a fresh session includes starting a browser). */
    Event next() {
        try {
            Event event = events.poll(60, TimeUnit.SECONDS);
            return event != null ? event : fail("no event within 60 s");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Every event up to and including the first that matches. */
    List<Event> until(Predicate<Event> last) {
        List<Event> seen = new ArrayList<>();
        while (true) {
            Event event = next();
            seen.add(event);
            if (last.test(event)) {
                return seen;
            }
        }
    }

    /** Takes events until none has come for {@code millis}. */
    void drainUntilQuiet(long millis) {
        try {
            while (events.poll(millis, TimeUnit.MILLISECONDS) != null) {
                // a refresh that was still going
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Every event up to the end of the next refresh. */
    List<Event> untilRefreshed() {
        return until(e -> e.name().equals("refreshed"));
    }

    @Override
    public void close() {
        if (stream != null) {
            stream.close();
        }
    }
}
