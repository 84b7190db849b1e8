package dev.plumbline.refimpl.audit;

import dev.plumbline.refimpl.bus.Bus;
import dev.plumbline.refimpl.bus.Consumer;
import dev.plumbline.refimpl.bus.Message;
import dev.plumbline.refimpl.rejection.Rejection;
import dev.plumbline.refimpl.storage.Database;
import dev.plumbline.refimpl.storage.JsonFields;
import dev.plumbline.refimpl.tracing.Architecture;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Audit Service: the audit log of every domain event, the record of every dead-lettered message (with an alert
 * to operations), and the replay of a dead letter once its cause is fixed.
 */
public final class AuditService implements Consumer {

    public static final String ELEMENT = "auditService";
    private static final String STORE = "auditDB";
    private static final Logger LOG = LoggerFactory.getLogger(AuditService.class);

    /** One line of the audit log. */
    public record Entry(long messageId, String type, String key, Map<String, String> fields, Instant recordedAt) { }

    /** A message a consumer gave up on. */
    public record DeadLetter(long messageId, String consumer, String type, String key, int attempts, String error,
                             Instant deadAt, Instant replayedAt) { }

    private final Database database;
    private final Bus bus;
    private final Architecture architecture;
    private final Clock clock;

    public AuditService(Database database, Bus bus, Architecture architecture, Clock clock) {
        this.database = Objects.requireNonNull(database, "database");
        this.bus = Objects.requireNonNull(bus, "bus");
        this.architecture = Objects.requireNonNull(architecture, "architecture");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public String name() {
        return "audit-service";
    }

    @Override
    public String element() {
        return ELEMENT;
    }

    @Override
    public void accept(Message message, Connection tx) throws SQLException {
        architecture.step(ELEMENT, STORE, "Log " + message.type(), () -> {
            try (PreparedStatement insert = tx.prepareStatement(
                    "INSERT INTO audit_log (message_id, type, message_key, payload, recorded_at) VALUES (?, ?, ?, ?, ?)")) {
                insert.setLong(1, message.id());
                insert.setString(2, message.type());
                insert.setString(3, message.key());
                insert.setString(4, JsonFields.encode(message.payload()));
                insert.setTimestamp(5, Timestamp.from(clock.instant()));
                insert.executeUpdate();
            }
            return null;
        });
    }

    /** Records a dead letter and alerts operations; called by the dead-letter queue in its transaction. */
    public void recordFailure(Connection tx, Message message, String consumer, int attempts, String error)
            throws SQLException {
        // Dead again after a replay refreshes the record; an UPDATE first, since a failed INSERT would abort a
        // PostgreSQL transaction.
        try (PreparedStatement update = tx.prepareStatement(
                "UPDATE dead_letters SET attempts = ?, error = ?, dead_at = ?, replayed_at = NULL"
                        + " WHERE message_id = ? AND consumer = ?")) {
            update.setInt(1, attempts);
            update.setString(2, error);
            update.setTimestamp(3, Timestamp.from(clock.instant()));
            update.setLong(4, message.id());
            update.setString(5, consumer);
            if (update.executeUpdate() == 0) {
                try (PreparedStatement insert = tx.prepareStatement(
                        "INSERT INTO dead_letters (message_id, consumer, type, message_key, attempts, error, dead_at)"
                                + " VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                    insert.setLong(1, message.id());
                    insert.setString(2, consumer);
                    insert.setString(3, message.type());
                    insert.setString(4, message.key());
                    insert.setInt(5, attempts);
                    insert.setString(6, error);
                    insert.setTimestamp(7, Timestamp.from(clock.instant()));
                    insert.executeUpdate();
                }
            }
        }
        architecture.step(ELEMENT, ELEMENT, "Alert Operations", () -> {
            LOG.warn("ALERT: {} could not process {} {} after {} attempts: {}", consumer, message.type(),
                    message.id(), attempts, error);
            return null;
        });
    }

    /** The audit log, newest first; {@code type} and {@code key} filter when not null. */
    public List<Entry> entries(String type, String key, int limit) {
        return database.inTransaction(tx -> {
            try (PreparedStatement select = tx.prepareStatement(
                    "SELECT message_id, type, message_key, payload, recorded_at FROM audit_log"
                            + " WHERE (? IS NULL OR type = ?) AND (? IS NULL OR message_key = ?)"
                            + " ORDER BY id DESC FETCH FIRST " + Math.max(1, Math.min(limit, 1000)) + " ROWS ONLY")) {
                select.setString(1, type);
                select.setString(2, type);
                select.setString(3, key);
                select.setString(4, key);
                List<Entry> entries = new ArrayList<>();
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        entries.add(new Entry(rows.getLong(1), rows.getString(2), rows.getString(3),
                                JsonFields.decode(rows.getString(4)), rows.getTimestamp(5).toInstant()));
                    }
                }
                return entries;
            }
        });
    }

    public List<DeadLetter> deadLetters() {
        return database.inTransaction(tx -> {
            try (PreparedStatement select = tx.prepareStatement(
                    "SELECT message_id, consumer, type, message_key, attempts, error, dead_at, replayed_at"
                            + " FROM dead_letters ORDER BY dead_at, message_id, consumer")) {
                List<DeadLetter> letters = new ArrayList<>();
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        Timestamp replayed = rows.getTimestamp(8);
                        letters.add(new DeadLetter(rows.getLong(1), rows.getString(2), rows.getString(3),
                                rows.getString(4), rows.getInt(5), rows.getString(6),
                                rows.getTimestamp(7).toInstant(), replayed == null ? null : replayed.toInstant()));
                    }
                }
                return letters;
            }
        });
    }

    /** Sends a dead letter to its consumer again. */
    public void replay(long messageId, String consumer) {
        database.inTransaction(tx -> {
            boolean replayed = architecture.step(ELEMENT, Bus.ELEMENT, "Replay Message",
                    () -> bus.replay(tx, messageId, consumer));
            if (!replayed) {
                throw Rejection.notFound("messageId", "no dead letter " + messageId + " for " + consumer);
            }
            try (PreparedStatement update = tx.prepareStatement(
                    "UPDATE dead_letters SET replayed_at = ? WHERE message_id = ? AND consumer = ?")) {
                update.setTimestamp(1, Timestamp.from(clock.instant()));
                update.setLong(2, messageId);
                update.setString(3, consumer);
                update.executeUpdate();
            }
            return null;
        });
    }
}
