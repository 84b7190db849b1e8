package dev.plumbline.refimpl.event;

import dev.plumbline.refimpl.bus.Bus;
import dev.plumbline.refimpl.bus.Consumer;
import dev.plumbline.refimpl.bus.Message;
import dev.plumbline.refimpl.commandhandler.CommandHandler;
import dev.plumbline.refimpl.rejection.Rejection;
import dev.plumbline.refimpl.storage.Database;
import dev.plumbline.refimpl.storage.TimeOrderedIds;
import dev.plumbline.refimpl.tracing.Architecture;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The Event Service: events with a capacity and a participant count. It counts each {@code REGISTRATION_CREATED}
 * through the event-sourced participation aggregate and answers {@code EVENT_UPDATED}, or
 * {@code REGISTRATION_REJECTED} when the event is full.
 */
public final class EventService implements Consumer {

    public static final String ELEMENT = "eventService";
    private static final String STORE = "eventDB";
    static final int MAX_CAPACITY = 100_000;

    /** An event as the API returns it. */
    public record Event(String id, String name, int capacity, int participants) { }

    private final Database database;
    private final Bus bus;
    private final CommandHandler handler;
    private final Architecture architecture;
    private final Clock clock;
    private final TimeOrderedIds ids;

    public EventService(Database database, Bus bus, CommandHandler handler, Architecture architecture, Clock clock) {
        this.database = Objects.requireNonNull(database, "database");
        this.bus = Objects.requireNonNull(bus, "bus");
        this.handler = Objects.requireNonNull(handler, "handler");
        this.architecture = Objects.requireNonNull(architecture, "architecture");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.ids = new TimeOrderedIds(clock);
    }

    public Event create(String userId, String name, int capacity) {
        if (name.isBlank() || name.strip().length() > 200) {
            throw Rejection.invalid("name", "an event name has 1 to 200 characters");
        }
        if (capacity < 1 || capacity > MAX_CAPACITY) {
            throw Rejection.invalid("capacity", "the capacity is between 1 and " + MAX_CAPACITY);
        }
        Event event = new Event(ids.next(), name.strip(), capacity, 0);
        return database.inTransaction(tx -> {
            architecture.step(ELEMENT, STORE, "Save Event", () -> insert(tx, event, userId));
            architecture.step(ELEMENT, CommandHandler.ELEMENT, "Schedule Event",
                    () -> handler.scheduleEvent(tx, event.id(), capacity));
            bus.publish(tx, ELEMENT, "EVENT_CREATED", event.id(),
                    Map.of("eventId", event.id(), "name", event.name(), "capacity", Integer.toString(capacity)));
            return event;
        });
    }

    public Optional<Event> find(String id) {
        return database.inTransaction(tx -> {
            try (PreparedStatement select = tx.prepareStatement(
                    "SELECT id, name, capacity, participants FROM events WHERE id = ?")) {
                select.setString(1, id);
                try (ResultSet rows = select.executeQuery()) {
                    return rows.next()
                            ? Optional.of(new Event(rows.getString(1), rows.getString(2), rows.getInt(3), rows.getInt(4)))
                            : Optional.<Event>empty();
                }
            }
        });
    }

    @Override
    public String name() {
        return "event-service";
    }

    @Override
    public String element() {
        return ELEMENT;
    }

    @Override
    public void accept(Message message, Connection tx) throws SQLException {
        if (!"REGISTRATION_CREATED".equals(message.type())) {
            return;
        }
        String eventId = message.field("eventId");
        String registrationId = message.field("registrationId");
        CommandHandler.Result outcome = architecture.step(ELEMENT, CommandHandler.ELEMENT, "Count Participant",
                () -> handler.countParticipant(tx, eventId, registrationId));
        if (outcome.accepted()) {
            architecture.step(ELEMENT, STORE, "Increment Participant Count",
                    () -> updateCount(tx, eventId, outcome.participants()));
            bus.publish(tx, ELEMENT, "EVENT_UPDATED", eventId, Map.of("eventId", eventId,
                    "registrationId", registrationId, "participants", Integer.toString(outcome.participants())));
        } else {
            architecture.step(ELEMENT, ELEMENT, "Event Capacity Exceeded");
            bus.publish(tx, ELEMENT, "REGISTRATION_REJECTED", registrationId, Map.of("registrationId",
                    registrationId, "eventId", eventId, "reason", "the event is full"));
        }
    }

    private Void insert(Connection tx, Event event, String userId) throws SQLException {
        try (PreparedStatement insert = tx.prepareStatement(
                "INSERT INTO events (id, name, capacity, participants, created_by, created_at) VALUES (?, ?, ?, 0, ?, ?)")) {
            insert.setString(1, event.id());
            insert.setString(2, event.name());
            insert.setInt(3, event.capacity());
            insert.setString(4, userId);
            insert.setTimestamp(5, Timestamp.from(clock.instant()));
            insert.executeUpdate();
        }
        return null;
    }

    private static Void updateCount(Connection tx, String eventId, int participants) throws SQLException {
        try (PreparedStatement update = tx.prepareStatement("UPDATE events SET participants = ? WHERE id = ?")) {
            update.setInt(1, participants);
            update.setString(2, eventId);
            update.executeUpdate();
        }
        return null;
    }
}
