package dev.plumbline.refimpl;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** The platform's HTTP API as a test client sees it: JSON in, status and JSON out. */
final class Api {

    /** One answer. */
    record Response(int status, JsonNode body, String raw) {
        String text(String field) {
            return body.path(field).asText();
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;

    Api(String base) {
        this.base = base;
    }

    Response post(String path, String json, String token) {
        HttpRequest.Builder request = request(path, token).POST(HttpRequest.BodyPublishers.ofString(json));
        return send(request.header("Content-Type", "application/json").build());
    }

    Response get(String path, String token) {
        return send(request(path, token).GET().build());
    }

    /** Creates an account and logs in; returns the token. */
    String signUp(String email, String password) {
        Response created = post("/api/users",
                "{\"email\":\"" + email + "\",\"name\":\"Test User\",\"password\":\"" + password + "\"}", null);
        if (created.status() != 201) {
            throw new AssertionError("sign-up failed: " + created.raw());
        }
        return login(email, password);
    }

    String login(String email, String password) {
        Response login = post("/api/auth/login",
                "{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}", null);
        if (login.status() != 200) {
            throw new AssertionError("login failed: " + login.raw());
        }
        return login.text("token");
    }

    String createEvent(String token, String name, int capacity) {
        Response event = post("/api/events", "{\"name\":\"" + name + "\",\"capacity\":" + capacity + "}", token);
        if (event.status() != 201) {
            throw new AssertionError("creating an event failed: " + event.raw());
        }
        return event.text("id");
    }

    private HttpRequest.Builder request(String path, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(20));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return request;
    }

    private Response send(HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            String raw = response.body();
            JsonNode body = raw == null || raw.isEmpty() ? JSON.nullNode() : JSON.readTree(raw);
            return new Response(response.statusCode(), body, raw);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
