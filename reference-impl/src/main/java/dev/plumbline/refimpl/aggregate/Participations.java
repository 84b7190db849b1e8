package dev.plumbline.refimpl.aggregate;

import dev.plumbline.refimpl.eventstore.EventStore;
import dev.plumbline.refimpl.publisher.EventPublisher;
import dev.plumbline.refimpl.snapshotstore.SnapshotStore;
import dev.plumbline.refimpl.tracing.Architecture;
import java.util.Map;
import java.util.Objects;

/**
 * Makes {@link EventParticipation} aggregates, new or from a snapshot, wired to where they append, snapshot and
 * publish their events. A snapshot is taken whenever an aggregate's version reaches a multiple of
 * {@code snapshotInterval}.
 */
public final class Participations {

    private final EventStore eventStore;
    private final SnapshotStore snapshotStore;
    private final EventPublisher publisher;
    private final Architecture architecture;
    private final int snapshotInterval;

    public Participations(EventStore eventStore, SnapshotStore snapshotStore, EventPublisher publisher,
                          Architecture architecture, int snapshotInterval) {
        this.eventStore = Objects.requireNonNull(eventStore, "eventStore");
        this.snapshotStore = Objects.requireNonNull(snapshotStore, "snapshotStore");
        this.publisher = Objects.requireNonNull(publisher, "publisher");
        this.architecture = Objects.requireNonNull(architecture, "architecture");
        if (snapshotInterval < 1) {
            throw new IllegalArgumentException("snapshotInterval must be at least 1");
        }
        this.snapshotInterval = snapshotInterval;
    }

    /** An aggregate with no history yet. */
    public EventParticipation create(String eventId) {
        return new EventParticipation(this, eventId, 0, 0, 0);
    }

    /** An aggregate in the state a snapshot recorded. */
    public EventParticipation fromSnapshot(SnapshotStore.Snapshot snapshot) {
        Map<String, String> state = snapshot.state();
        return new EventParticipation(this, snapshot.aggregateId(), snapshot.version(),
                Integer.parseInt(state.get("capacity")), Integer.parseInt(state.get("participants")));
    }

    EventStore eventStore() {
        return eventStore;
    }

    SnapshotStore snapshotStore() {
        return snapshotStore;
    }

    EventPublisher publisher() {
        return publisher;
    }

    Architecture architecture() {
        return architecture;
    }

    boolean snapshotDue(int version) {
        return version % snapshotInterval == 0;
    }
}
