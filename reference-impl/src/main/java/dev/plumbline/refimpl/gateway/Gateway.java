package dev.plumbline.refimpl.gateway;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.plumbline.refimpl.audit.AuditService;
import dev.plumbline.refimpl.event.EventService;
import dev.plumbline.refimpl.projection.ReadModelProjection;
import dev.plumbline.refimpl.registration.RegistrationService;
import dev.plumbline.refimpl.rejection.Rejection;
import dev.plumbline.refimpl.tracing.Architecture;
import dev.plumbline.refimpl.user.UserService;
import io.javalin.Javalin;
import io.javalin.compression.CompressionStrategy;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.IntSupplier;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Gateway Service: JSON over HTTP on Javalin. It routes each request to the service that owns it and maps the
 * answer, or the {@link Rejection}, to an HTTP response; every error is {@code {"error": ..., "field": ...}} and no
 * stack trace leaves the process. Bearer tokens are verified here with the User Service's verifier, in process, as
 * an edge gateway checks JWTs with the issuer's key.
 */
public final class Gateway implements AutoCloseable {

    public static final String ELEMENT = "gateway";
    /** The client; in the model, the Frontend. */
    private static final String CLIENT = "frontend";
    private static final Logger LOG = LoggerFactory.getLogger(Gateway.class);

    /** The services the gateway routes to. */
    public record Routes(UserService users, EventService events, RegistrationService registrations,
                         AuditService audit, ReadModelProjection readModel) {
        public Routes {
            Objects.requireNonNull(users, "users");
            Objects.requireNonNull(events, "events");
            Objects.requireNonNull(registrations, "registrations");
            Objects.requireNonNull(audit, "audit");
            Objects.requireNonNull(readModel, "readModel");
        }
    }

    private final ObjectMapper json = new ObjectMapper();
    private final Routes routes;
    private final Architecture architecture;
    private final Javalin server;

    /**
     * @param backlog how many bus deliveries are pending, for {@code /health}: load tests and operators wait on it
     */
    public Gateway(Routes routes, Architecture architecture, IntSupplier backlog, String host, int port,
                   long maxBodyBytes) {
        this.routes = Objects.requireNonNull(routes, "routes");
        this.architecture = Objects.requireNonNull(architecture, "architecture");
        this.server = Javalin.create(config -> {
            config.jetty.host = host;
            config.jetty.port = port;
            config.http.maxRequestSize = maxBodyBytes;
            // Answers are a few hundred bytes of JSON, below any size worth compressing; the compressing stream
            // Javalin wraps every response in by default still cost a share of each request.
            config.http.compressionStrategy = CompressionStrategy.NONE;
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.routes.post("/api/users", this::createUser);
            config.routes.post("/api/auth/login", this::login);
            config.routes.post("/api/events", this::createEvent);
            config.routes.get("/api/events/{id}", this::event);
            config.routes.get("/api/events/{id}/participation", this::participation);
            config.routes.post("/api/registrations", this::register);
            config.routes.get("/api/registrations/{id}", this::registration);
            config.routes.get("/api/audit", this::audit);
            config.routes.get("/api/dead-letters", this::deadLetters);
            config.routes.post("/api/dead-letters/{messageId}/{consumer}/replay", this::replay);
            config.routes.get("/health", ctx -> respond(ctx, 200,
                    Map.of("status", "UP", "pendingDeliveries", backlog.getAsInt())));
            config.routes.exception(Rejection.class, (e, ctx) ->
                    error(ctx, e.kind().status(), e.getMessage(), e.field()));
            config.routes.exception(HttpResponseException.class, (e, ctx) ->
                    error(ctx, e.getStatus(), e.getStatus() == 413 ? "the body is too large" : e.getMessage(), null));
            config.routes.exception(Exception.class, (e, ctx) -> {
                LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
                error(ctx, 500, "internal error", null);
            });
            config.routes.error(404, ctx -> {
                if (ctx.result() == null || ctx.result().isEmpty()) {
                    error(ctx, 404, "no such resource", null);
                }
            });
        });
    }

    /** Starts serving; returns the port (useful when 0 asked for any free one). */
    public int start() {
        server.start();
        return server.port();
    }

    private void createUser(Context ctx) {
        JsonBody body = JsonBody.parse(json, ctx.body(), Set.of("email", "name", "password"));
        UserService.User user = request("POST /api/users", UserService.ELEMENT, "Create User Request",
                () -> routes.users().register(body.text("email"), body.text("name"), body.text("password")));
        respond(ctx, 201, Map.of("id", user.id(), "email", user.email(), "name", user.name()));
    }

    private void login(Context ctx) {
        JsonBody body = JsonBody.parse(json, ctx.body(), Set.of("email", "password"));
        UserService.Login login = request("POST /api/auth/login", UserService.ELEMENT, "Authenticate",
                () -> routes.users().login(body.text("email"), body.text("password")));
        respond(ctx, 200, Map.of("token", login.token(), "expiresAt", login.expiresAt().toString()));
    }

    private void createEvent(Context ctx) {
        String userId = authenticated(ctx);
        JsonBody body = JsonBody.parse(json, ctx.body(), Set.of("name", "capacity"));
        EventService.Event event = request("POST /api/events", EventService.ELEMENT, "Create Event",
                () -> routes.events().create(userId, body.text("name"), body.integer("capacity")));
        respond(ctx, 201, event);
    }

    private void event(Context ctx) {
        String id = ctx.pathParam("id");
        EventService.Event event = request("GET /api/events/{id}", EventService.ELEMENT, "Get Event",
                () -> routes.events().find(id)).orElseThrow(() -> Rejection.notFound("id", "no such event"));
        respond(ctx, 200, event);
    }

    private void participation(Context ctx) {
        String id = ctx.pathParam("id");
        ReadModelProjection.Participation participation = request("GET /api/events/{id}/participation",
                ReadModelProjection.ELEMENT, "Query Read Model", () -> routes.readModel().participation(id))
                .orElseThrow(() -> Rejection.notFound("id", "no such event"));
        respond(ctx, 200, participation);
    }

    private void register(Context ctx) {
        String userId = authenticated(ctx);
        JsonBody body = JsonBody.parse(json, ctx.body(), Set.of("eventId"));
        RegistrationService.Registration registration = request("POST /api/registrations",
                RegistrationService.ELEMENT, "Create Registration",
                () -> routes.registrations().register(userId, body.text("eventId")));
        respond(ctx, 201, registration);
    }

    private void registration(Context ctx) {
        String userId = authenticated(ctx);
        String id = ctx.pathParam("id");
        RegistrationService.Registration registration = request("GET /api/registrations/{id}",
                RegistrationService.ELEMENT, "Get Registration", () -> routes.registrations().find(id, userId))
                .orElseThrow(() -> Rejection.notFound("id", "no such registration"));
        respond(ctx, 200, registration);
    }

    private void audit(Context ctx) {
        authenticated(ctx);
        int limit = limit(ctx.queryParam("limit"));
        List<AuditService.Entry> entries = request("GET /api/audit", AuditService.ELEMENT, "Query Audit Log",
                () -> routes.audit().entries(ctx.queryParam("type"), ctx.queryParam("key"), limit));
        respond(ctx, 200, entries.stream().map(e -> {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("messageId", e.messageId());
            entry.put("type", e.type());
            entry.put("key", e.key());
            entry.put("fields", e.fields());
            entry.put("recordedAt", e.recordedAt().toString());
            return entry;
        }).toList());
    }

    private void deadLetters(Context ctx) {
        authenticated(ctx);
        List<AuditService.DeadLetter> letters = request("GET /api/dead-letters", AuditService.ELEMENT,
                "List Dead Letters", () -> routes.audit().deadLetters());
        respond(ctx, 200, letters.stream().map(d -> {
            Map<String, Object> letter = new LinkedHashMap<>();
            letter.put("messageId", d.messageId());
            letter.put("consumer", d.consumer());
            letter.put("type", d.type());
            letter.put("key", d.key());
            letter.put("attempts", d.attempts());
            letter.put("error", d.error());
            letter.put("deadAt", d.deadAt().toString());
            letter.put("replayedAt", d.replayedAt() == null ? null : d.replayedAt().toString());
            return letter;
        }).toList());
    }

    private void replay(Context ctx) {
        authenticated(ctx);
        long messageId;
        try {
            messageId = Long.parseLong(ctx.pathParam("messageId"));
        } catch (NumberFormatException e) {
            throw Rejection.invalid("messageId", "must be a number");
        }
        String consumer = ctx.pathParam("consumer");
        request("POST /api/dead-letters/{messageId}/{consumer}/replay", AuditService.ELEMENT, "Replay Dead Letter",
                () -> {
                    routes.audit().replay(messageId, consumer);
                    return null;
                });
        respond(ctx, 202, Map.of("messageId", messageId, "consumer", consumer, "status", "PENDING"));
    }

    private String authenticated(Context ctx) {
        String header = ctx.header("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            throw Rejection.unauthorized("a bearer token is required");
        }
        return routes.users().authenticate(header.substring(7).strip());
    }

    private static int limit(String text) {
        if (text == null) {
            return 100;
        }
        try {
            int limit = Integer.parseInt(text);
            if (limit < 1 || limit > 1000) {
                throw Rejection.invalid("limit", "between 1 and 1000");
            }
            return limit;
        } catch (NumberFormatException e) {
            throw Rejection.invalid("limit", "must be a number");
        }
    }

    /** One request: the client's message to the gateway, and the gateway's to the service that owns it. */
    private <T> T request(String route, String service, String message, Supplier<T> call) {
        return architecture.step(CLIENT, ELEMENT, route,
                () -> architecture.step(ELEMENT, service, message, call::get));
    }

    private void respond(Context ctx, int status, Object body) {
        try {
            ctx.status(status).contentType("application/json").result(json.writeValueAsString(body));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("serialising a response", e);
        }
    }

    private void error(Context ctx, int status, String message, String field) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", message);
        body.put("field", field);
        respond(ctx, status, body);
    }

    @Override
    public void close() {
        server.stop();
    }
}
