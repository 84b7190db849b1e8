package dev.plumbline.refimpl.bus;

import dev.plumbline.refimpl.storage.Database;
import dev.plumbline.refimpl.storage.JsonFields;
import dev.plumbline.refimpl.storage.StorageException;
import dev.plumbline.refimpl.tracing.Architecture;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Delivers the outbox: one thread per partition, each taking its due deliveries in message order. */
final class Dispatcher {

    private static final Logger LOG = LoggerFactory.getLogger(Dispatcher.class);
    static final String DEAD_LETTER_QUEUE = "dlq";

    private record Delivery(Message message, String consumer, int attempts, String traceParent) { }

    private final Database database;
    private final Architecture architecture;
    private final Clock clock;
    private final BusSettings settings;
    private final Map<String, Consumer> consumers;
    private final DeadLetterSink deadLetters;
    private final List<Thread> threads = new ArrayList<>();
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition work = lock.newCondition();
    private volatile boolean running = true;

    Dispatcher(Database database, Architecture architecture, Clock clock, BusSettings settings,
               Map<String, Consumer> consumers, DeadLetterSink deadLetters) {
        this.database = database;
        this.architecture = architecture;
        this.clock = clock;
        this.settings = settings;
        this.consumers = Map.copyOf(consumers);
        this.deadLetters = deadLetters;
    }

    void start() {
        for (int partition = 0; partition < settings.partitions(); partition++) {
            int p = partition;
            Thread thread = Thread.ofPlatform().name("bus-partition-" + p).daemon().unstarted(() -> run(p));
            threads.add(thread);
            thread.start();
        }
    }

    void wake() {
        lock.lock();
        try {
            work.signalAll();
        } finally {
            lock.unlock();
        }
    }

    void stop() {
        running = false;
        wake();
        for (Thread thread : threads) {
            try {
                thread.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private void run(int partition) {
        while (running) {
            try {
                List<Delivery> due = due(partition);
                if (due.isEmpty()) {
                    idle();
                } else {
                    deliverAll(due);
                    if (due.size() < settings.batchSize()) {
                        Thread.sleep(settings.batchWait());
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                running = false;
            } catch (RuntimeException e) {
                // The database is unreachable or closing: back off and try again, unless stopping.
                if (running) {
                    LOG.warn("bus partition {}: {}", partition, e.getMessage());
                    idle();
                }
            }
        }
    }

    /**
     * Delivers a batch in one transaction, each delivery behind a savepoint: a consumer that fails rolls back only
     * its own work, and its retry or dead letter is recorded in the same transaction. Every delivery still commits
     * together with its processed-message record; the batch shares the commit, which on H2 is a write to the file and
     * most of what a delivery costs. If the batch as a whole cannot commit, each delivery is tried alone.
     */
    private void deliverAll(List<Delivery> due) {
        try {
            database.inTransaction(tx -> {
                for (Delivery delivery : due) {
                    if (!running) {
                        break; // the ones delivered so far commit; the rest stay pending for the next start
                    }
                    deliver(delivery, tx);
                }
                return null;
            });
        } catch (RuntimeException e) {
            if (!running) {
                return; // stopping: the pool is closing under the batch; delivered after restart
            }
            LOG.warn("a batch of {} deliveries did not commit ({}); delivering them one by one", due.size(),
                    e.getMessage());
            for (Delivery delivery : due) {
                if (!running) {
                    return;
                }
                try {
                    deliver(delivery, null);
                } catch (SQLException alone) {
                    throw new StorageException(alone);
                }
            }
        }
    }

    private void idle() {
        lock.lock();
        try {
            work.await(settings.idlePoll().toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        } finally {
            lock.unlock();
        }
    }

    private List<Delivery> due(int partition) {
        return database.inTransaction(tx -> {
            try (PreparedStatement select = tx.prepareStatement(
                    "SELECT o.id, o.type, o.message_key, o.payload, o.trace_parent, d.consumer, d.attempts"
                            + " FROM deliveries d JOIN outbox o ON o.id = d.message_id"
                            + " WHERE d.status = 'PENDING' AND d.partition_no = ? AND d.next_attempt_at <= ?"
                            // In the order of the index deliveries_pending (status and partition are fixed here):
                            // the scan stops after a batch, however long the backlog, instead of sorting all of it.
                            + " ORDER BY d.status, d.partition_no, d.message_id, d.consumer"
                            + " FETCH FIRST " + settings.batchSize() + " ROWS ONLY")) {
                select.setInt(1, partition);
                select.setTimestamp(2, Timestamp.from(clock.instant()));
                List<Delivery> due = new ArrayList<>();
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        Message message = new Message(rows.getLong(1), rows.getString(2), rows.getString(3),
                                JsonFields.decode(rows.getString(4)));
                        due.add(new Delivery(message, rows.getString(6), rows.getInt(7), rows.getString(5)));
                    }
                }
                return due;
            }
        });
    }

    /** Delivers one message to one consumer: in {@code batch} behind a savepoint, or (null) in a transaction of its own. */
    private void deliver(Delivery delivery, Connection batch) throws SQLException {
        Consumer consumer = consumers.get(delivery.consumer());
        if (consumer == null) {
            LOG.warn("no consumer {} for message {}; left pending", delivery.consumer(), delivery.message().id());
            return;
        }
        Message message = delivery.message();
        String deliveryKey = message.id() + "/" + consumer.name();
        architecture.delivery(delivery.traceParent(), deliveryKey, Bus.ELEMENT, consumer.element(), message.type(), () -> {
            if (batch != null) {
                // Named: H2 runs a savepoint as an SQL command, and an unnamed one gets a new name, so a new
                // statement to parse each time, which pushed the platform's own statements out of H2's cache.
                Savepoint before = batch.setSavepoint("delivery");
                try {
                    apply(batch, delivery, consumer);
                    batch.releaseSavepoint(before);
                } catch (SQLException | RuntimeException e) {
                    if (!running) {
                        throw e; // stopping: not the consumer's failure; the batch rolls back, delivered after restart
                    }
                    batch.rollback(before);
                    failed(batch, delivery, consumer, e);
                }
                return null;
            }
            try {
                database.inTransaction(tx -> {
                    apply(tx, delivery, consumer);
                    return null;
                });
            } catch (RuntimeException e) {
                if (!running) {
                    // Stopping: the pool is closing under the consumer. Not its failure; delivered after restart.
                    return null;
                }
                database.inTransaction(tx -> {
                    failed(tx, delivery, consumer, e);
                    return null;
                });
            }
            return null;
        });
    }

    private void apply(Connection tx, Delivery delivery, Consumer consumer) throws SQLException {
        Message message = delivery.message();
        if (markProcessed(tx, consumer, message)) {
            consumer.accept(message, tx);
        }
        finish(tx, message, consumer, "DONE", delivery.attempts() + 1, null, clock.instant());
    }

    /** Records the message as processed by {@code consumer}; false if it already was (a redelivery). */
    private boolean markProcessed(Connection tx, Consumer consumer, Message message) throws SQLException {
        // One statement for the check and the record: it inserts nothing when the record exists. A concurrent
        // second delivery of the same message (none is made: one partition thread per key) would fail on the key.
        try (PreparedStatement insert = tx.prepareStatement(
                "INSERT INTO processed_events (consumer, message_id, processed_at)"
                        // Typed: PostgreSQL does not take a select list's parameter types from the target columns.
                        + " SELECT CAST(? AS VARCHAR(50)), CAST(? AS BIGINT), CAST(? AS TIMESTAMP)"
                        + " WHERE NOT EXISTS (SELECT 1 FROM processed_events WHERE consumer = ? AND message_id = ?)")) {
            insert.setString(1, consumer.name());
            insert.setLong(2, message.id());
            insert.setTimestamp(3, Timestamp.from(clock.instant()));
            insert.setString(4, consumer.name());
            insert.setLong(5, message.id());
            return insert.executeUpdate() == 1;
        }
    }

    private void failed(Connection tx, Delivery delivery, Consumer consumer, Exception failure) throws SQLException {
        Message message = delivery.message();
        int attempts = delivery.attempts() + 1;
        String error = describe(failure);
        if (attempts >= settings.maxAttempts()) {
            LOG.warn("{} gave up on {} {} after {} attempts: {}", consumer.name(), message.type(), message.id(),
                    attempts, error);
            finish(tx, message, consumer, "DEAD", attempts, error, clock.instant());
            architecture.step(consumer.element(), DEAD_LETTER_QUEUE, "Send to DLQ", () -> {
                deadLetters.deadLettered(tx, message, consumer.name(), consumer.element(), attempts, error);
                return null;
            });
        } else {
            architecture.step(consumer.element(), consumer.element(), "Retry Processing");
            finish(tx, message, consumer, "PENDING", attempts, error,
                    clock.instant().plus(settings.backoffAfter(attempts)));
        }
    }

    private static void finish(Connection tx, Message message, Consumer consumer, String status, int attempts,
                               String error, java.time.Instant next) throws SQLException {
        try (PreparedStatement update = tx.prepareStatement(
                "UPDATE deliveries SET status = ?, attempts = ?, last_error = ?, next_attempt_at = ?"
                        + " WHERE message_id = ? AND consumer = ?")) {
            update.setString(1, status);
            update.setInt(2, attempts);
            update.setString(3, error);
            update.setTimestamp(4, Timestamp.from(next));
            update.setLong(5, message.id());
            update.setString(6, consumer.name());
            update.executeUpdate();
        }
    }

    /** The consumer's own message and, when deeper, the root cause: what an operator reads first. */
    private static String describe(Throwable failure) {
        Throwable own = failure instanceof StorageException && failure.getCause() != null ? failure.getCause() : failure;
        Throwable root = own;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String text = own.getClass().getSimpleName() + ": " + own.getMessage();
        if (root != own) {
            text += " (root cause " + root.getClass().getSimpleName() + ": " + root.getMessage() + ")";
        }
        return text.length() > 1000 ? text.substring(0, 1000) : text;
    }
}
