package dev.plumbline.refimpl.commandhandler;

import dev.plumbline.refimpl.aggregate.EventParticipation;
import dev.plumbline.refimpl.aggregate.Participations;
import dev.plumbline.refimpl.eventstore.EventStore;
import dev.plumbline.refimpl.eventstore.EventStore.StoredEvent;
import dev.plumbline.refimpl.snapshotstore.SnapshotStore;
import dev.plumbline.refimpl.tracing.Architecture;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The Command Handler: validates a participation command, rebuilds the event's aggregate from its latest snapshot
 * and the events after it, and executes the command on it, all in the caller's transaction.
 */
public final class CommandHandler {

    public static final String ELEMENT = "handler";

    /** What a command did: whether it was accepted, and the participation after it. */
    public record Result(boolean accepted, int capacity, int participants, int version) { }

    private final EventStore eventStore;
    private final SnapshotStore snapshotStore;
    private final Participations aggregates;
    private final Architecture architecture;

    public CommandHandler(EventStore eventStore, SnapshotStore snapshotStore, Participations aggregates,
                          Architecture architecture) {
        this.eventStore = Objects.requireNonNull(eventStore, "eventStore");
        this.snapshotStore = Objects.requireNonNull(snapshotStore, "snapshotStore");
        this.aggregates = Objects.requireNonNull(aggregates, "aggregates");
        this.architecture = Objects.requireNonNull(architecture, "architecture");
    }

    /** Schedules a new event with its capacity. */
    public Result scheduleEvent(Connection tx, String eventId, int capacity) throws SQLException {
        validate(eventId, capacity > 0);
        EventParticipation aggregate = rebuild(tx, eventId);
        return result(architecture.step(ELEMENT, EventParticipation.ELEMENT, "Execute Command",
                () -> aggregate.schedule(tx, capacity)));
    }

    /** Counts a registration for an event, if it has room. */
    public Result countParticipant(Connection tx, String eventId, String registrationId) throws SQLException {
        validate(eventId, registrationId != null && !registrationId.isBlank());
        EventParticipation aggregate = rebuild(tx, eventId);
        return result(architecture.step(ELEMENT, EventParticipation.ELEMENT, "Execute Command",
                () -> aggregate.countParticipant(tx, registrationId)));
    }

    private static Result result(EventParticipation.Outcome outcome) {
        return new Result(outcome.accepted(), outcome.capacity(), outcome.participants(), outcome.version());
    }

    private void validate(String eventId, boolean valid) {
        architecture.step(ELEMENT, ELEMENT, "Validate Command", () -> {
            if (eventId == null || eventId.isBlank() || !valid) {
                throw new IllegalArgumentException("invalid participation command for " + eventId);
            }
            return null;
        });
    }

    private EventParticipation rebuild(Connection tx, String eventId) throws SQLException {
        Optional<SnapshotStore.Snapshot> snapshot = architecture.step(ELEMENT, SnapshotStore.ELEMENT,
                "Load Latest Snapshot", () -> snapshotStore.latest(tx, eventId));
        EventParticipation aggregate = snapshot.isPresent()
                ? architecture.step(ELEMENT, EventParticipation.ELEMENT, "Reconstruct from Snapshot",
                        () -> aggregates.fromSnapshot(snapshot.get()))
                : architecture.step(ELEMENT, EventParticipation.ELEMENT, "Create New Aggregate",
                        () -> aggregates.create(eventId));
        List<StoredEvent> recent = architecture.step(ELEMENT, EventStore.ELEMENT, "Get Events since Snapshot",
                () -> eventStore.since(tx, eventId, aggregate.version()));
        for (StoredEvent event : recent) {
            architecture.step(ELEMENT, EventParticipation.ELEMENT, "Apply Event", () -> {
                aggregate.apply(event);
                return null;
            });
        }
        return aggregate;
    }
}
