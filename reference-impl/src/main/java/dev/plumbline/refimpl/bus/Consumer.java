package dev.plumbline.refimpl.bus;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * A component that consumes messages. The bus calls it inside a transaction that also records the message as
 * processed by this consumer, so its writes and that record commit together: a message delivered again is skipped.
 * Throwing makes the bus retry with backoff, and dead-letter the message after the last attempt.
 */
public interface Consumer {

    /** A stable name: the key of its deliveries and processed-message records. */
    String name();

    /** The model element this consumer implements, for the delivery's span. */
    String element();

    void accept(Message message, Connection tx) throws SQLException;
}
