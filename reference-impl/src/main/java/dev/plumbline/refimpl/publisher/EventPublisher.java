package dev.plumbline.refimpl.publisher;

import dev.plumbline.refimpl.projection.ReadModelProjection;
import dev.plumbline.refimpl.tracing.Architecture;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.Objects;

/**
 * The Event Publisher: streams an aggregate's new events to the read-model projection, in the transaction that
 * stored them, so the read model never misses an event that committed nor sees one that did not.
 */
public final class EventPublisher {

    public static final String ELEMENT = "publisher";

    private final ReadModelProjection projection;
    private final Architecture architecture;

    public EventPublisher(ReadModelProjection projection, Architecture architecture) {
        this.projection = Objects.requireNonNull(projection, "projection");
        this.architecture = Objects.requireNonNull(architecture, "architecture");
    }

    public void publish(Connection tx, String aggregateId, int version, String type, Map<String, String> fields)
            throws SQLException {
        architecture.step(ELEMENT, ReadModelProjection.ELEMENT, "Event Stream", () -> {
            projection.apply(tx, aggregateId, version, type, fields);
            return null;
        });
    }
}
