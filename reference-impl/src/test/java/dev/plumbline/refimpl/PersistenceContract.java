package dev.plumbline.refimpl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.plumbline.refimpl.storage.Database;
import dev.plumbline.refimpl.storage.StorageException;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the platform needs of its database, asked of H2 and of PostgreSQL alike. */
abstract class PersistenceContract {

    @TempDir
    Path data;

    TestPlatform platform;

    /** The platform's configuration on this database. */
    abstract PlatformConfig configure(Path dataDir);

    @BeforeEach
    void start() {
        platform = TestPlatform.startWith(configure(data));
    }

    @AfterEach
    void stop() {
        if (platform != null) { // null when start() was skipped (no PostgreSQL server)
            platform.close();
        }
    }

    @Test
    void flyway_creates_the_schema_once() {
        assertThat(platform.count("SELECT COUNT(*) FROM \"flyway_schema_history\" WHERE \"version\" = '1'"
                + " AND \"success\" = TRUE")).isEqualTo(1);
        long history = platform.count("SELECT COUNT(*) FROM \"flyway_schema_history\"");
        platform.close();
        platform = TestPlatform.startWith(configure(data));
        assertThat(platform.count("SELECT COUNT(*) FROM \"flyway_schema_history\"")).as("nothing to migrate again")
                .isEqualTo(history);
    }

    @Test
    void a_failed_command_writes_neither_its_state_nor_its_messages() {
        Database database = database();
        long outbox = platform.count("SELECT COUNT(*) FROM outbox");
        assertThatThrownBy(() -> database.inTransaction(tx -> {
            try (PreparedStatement insert = tx.prepareStatement(
                    "INSERT INTO outbox (type, message_key, payload, published_at) VALUES ('X', 'k', '{}', CURRENT_TIMESTAMP)")) {
                insert.executeUpdate();
            }
            throw new IllegalStateException("the command fails after writing");
        })).hasMessage("the command fails after writing");
        assertThat(platform.count("SELECT COUNT(*) FROM outbox")).isEqualTo(outbox);
    }

    @Test
    void a_unique_key_violation_is_recognised() {
        Database database = database();
        platform.api.signUp("ann@example.com", "correct horse 42");
        assertThatThrownBy(() -> database.inTransaction(tx -> {
            try (PreparedStatement insert = tx.prepareStatement("INSERT INTO users (id, email, name, password_hash,"
                    + " created_at) VALUES ('x', 'ann@example.com', 'Ann', 'h', CURRENT_TIMESTAMP)")) {
                return insert.executeUpdate();
            }
        })).isInstanceOfSatisfying(StorageException.class, e -> assertThat(Database.isDuplicateKey(e.sqlCause())).isTrue());
    }

    @Test
    void the_flows_run_and_a_redelivered_message_is_applied_once() {
        String ann = platform.api.signUp("ann@example.com", "correct horse 42");
        String bob = platform.api.signUp("bob@example.com", "correct horse 42");
        String event = platform.api.createEvent(ann, "Once", 1);
        platform.quiet();
        String accepted = platform.api.post("/api/registrations", "{\"eventId\":\"" + event + "\"}", ann).text("id");
        String rejected = platform.api.post("/api/registrations", "{\"eventId\":\"" + event + "\"}", bob).text("id");
        platform.quiet();
        assertThat(platform.api.get("/api/registrations/" + accepted, ann).text("status")).isEqualTo("CREATED");
        assertThat(platform.api.get("/api/registrations/" + rejected, bob).text("status")).isEqualTo("CANCELLED");
        long audit = platform.count("SELECT COUNT(*) FROM audit_log");

        // At least once: deliver every message to every consumer again, as after a crash before the status update.
        database().inTransaction(tx -> {
            try (PreparedStatement again = tx.prepareStatement("UPDATE deliveries SET status = 'PENDING'")) {
                return again.executeUpdate();
            }
        });
        platform.quiet();
        assertThat(platform.count("SELECT COUNT(*) FROM audit_log")).isEqualTo(audit);
        assertThat(platform.count("SELECT participants FROM events WHERE id = ?", event)).isEqualTo(1);
        assertThat(platform.count("SELECT participants FROM read_event_participation WHERE event_id = ?", event))
                .isEqualTo(1);
        assertThat(platform.count("SELECT COUNT(*) FROM es_events WHERE aggregate_id = ?", event)).isEqualTo(2);
        assertThat(platform.count("SELECT COUNT(*) FROM notifications")).isEqualTo(2 + 2 + 1);
    }

    private Database database() {
        return platform.database();
    }
}
