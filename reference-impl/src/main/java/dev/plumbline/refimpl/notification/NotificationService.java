package dev.plumbline.refimpl.notification;

import dev.plumbline.refimpl.bus.Bus;
import dev.plumbline.refimpl.bus.Consumer;
import dev.plumbline.refimpl.bus.Message;
import dev.plumbline.refimpl.tracing.Architecture;
import dev.plumbline.refimpl.user.UserService;
import jakarta.mail.MessagingException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Map;
import java.util.Objects;

/**
 * The Notification Service: the welcome email for {@code USER_CREATED}, the confirmation for
 * {@code REGISTRATION_CREATED} and the cancellation for {@code REGISTRATION_CANCELLED}, each followed by
 * {@code NOTIFICATION_SENT}. A failed send fails the delivery, which the bus retries and finally dead-letters; the
 * email is sent before the transaction commits, so a crash in between sends it twice (at least once, never lost).
 */
public final class NotificationService implements Consumer {

    public static final String ELEMENT = "notService";

    private final UserService users;
    private final Bus bus;
    private final Mailer mailer;
    private final Architecture architecture;
    private final Clock clock;

    public NotificationService(UserService users, Bus bus, Mailer mailer, Architecture architecture, Clock clock) {
        this.users = Objects.requireNonNull(users, "users");
        this.bus = Objects.requireNonNull(bus, "bus");
        this.mailer = Objects.requireNonNull(mailer, "mailer");
        this.architecture = Objects.requireNonNull(architecture, "architecture");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public String name() {
        return "notification-service";
    }

    @Override
    public String element() {
        return ELEMENT;
    }

    @Override
    public void accept(Message message, Connection tx) throws SQLException {
        switch (message.type()) {
            case "USER_CREATED" -> notify(tx, message, message.field("email"), "Welcome to the platform",
                    "Hello " + message.field("name") + ",\n\nyour account is ready.\n");
            case "REGISTRATION_CREATED" -> notifyUser(tx, message, "We received your registration",
                    "Your registration " + message.field("registrationId") + " for event "
                            + message.field("eventId") + " is received; a cancellation follows if the event is full.\n");
            case "REGISTRATION_CANCELLED" -> notifyUser(tx, message, "Your registration was cancelled",
                    "Your registration " + message.field("registrationId") + " for event "
                            + message.field("eventId") + " was cancelled: "
                            + message.payload().getOrDefault("reason", "rejected") + ".\n");
            default -> { }
        }
    }

    private void notifyUser(Connection tx, Message message, String subject, String body) throws SQLException {
        String userId = message.field("userId");
        UserService.User user = architecture.step(ELEMENT, UserService.ELEMENT, "Get User Email",
                () -> users.details(userId)).orElseThrow(() -> new IllegalStateException("no user " + userId));
        notify(tx, message, user.email(), subject, body);
    }

    private void notify(Connection tx, Message message, String to, String subject, String body) throws SQLException {
        architecture.step(ELEMENT, ELEMENT, "Send Email", () -> {
            try {
                mailer.send(to, subject, body);
            } catch (MessagingException e) {
                throw new IllegalStateException("sending email to " + to + " failed: " + e.getMessage(), e);
            }
            return null;
        });
        try (PreparedStatement insert = tx.prepareStatement(
                "INSERT INTO notifications (message_id, recipient, subject, body, transport, sent_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?)")) {
            insert.setLong(1, message.id());
            insert.setString(2, to);
            insert.setString(3, subject);
            insert.setString(4, body);
            insert.setString(5, mailer.transport());
            insert.setTimestamp(6, Timestamp.from(clock.instant()));
            insert.executeUpdate();
        }
        bus.publish(tx, ELEMENT, "NOTIFICATION_SENT", message.key(),
                Map.of("about", message.type(), "messageId", Long.toString(message.id())));
    }
}
