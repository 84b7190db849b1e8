package dev.plumbline.refimpl;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plumbline.refimpl.bus.Bus;
import dev.plumbline.refimpl.bus.BusSettings;
import dev.plumbline.refimpl.bus.Consumer;
import dev.plumbline.refimpl.bus.Message;
import dev.plumbline.refimpl.storage.Database;
import dev.plumbline.refimpl.tracing.Architecture;
import io.opentelemetry.api.OpenTelemetry;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The dispatcher delivers a batch in one transaction; a consumer failing in it takes nothing else down with it. */
class BusBatchTest {

    @TempDir
    Path data;

    private Database database;
    private Bus bus;

    @AfterEach
    void close() {
        if (bus != null) {
            bus.close();
        }
        if (database != null) {
            database.close();
        }
    }

    @Test
    void a_consumer_failing_inside_a_batch_rolls_back_only_its_own_work() throws Exception {
        database = Database.open(PlatformConfig.defaults(data).effectiveJdbcUrl(), "sa", "", 4);
        Clock clock = Clock.systemUTC();
        bus = new Bus(database, new Architecture(OpenTelemetry.noop()), clock,
                BusSettings.defaults().withMaxAttempts(2).withBaseBackoff(Duration.ofMillis(10)));
        AtomicInteger succeedingCalls = new AtomicInteger();
        // Deliveries of one message run in consumer-name order: the failing one comes first in every pair.
        bus.subscribe(new Writing("a-failing", () -> {
            throw new IllegalStateException("a-failing always fails");
        }), "TEST");
        bus.subscribe(new Writing("b-succeeding", succeedingCalls::incrementAndGet), "TEST");
        database.inTransaction(tx -> {
            for (int i = 0; i < 3; i++) {
                bus.publish(tx, "test", "TEST", "same-key", Map.of("n", Integer.toString(i)));
            }
            return null;
        });
        List<String> deadLetters = new CopyOnWriteArrayList<>();
        bus.start((tx, message, consumer, element, attempts, error) -> deadLetters.add(consumer + " " + attempts));

        assertThat(bus.awaitIdle(Duration.ofSeconds(20))).isTrue();
        assertThat(succeedingCalls).as("each succeeding delivery ran once: no failure undid it").hasValue(3);
        assertThat(count("SELECT COUNT(*) FROM notifications WHERE recipient = 'b-succeeding'")).isEqualTo(3);
        assertThat(count("SELECT COUNT(*) FROM notifications WHERE recipient = 'a-failing'"))
                .as("the failing consumer's own writes are rolled back").isZero();
        assertThat(count("SELECT COUNT(*) FROM processed_events WHERE consumer = 'a-failing'")).isZero();
        assertThat(count("SELECT COUNT(*) FROM deliveries WHERE consumer = 'a-failing' AND status = 'DEAD'"
                + " AND attempts = 2")).isEqualTo(3);
        assertThat(deadLetters).containsExactly("a-failing 2", "a-failing 2", "a-failing 2");
    }

    private int count(String sql) {
        return database.inTransaction(tx -> {
            try (PreparedStatement select = tx.prepareStatement(sql); ResultSet rows = select.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        });
    }

    /** A consumer that writes a row, then runs {@code after}, which may throw. */
    private record Writing(String name, Runnable after) implements Consumer {
        @Override
        public String element() {
            return "test";
        }

        @Override
        public void accept(Message message, Connection tx) throws SQLException {
            try (PreparedStatement insert = tx.prepareStatement("INSERT INTO notifications (message_id, recipient,"
                    + " subject, body, transport, sent_at) VALUES (?, ?, 's', 'b', 'test', CURRENT_TIMESTAMP)")) {
                insert.setLong(1, message.id());
                insert.setString(2, name);
                insert.executeUpdate();
            }
            after.run();
        }
    }
}
