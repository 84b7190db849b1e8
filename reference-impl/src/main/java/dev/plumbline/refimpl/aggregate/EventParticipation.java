package dev.plumbline.refimpl.aggregate;

import dev.plumbline.refimpl.eventstore.EventStore.StoredEvent;
import dev.plumbline.refimpl.eventstore.EventStore;
import dev.plumbline.refimpl.publisher.EventPublisher;
import dev.plumbline.refimpl.snapshotstore.SnapshotStore;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The Aggregate Root of an event's participation: its capacity and how many registrations it counted. Commands turn
 * into domain events ({@code EVENT_SCHEDULED}, {@code PARTICIPANT_COUNTED}); a registration over capacity produces
 * none and is refused.
 */
public final class EventParticipation {

    public static final String ELEMENT = "aggregate";

    /** What a command did: whether it was accepted, and the state after it. */
    public record Outcome(boolean accepted, int capacity, int participants, int version) { }

    private final Participations wiring;
    private final String eventId;
    private int version;
    private int capacity;
    private int participants;

    EventParticipation(Participations wiring, String eventId, int version, int capacity, int participants) {
        this.wiring = wiring;
        this.eventId = eventId;
        this.version = version;
        this.capacity = capacity;
        this.participants = participants;
    }

    public int version() {
        return version;
    }

    /** Applies one stored event to the state: the rebuild. */
    public void apply(StoredEvent event) {
        wiring.architecture().step(ELEMENT, ELEMENT, "Update State");
        if (event.version() != version + 1) {
            throw new IllegalStateException("event " + event.version() + " of " + eventId + " after " + version);
        }
        mutate(event.type(), event.fields());
        version = event.version();
    }

    /** Schedules the event with its capacity; refused if it already was. */
    public Outcome schedule(Connection tx, int eventCapacity) throws SQLException {
        if (version > 0) {
            return outcome(false);
        }
        return commit(tx, "EVENT_SCHEDULED", Map.of("capacity", Integer.toString(eventCapacity)));
    }

    /** Counts a registration while there is room; refused, with no event, once the capacity is reached. */
    public Outcome countParticipant(Connection tx, String registrationId) throws SQLException {
        if (version == 0 || participants >= capacity) {
            wiring.architecture().step(ELEMENT, ELEMENT, "Generate Domain Events");
            return outcome(false);
        }
        return commit(tx, "PARTICIPANT_COUNTED", Map.of("registrationId", registrationId));
    }

    private Outcome commit(Connection tx, String type, Map<String, String> fields) throws SQLException {
        List<StoredEvent> generated = new ArrayList<>();
        wiring.architecture().step(ELEMENT, ELEMENT, "Generate Domain Events", () -> {
            generated.add(new StoredEvent(eventId, version + 1, type, fields));
            return null;
        });
        for (StoredEvent event : generated) {
            wiring.architecture().step(ELEMENT, EventStore.ELEMENT, "Append Event", () -> {
                wiring.eventStore().append(tx, event);
                return null;
            });
            mutate(event.type(), event.fields());
            version = event.version();
        }
        if (wiring.snapshotDue(version)) {
            SnapshotStore.Snapshot snapshot = new SnapshotStore.Snapshot(eventId, version, Map.of(
                    "capacity", Integer.toString(capacity), "participants", Integer.toString(participants)));
            wiring.architecture().step(ELEMENT, SnapshotStore.ELEMENT, "Save Snapshot", () -> {
                wiring.snapshotStore().save(tx, snapshot);
                return null;
            });
        }
        for (StoredEvent event : generated) {
            wiring.architecture().step(ELEMENT, EventPublisher.ELEMENT, "Publish Event", () -> {
                wiring.publisher().publish(tx, event.aggregateId(), event.version(), event.type(), event.fields());
                return null;
            });
        }
        return outcome(true);
    }

    private void mutate(String type, Map<String, String> fields) {
        switch (type) {
            case "EVENT_SCHEDULED" -> capacity = Integer.parseInt(fields.get("capacity"));
            case "PARTICIPANT_COUNTED" -> participants++;
            default -> throw new IllegalStateException("unknown event " + type + " of " + eventId);
        }
    }

    private Outcome outcome(boolean accepted) {
        return new Outcome(accepted, capacity, participants, version);
    }
}
