package dev.plumbline.refimpl.eventstore;

import dev.plumbline.refimpl.storage.JsonFields;
import dev.plumbline.refimpl.tracing.Architecture;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The Event Store: each aggregate's immutable, append-only stream of domain events. Versions are consecutive per
 * aggregate, and the key (aggregate, version) makes a concurrent second writer of the same version fail.
 */
public final class EventStore {

    public static final String ELEMENT = "eventStore";
    private static final String DATABASE = "eventDatabase";

    /** One stored domain event. */
    public record StoredEvent(String aggregateId, int version, String type, Map<String, String> fields) {
        public StoredEvent {
            Objects.requireNonNull(aggregateId, "aggregateId");
            Objects.requireNonNull(type, "type");
            fields = Map.copyOf(fields);
        }
    }

    private final Architecture architecture;
    private final Clock clock;

    public EventStore(Architecture architecture, Clock clock) {
        this.architecture = Objects.requireNonNull(architecture, "architecture");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The events of {@code aggregateId} after {@code version}, in order. */
    public List<StoredEvent> since(Connection tx, String aggregateId, int version) throws SQLException {
        return architecture.step(ELEMENT, DATABASE, "Get Recent Events", () -> {
            try (PreparedStatement select = tx.prepareStatement(
                    "SELECT version, type, payload FROM es_events WHERE aggregate_id = ? AND version > ?"
                            + " ORDER BY version")) {
                select.setString(1, aggregateId);
                select.setInt(2, version);
                List<StoredEvent> events = new ArrayList<>();
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        events.add(new StoredEvent(aggregateId, rows.getInt(1), rows.getString(2),
                                JsonFields.decode(rows.getString(3))));
                    }
                }
                return events;
            }
        });
    }

    public void append(Connection tx, StoredEvent event) throws SQLException {
        architecture.step(ELEMENT, DATABASE, "Store Event", () -> {
            try (PreparedStatement insert = tx.prepareStatement(
                    "INSERT INTO es_events (aggregate_id, version, type, payload, recorded_at) VALUES (?, ?, ?, ?, ?)")) {
                insert.setString(1, event.aggregateId());
                insert.setInt(2, event.version());
                insert.setString(3, event.type());
                insert.setString(4, JsonFields.encode(event.fields()));
                insert.setTimestamp(5, Timestamp.from(clock.instant()));
                insert.executeUpdate();
            }
            return null;
        });
    }
}
