package dev.plumbline.refimpl.projection;

import dev.plumbline.refimpl.storage.Database;
import dev.plumbline.refimpl.tracing.Architecture;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The Read Model Projection: turns the events' participation stream into a table to query. An event is applied only
 * if its version is the next one, so replaying the stream, or a part of it, changes nothing.
 */
public final class ReadModelProjection {

    public static final String ELEMENT = "projection";
    private static final String DATABASE = "readDB";

    /** The read model of one event's participation. */
    public record Participation(String eventId, int capacity, int participants, int version) { }

    private final Database database;
    private final Architecture architecture;

    public ReadModelProjection(Database database, Architecture architecture) {
        this.database = Objects.requireNonNull(database, "database");
        this.architecture = Objects.requireNonNull(architecture, "architecture");
    }

    /** Applies one event of the stream, in the transaction that stored it. */
    public void apply(Connection tx, String eventId, int version, String type, Map<String, String> fields)
            throws SQLException {
        architecture.step(ELEMENT, ELEMENT, "Process Event");
        architecture.step(ELEMENT, DATABASE, "Update Read Model", () -> {
            switch (type) {
                case "EVENT_SCHEDULED" -> {
                    try (PreparedStatement insert = tx.prepareStatement(
                            "INSERT INTO read_event_participation (event_id, capacity, participants, version)"
                                    + " VALUES (?, ?, 0, ?)")) {
                        insert.setString(1, eventId);
                        insert.setInt(2, Integer.parseInt(fields.get("capacity")));
                        insert.setInt(3, version);
                        insert.executeUpdate();
                    }
                }
                case "PARTICIPANT_COUNTED" -> {
                    try (PreparedStatement update = tx.prepareStatement(
                            "UPDATE read_event_participation SET participants = participants + 1, version = ?"
                                    + " WHERE event_id = ? AND version = ?")) {
                        update.setInt(1, version);
                        update.setString(2, eventId);
                        update.setInt(3, version - 1);
                        update.executeUpdate();
                    }
                }
                default -> throw new IllegalArgumentException("the projection does not know " + type);
            }
            return null;
        });
    }

    public Optional<Participation> participation(String eventId) {
        return database.inTransaction(tx -> {
            try (PreparedStatement select = tx.prepareStatement(
                    "SELECT capacity, participants, version FROM read_event_participation WHERE event_id = ?")) {
                select.setString(1, eventId);
                try (ResultSet rows = select.executeQuery()) {
                    return rows.next()
                            ? Optional.of(new Participation(eventId, rows.getInt(1), rows.getInt(2), rows.getInt(3)))
                            : Optional.<Participation>empty();
                }
            }
        });
    }
}
