package dev.plumbline.refimpl.bus;

import java.sql.Connection;
import java.sql.SQLException;

/** Where the bus hands a message whose consumer failed on every attempt; called in the transaction marking it dead. */
public interface DeadLetterSink {

    void deadLettered(Connection tx, Message message, String consumer, String consumerElement, int attempts,
                      String error) throws SQLException;
}
