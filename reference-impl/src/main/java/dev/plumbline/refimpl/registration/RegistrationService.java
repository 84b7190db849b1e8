package dev.plumbline.refimpl.registration;

import dev.plumbline.refimpl.bus.Bus;
import dev.plumbline.refimpl.bus.Consumer;
import dev.plumbline.refimpl.bus.Message;
import dev.plumbline.refimpl.rejection.Rejection;
import dev.plumbline.refimpl.storage.Database;
import dev.plumbline.refimpl.storage.StorageException;
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
 * The Registration Service: creates registrations for events it knows (from {@code EVENT_CREATED}), and compensates
 * a registration the Event Service rejected by cancelling it ({@code REGISTRATION_CANCELLED}).
 */
public final class RegistrationService implements Consumer {

    public static final String ELEMENT = "regService";
    private static final String STORE = "regDB";

    /** A registration as the API returns it: {@code CREATED}, or {@code CANCELLED} after compensation. */
    public record Registration(String id, String eventId, String userId, String status) { }

    private final Database database;
    private final Bus bus;
    private final Architecture architecture;
    private final Clock clock;
    private final TimeOrderedIds ids;

    public RegistrationService(Database database, Bus bus, Architecture architecture, Clock clock) {
        this.database = Objects.requireNonNull(database, "database");
        this.bus = Objects.requireNonNull(bus, "bus");
        this.architecture = Objects.requireNonNull(architecture, "architecture");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.ids = new TimeOrderedIds(clock);
    }

    /** Registers {@code userId} (authenticated by the gateway) for {@code eventId}. */
    public Registration register(String userId, String eventId) {
        Registration registration = new Registration(ids.next(), eventId, userId, "CREATED");
        try {
            return database.inTransaction(tx -> {
                architecture.step(ELEMENT, ELEMENT, "Validate Event and User", () -> {
                    if (!knownEvent(tx, eventId)) {
                        throw Rejection.notFound("eventId", "no such event");
                    }
                    return null;
                });
                architecture.step(ELEMENT, STORE, "Save Registration", () -> insert(tx, registration));
                // Ordered by event: the event service counts one event's registrations one at a time.
                bus.publish(tx, ELEMENT, "REGISTRATION_CREATED", registration.id(), eventId, Map.of(
                        "registrationId", registration.id(), "eventId", eventId, "userId", userId));
                return registration;
            });
        } catch (StorageException e) {
            if (Database.isDuplicateKey(e.sqlCause())) {
                throw Rejection.conflict("eventId", "already registered for this event");
            }
            throw e;
        }
    }

    /** A registration, to the user who made it. */
    public Optional<Registration> find(String id, String userId) {
        return database.inTransaction(tx -> {
            try (PreparedStatement select = tx.prepareStatement(
                    "SELECT id, event_id, user_id, status FROM registrations WHERE id = ? AND user_id = ?")) {
                select.setString(1, id);
                select.setString(2, userId);
                try (ResultSet rows = select.executeQuery()) {
                    return rows.next() ? Optional.of(new Registration(rows.getString(1), rows.getString(2),
                            rows.getString(3), rows.getString(4))) : Optional.<Registration>empty();
                }
            }
        });
    }

    @Override
    public String name() {
        return "registration-service";
    }

    @Override
    public String element() {
        return ELEMENT;
    }

    @Override
    public void accept(Message message, Connection tx) throws SQLException {
        switch (message.type()) {
            case "EVENT_CREATED" -> rememberEvent(tx, message.field("eventId"));
            case "REGISTRATION_REJECTED" -> compensate(tx, message);
            default -> { }
        }
    }

    private void compensate(Connection tx, Message rejection) throws SQLException {
        String registrationId = rejection.field("registrationId");
        Optional<String[]> cancelled = architecture.step(ELEMENT, ELEMENT, "Refund/Cancel", () -> {
            try (PreparedStatement update = tx.prepareStatement(
                    "UPDATE registrations SET status = 'CANCELLED', updated_at = ? WHERE id = ? AND status = 'CREATED'")) {
                update.setTimestamp(1, Timestamp.from(clock.instant()));
                update.setString(2, registrationId);
                if (update.executeUpdate() == 0) {
                    return Optional.<String[]>empty();
                }
            }
            try (PreparedStatement select = tx.prepareStatement(
                    "SELECT event_id, user_id FROM registrations WHERE id = ?")) {
                select.setString(1, registrationId);
                try (ResultSet rows = select.executeQuery()) {
                    rows.next();
                    return Optional.of(new String[] {rows.getString(1), rows.getString(2)});
                }
            }
        });
        if (cancelled.isPresent()) {
            bus.publish(tx, ELEMENT, "REGISTRATION_CANCELLED", registrationId, Map.of(
                    "registrationId", registrationId, "eventId", cancelled.get()[0], "userId", cancelled.get()[1],
                    "reason", rejection.payload().getOrDefault("reason", "rejected")));
        }
    }

    private static void rememberEvent(Connection tx, String eventId) throws SQLException {
        if (knownEvent(tx, eventId)) {
            return;
        }
        try (PreparedStatement insert = tx.prepareStatement(
                "INSERT INTO registration_known_events (event_id) VALUES (?)")) {
            insert.setString(1, eventId);
            insert.executeUpdate();
        }
    }

    private static boolean knownEvent(Connection tx, String eventId) throws SQLException {
        try (PreparedStatement select = tx.prepareStatement(
                "SELECT 1 FROM registration_known_events WHERE event_id = ?")) {
            select.setString(1, eventId);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next();
            }
        }
    }

    private Void insert(Connection tx, Registration registration) throws SQLException {
        Timestamp now = Timestamp.from(clock.instant());
        try (PreparedStatement insert = tx.prepareStatement(
                "INSERT INTO registrations (id, event_id, user_id, status, created_at, updated_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, registration.id());
            insert.setString(2, registration.eventId());
            insert.setString(3, registration.userId());
            insert.setString(4, registration.status());
            insert.setTimestamp(5, now);
            insert.setTimestamp(6, now);
            insert.executeUpdate();
        }
        return null;
    }
}
