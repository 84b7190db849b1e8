package dev.plumbline.refimpl;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The seed's flows end to end: over HTTP, through the bus, into the database and out over SMTP. */
class PlatformFlowsTest {

    @TempDir
    Path data;

    private final List<AutoCloseable> open = new ArrayList<>();

    @AfterEach
    void closeAll() throws Exception {
        for (int i = open.size() - 1; i >= 0; i--) {
            open.get(i).close();
        }
    }

    private GreenMail smtp(ServerSetup setup) {
        GreenMail mail = new GreenMail(setup);
        mail.start();
        open.add(mail::stop);
        return mail;
    }

    private TestPlatform platform(int smtpPort) {
        TestPlatform platform = TestPlatform.start(data, c -> c.withSmtp("127.0.0.1", smtpPort));
        open.add(platform);
        return platform;
    }

    private static List<String> subjects(GreenMail mail) {
        return Arrays.stream(mail.getReceivedMessages()).map(m -> {
            try {
                return m.getAllRecipients()[0] + ": " + m.getSubject();
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).sorted().toList();
    }

    @Test
    void a_new_account_gets_a_welcome_email_and_can_log_in() {
        GreenMail mail = smtp(ServerSetupTest.SMTP.dynamicPort());
        TestPlatform platform = platform(mail.getSmtp().getPort());

        Api.Response created = platform.api.post("/api/users",
                "{\"email\":\" Ann@Example.com \",\"name\":\"Ann\",\"password\":\"correct horse 42\"}", null);
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.text("email")).isEqualTo("ann@example.com");
        assertThat(created.body().has("password")).isFalse();

        Api.Response login = platform.api.post("/api/auth/login",
                "{\"email\":\"ann@example.com\",\"password\":\"correct horse 42\"}", null);
        assertThat(login.status()).isEqualTo(200);
        assertThat(login.text("token")).matches("[\\w-]+\\.[\\w-]+\\.[\\w-]+");

        platform.quiet();
        assertThat(subjects(mail)).containsExactly("ann@example.com: Welcome to the platform");
        assertThat(platform.count("SELECT COUNT(*) FROM audit_log WHERE type IN ('USER_CREATED', 'USER_LOGGED_IN')"))
                .isEqualTo(2);
        assertThat(platform.count("SELECT COUNT(*) FROM users WHERE password_hash LIKE '$2%'"))
                .as("the password is stored as a bcrypt hash").isEqualTo(1);
    }

    @Test
    void a_registration_is_counted_and_confirmed_and_one_over_capacity_is_compensated() throws Exception {
        GreenMail mail = smtp(ServerSetupTest.SMTP.dynamicPort());
        TestPlatform platform = platform(mail.getSmtp().getPort());
        String ann = platform.api.signUp("ann@example.com", "correct horse 42");
        String bob = platform.api.signUp("bob@example.com", "battery staple 7");
        String event = platform.api.createEvent(ann, "Plumbline Day", 1);
        platform.quiet();

        Api.Response first = platform.api.post("/api/registrations", "{\"eventId\":\"" + event + "\"}", ann);
        assertThat(first.status()).isEqualTo(201);
        assertThat(first.text("status")).isEqualTo("CREATED");
        platform.quiet();
        Api.Response second = platform.api.post("/api/registrations", "{\"eventId\":\"" + event + "\"}", bob);
        assertThat(second.status()).as("accepted first, compensated later").isEqualTo(201);
        platform.quiet();

        assertThat(platform.api.get("/api/registrations/" + first.text("id"), ann).text("status"))
                .isEqualTo("CREATED");
        assertThat(platform.api.get("/api/registrations/" + second.text("id"), bob).text("status"))
                .isEqualTo("CANCELLED");
        JsonNode counted = platform.api.get("/api/events/" + event, null).body();
        assertThat(counted.path("participants").asInt()).isEqualTo(1);
        assertThat(platform.api.get("/api/events/" + event + "/participation", null).body().path("participants")
                .asInt()).isEqualTo(1);
        assertThat(subjects(mail)).containsExactly(
                "ann@example.com: We received your registration",
                "ann@example.com: Welcome to the platform",
                "bob@example.com: We received your registration",
                "bob@example.com: Welcome to the platform",
                "bob@example.com: Your registration was cancelled");
        JsonNode rejected = platform.api.get("/api/audit?type=REGISTRATION_REJECTED", ann).body();
        assertThat(rejected).hasSize(1);
        assertThat(rejected.get(0).path("key").asText()).isEqualTo(second.text("id"));
        MimeMessage cancellation = Arrays.stream(mail.getReceivedMessages())
                .filter(m -> subjectOf(m).contains("cancelled")).findFirst().orElseThrow();
        assertThat(GreenMailUtil.getBody(cancellation)).contains(second.text("id")).contains("the event is full");
    }

    @Test
    void a_consumer_failing_on_every_attempt_lands_in_the_dead_letter_queue_and_replays_once_fixed()
            throws IOException {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        TestPlatform platform = platform(port);

        platform.api.post("/api/users",
                "{\"email\":\"ann@example.com\",\"name\":\"Ann\",\"password\":\"correct horse 42\"}", null);
        platform.quiet();
        String token = platform.api.login("ann@example.com", "correct horse 42");
        JsonNode letters = platform.api.get("/api/dead-letters", token).body();
        assertThat(letters).hasSize(1);
        JsonNode letter = letters.get(0);
        assertThat(letter.path("consumer").asText()).isEqualTo("notification-service");
        assertThat(letter.path("type").asText()).isEqualTo("USER_CREATED");
        assertThat(letter.path("attempts").asInt()).isEqualTo(3);
        assertThat(letter.path("error").asText()).contains("sending email to ann@example.com failed");
        assertThat(platform.count("SELECT COUNT(*) FROM audit_log WHERE type = 'USER_CREATED'"))
                .as("the other consumers were not held up").isEqualTo(1);

        GreenMail mail = smtp(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        Api.Response replay = platform.api.post("/api/dead-letters/" + letter.path("messageId").asLong()
                + "/notification-service/replay", "", token);
        assertThat(replay.status()).isEqualTo(202);
        platform.quiet();
        assertThat(subjects(mail)).containsExactly("ann@example.com: Welcome to the platform");
        assertThat(platform.api.get("/api/dead-letters", token).body().get(0).path("replayedAt").isNull()).isFalse();
        assertThat(platform.api.post("/api/dead-letters/" + letter.path("messageId").asLong()
                + "/notification-service/replay", "", token).status()).as("no longer dead").isEqualTo(404);
    }

    @Test
    void the_participation_aggregate_is_rebuilt_from_its_latest_snapshot_after_a_restart() {
        TestPlatform first = TestPlatform.start(data);
        String owner = first.api.signUp("owner@example.com", "correct horse 42");
        String event = first.api.createEvent(owner, "Snapshots", 10);
        first.quiet();
        for (int i = 0; i < 4; i++) {
            String token = first.api.signUp("p" + i + "@example.com", "correct horse 42");
            assertThat(first.api.post("/api/registrations", "{\"eventId\":\"" + event + "\"}", token).status())
                    .isEqualTo(201);
        }
        first.quiet();
        // Versions: 1 scheduled, 2..5 counted; with a snapshot every 3 events, one snapshot at version 3.
        assertThat(first.count("SELECT COUNT(*) FROM es_events WHERE aggregate_id = ?", event)).isEqualTo(5);
        assertThat(first.count("SELECT MAX(version) FROM es_snapshots WHERE aggregate_id = ?", event)).isEqualTo(3);
        first.close();

        TestPlatform second = TestPlatform.start(data);
        open.add(second);
        String late = second.api.signUp("late@example.com", "correct horse 42");
        second.clearSpans();
        second.api.post("/api/registrations", "{\"eventId\":\"" + event + "\"}", late);
        List<String> steps = second.quiet().stream()
                .filter(s -> s.getName().startsWith("handler -> ") || s.getName().startsWith("aggregate -> aggregate"))
                .sorted(java.util.Comparator.comparingLong(s -> s.getStartEpochNanos()))
                .map(s -> s.getName()).toList();
        assertThat(steps).containsSubsequence(
                "handler -> snapshotStore: Load Latest Snapshot",
                "handler -> aggregate: Reconstruct from Snapshot",
                "handler -> eventStore: Get Events since Snapshot",
                "handler -> aggregate: Apply Event",
                "aggregate -> aggregate: Update State",
                "handler -> aggregate: Apply Event",
                "aggregate -> aggregate: Update State",
                "handler -> aggregate: Execute Command");
        assertThat(steps).filteredOn(s -> s.endsWith("Apply Event")).as("only the events after version 3")
                .hasSize(2);
        assertThat(second.api.get("/api/events/" + event + "/participation", null).body().path("participants")
                .asInt()).isEqualTo(5);
        assertThat(second.count("SELECT MAX(version) FROM es_snapshots WHERE aggregate_id = ?", event)).isEqualTo(6);
    }

    private static String subjectOf(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
