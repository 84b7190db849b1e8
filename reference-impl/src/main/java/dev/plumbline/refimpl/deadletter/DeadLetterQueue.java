package dev.plumbline.refimpl.deadletter;

import dev.plumbline.refimpl.audit.AuditService;
import dev.plumbline.refimpl.bus.DeadLetterSink;
import dev.plumbline.refimpl.bus.Message;
import dev.plumbline.refimpl.tracing.Architecture;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Objects;

/**
 * The Dead Letter Queue: a message whose consumer failed on every attempt stays in the outbox marked dead (so
 * nothing is lost), and is reported to the Audit Service, which lists it and can replay it.
 */
public final class DeadLetterQueue implements DeadLetterSink {

    public static final String ELEMENT = "dlq";

    private final AuditService audit;
    private final Architecture architecture;

    public DeadLetterQueue(AuditService audit, Architecture architecture) {
        this.audit = Objects.requireNonNull(audit, "audit");
        this.architecture = Objects.requireNonNull(architecture, "architecture");
    }

    @Override
    public void deadLettered(Connection tx, Message message, String consumer, String consumerElement, int attempts,
                             String error) throws SQLException {
        architecture.step(ELEMENT, AuditService.ELEMENT, "Log Failure", () -> {
            audit.recordFailure(tx, message, consumer, attempts, error);
            return null;
        });
    }
}
