package dev.plumbline.refimpl.snapshotstore;

import dev.plumbline.refimpl.storage.JsonFields;
import dev.plumbline.refimpl.tracing.Architecture;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** The Snapshot Store: an aggregate's state as of a version, so a rebuild replays only the events after it. */
public final class SnapshotStore {

    public static final String ELEMENT = "snapshotStore";
    private static final String DATABASE = "snapshotDB";

    /** An aggregate's state at {@code version}. */
    public record Snapshot(String aggregateId, int version, Map<String, String> state) {
        public Snapshot {
            Objects.requireNonNull(aggregateId, "aggregateId");
            state = Map.copyOf(state);
        }
    }

    private final Architecture architecture;

    public SnapshotStore(Architecture architecture) {
        this.architecture = Objects.requireNonNull(architecture, "architecture");
    }

    public Optional<Snapshot> latest(Connection tx, String aggregateId) throws SQLException {
        return architecture.step(ELEMENT, DATABASE, "Get Snapshot", () -> {
            try (PreparedStatement select = tx.prepareStatement(
                    "SELECT version, state FROM es_snapshots WHERE aggregate_id = ? ORDER BY version DESC"
                            + " FETCH FIRST 1 ROWS ONLY")) {
                select.setString(1, aggregateId);
                try (ResultSet rows = select.executeQuery()) {
                    return rows.next()
                            ? Optional.of(new Snapshot(aggregateId, rows.getInt(1), JsonFields.decode(rows.getString(2))))
                            : Optional.<Snapshot>empty();
                }
            }
        });
    }

    public void save(Connection tx, Snapshot snapshot) throws SQLException {
        architecture.step(ELEMENT, DATABASE, "Store Snapshot", () -> {
            try (PreparedStatement insert = tx.prepareStatement(
                    "INSERT INTO es_snapshots (aggregate_id, version, state) VALUES (?, ?, ?)")) {
                insert.setString(1, snapshot.aggregateId());
                insert.setInt(2, snapshot.version());
                insert.setString(3, JsonFields.encode(snapshot.state()));
                insert.executeUpdate();
            }
            return null;
        });
    }
}
