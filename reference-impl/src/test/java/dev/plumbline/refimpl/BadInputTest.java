package dev.plumbline.refimpl;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad input gets a 4xx with {@code {"error": ..., "field": ...}}, no stack trace, and nothing written: each case
 * checks the body and that the tables it could have touched are unchanged.
 */
class BadInputTest {

    @TempDir
    static Path data;

    private static final MutableClock CLOCK = new MutableClock();
    private static TestPlatform platform;
    private static String token;
    private static String event;

    @BeforeAll
    static void start() {
        platform = TestPlatform.start(data, c -> c.withClock(CLOCK, Duration.ofMinutes(30)));
        token = platform.api.signUp("ann@example.com", "correct horse 42");
        event = platform.api.createEvent(token, "Full", 1);
        platform.quiet();
    }

    @AfterAll
    static void stop() {
        platform.close();
    }

    private static void assertRejected(Api.Response response, int status, String error, String field) {
        assertThat(response.status()).as(response.raw()).isEqualTo(status);
        assertThat(response.body().path("error").asText()).isEqualTo(error);
        assertThat(response.body().path("field").isNull() ? null : response.body().path("field").asText())
                .isEqualTo(field);
        assertThat(response.raw()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    private static Api.Response signUp(String json) {
        long users = platform.count("SELECT COUNT(*) FROM users");
        long outbox = platform.count("SELECT COUNT(*) FROM outbox");
        Api.Response response = platform.api.post("/api/users", json, null);
        assertThat(platform.count("SELECT COUNT(*) FROM users")).as("no user written").isEqualTo(users);
        assertThat(platform.count("SELECT COUNT(*) FROM outbox")).as("no event published").isEqualTo(outbox);
        return response;
    }

    @Test
    void malformed_json_is_refused() {
        assertRejected(signUp("{\"email\": \"a@b.c\","), 400, "the body is not valid JSON", null);
        assertRejected(signUp("[1, 2]"), 400, "the body must be a JSON object", null);
        assertRejected(signUp(""), 400, "the body must be a JSON object", null);
    }

    @Test
    void missing_extra_and_mistyped_fields_are_named() {
        assertRejected(signUp("{\"email\":\"bob@example.com\",\"name\":\"Bob\"}"), 400, "is required", "password");
        assertRejected(signUp("{\"email\":\"bob@example.com\",\"name\":\"Bob\",\"password\":\"correct horse 42\","
                + "\"admin\":true}"), 400, "unknown field", "admin");
        assertRejected(signUp("{\"email\":\"bob@example.com\",\"name\":7,\"password\":\"correct horse 42\"}"),
                400, "must be a string", "name");
        assertRejected(platform.api.post("/api/events", "{\"name\":\"X\",\"capacity\":\"ten\"}", token),
                400, "must be an integer", "capacity");
    }

    @Test
    void an_invalid_email_and_weak_passwords_are_refused() {
        assertRejected(signUp("{\"email\":\"not-an-email\",\"name\":\"Bob\",\"password\":\"correct horse 42\"}"),
                400, "not a valid email address", "email");
        assertRejected(signUp("{\"email\":\"bob@example.com\",\"name\":\"Bob\",\"password\":\"short1\"}"),
                400, "a password has 10 to 64 characters", "password");
        assertRejected(signUp("{\"email\":\"bob@example.com\",\"name\":\"Bob\",\"password\":\"no digits at all\"}"),
                400, "a password has at least one letter and one digit", "password");
        assertRejected(signUp("{\"email\":\"bobby@example.com\",\"name\":\"Bob\",\"password\":\"bobby1234567\"}"),
                400, "a password must not contain the email's name", "password");
    }

    @Test
    void a_duplicate_email_is_a_conflict_whatever_its_case() {
        assertRejected(signUp("{\"email\":\"ANN@example.com\",\"name\":\"Ann\",\"password\":\"correct horse 42\"}"),
                409, "an account with this email exists", "email");
    }

    @Test
    void a_wrong_password_and_an_unknown_email_get_the_same_answer() {
        assertRejected(platform.api.post("/api/auth/login",
                "{\"email\":\"ann@example.com\",\"password\":\"wrong horse 42\"}", null),
                401, "wrong email or password", null);
        assertRejected(platform.api.post("/api/auth/login",
                "{\"email\":\"nobody@example.com\",\"password\":\"correct horse 42\"}", null),
                401, "wrong email or password", null);
    }

    @Test
    void a_missing_tampered_or_expired_token_is_unauthorized() {
        String body = "{\"eventId\":\"" + event + "\"}";
        long registrations = platform.count("SELECT COUNT(*) FROM registrations");
        assertRejected(platform.api.post("/api/registrations", body, null), 401, "a bearer token is required", null);
        String[] parts = token.split("\\.");
        String tampered = parts[0] + "." + parts[1].substring(0, parts[1].length() - 2) + "AA." + parts[2];
        assertRejected(platform.api.post("/api/registrations", body, tampered), 401,
                "the token's signature is not valid", null);
        assertRejected(platform.api.post("/api/registrations", body, "not.a.jwt"), 401,
                "the token is not a signed JWT", null);

        String shortLived = platform.api.login("ann@example.com", "correct horse 42");
        CLOCK.advance(Duration.ofMinutes(31));
        assertRejected(platform.api.post("/api/registrations", body, shortLived), 401, "the token has expired", null);
        assertThat(platform.count("SELECT COUNT(*) FROM registrations")).isEqualTo(registrations);
    }

    @Test
    void an_unknown_id_is_not_found() {
        String fresh = platform.api.login("ann@example.com", "correct horse 42");
        assertRejected(platform.api.get("/api/events/no-such-event", null), 404, "no such event", "id");
        assertRejected(platform.api.post("/api/registrations", "{\"eventId\":\"no-such-event\"}", fresh),
                404, "no such event", "eventId");
        assertRejected(platform.api.get("/api/registrations/no-such-registration", fresh), 404,
                "no such registration", "id");
        assertRejected(platform.api.get("/api/nothing-here", null), 404, "Endpoint GET /api/nothing-here not found", null);
    }

    @Test
    void registering_twice_for_an_event_is_a_conflict_and_over_capacity_is_compensated() {
        String fresh = platform.api.login("ann@example.com", "correct horse 42");
        String body = "{\"eventId\":\"" + event + "\"}";
        assertThat(platform.api.post("/api/registrations", body, fresh).status()).isEqualTo(201);
        assertRejected(platform.api.post("/api/registrations", body, fresh), 409,
                "already registered for this event", "eventId");
        String other = platform.api.signUp("zoe@example.com", "correct horse 42");
        String late = platform.api.post("/api/registrations", body, other).text("id");
        platform.quiet();
        assertThat(platform.api.get("/api/registrations/" + late, other).text("status")).isEqualTo("CANCELLED");
        assertThat(platform.api.get("/api/events/" + event, null).body().path("participants").asInt()).isEqualTo(1);
    }

    @Test
    void a_huge_body_is_refused_unread() {
        String huge = "{\"email\":\"" + "a".repeat(40_000) + "@example.com\",\"name\":\"Bob\",\"password\":\"x\"}";
        assertRejected(signUp(huge), 413, "the body is too large", null);
    }
}
