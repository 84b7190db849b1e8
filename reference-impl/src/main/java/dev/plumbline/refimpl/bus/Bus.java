package dev.plumbline.refimpl.bus;

import dev.plumbline.refimpl.storage.Database;
import dev.plumbline.refimpl.storage.JsonFields;
import dev.plumbline.refimpl.tracing.Architecture;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The event bus as a transactional outbox: {@link #publish} writes the message and one delivery per subscribed
 * consumer in the caller's transaction, so a message exists exactly when the state change that caused it committed.
 * The {@link Dispatcher} then delivers each at least once; consumers are idempotent through their processed-message
 * records. A Kafka adapter would replace the dispatcher: relay the outbox rows to a topic per type and run each
 * {@link Consumer} in a consumer group, keeping the processed-message records (README, "Scaling out").
 */
public final class Bus implements AutoCloseable {

    /** The model element publishing and delivering goes through. */
    public static final String ELEMENT = "kafka";
    /** Subscribes to every message type, as the audit log does. */
    public static final String EVERY_TYPE = "*";

    private final Database database;
    private final Architecture architecture;
    private final Clock clock;
    private final BusSettings settings;
    private final Map<String, List<Consumer>> subscribers = new LinkedHashMap<>();
    private final List<Consumer> consumers = new CopyOnWriteArrayList<>();
    private Dispatcher dispatcher;

    public Bus(Database database, Architecture architecture, Clock clock, BusSettings settings) {
        this.database = Objects.requireNonNull(database, "database");
        this.architecture = Objects.requireNonNull(architecture, "architecture");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    /** Subscribes {@code consumer} to messages of the given types; before {@link #start}. */
    public synchronized void subscribe(Consumer consumer, String... types) {
        Objects.requireNonNull(consumer, "consumer");
        if (dispatcher != null) {
            throw new IllegalStateException("subscribe before start");
        }
        for (String type : types) {
            subscribers.computeIfAbsent(type, t -> new ArrayList<>()).add(consumer);
        }
        if (!consumers.contains(consumer)) {
            consumers.add(consumer);
        }
    }

    /** Starts delivering; messages left by an earlier run (a crash included) are delivered first. */
    public synchronized void start(DeadLetterSink sink) {
        Objects.requireNonNull(sink, "sink");
        Map<String, Consumer> byName = new LinkedHashMap<>();
        consumers.forEach(c -> byName.put(c.name(), c));
        dispatcher = new Dispatcher(database, architecture, clock, settings, byName, sink);
        dispatcher.start();
    }

    /**
     * Publishes {@code type} about {@code key} from {@code from} (a model element) in the caller's transaction:
     * recorded as the step {@code from -> kafka: Publish TYPE}. Messages with the same key are delivered to a
     * consumer one at a time, in order.
     */
    public void publish(Connection tx, String from, String type, String key, Map<String, String> payload)
            throws SQLException {
        publish(tx, from, type, key, key, payload);
    }

    /**
     * Publishes with an ordering key of its own (Kafka's partition key): messages with the same ordering key are
     * delivered one at a time, in order, so a consumer updating one aggregate per ordering key never races itself.
     */
    public void publish(Connection tx, String from, String type, String key, String orderingKey,
                        Map<String, String> payload) throws SQLException {
        List<Consumer> targets;
        synchronized (this) {
            targets = new ArrayList<>(subscribers.getOrDefault(type, List.of()));
            subscribers.getOrDefault(EVERY_TYPE, List.of()).stream().filter(c -> !targets.contains(c))
                    .forEach(targets::add);
        }
        int partition = Math.floorMod(orderingKey.hashCode(), settings.partitions());
        architecture.step(from, ELEMENT, "Publish " + type, () -> {
            insert(tx, type, key, partition, payload, targets);
            return null;
        });
        Dispatcher current = dispatcher;
        if (current != null) {
            current.wake();
        }
    }

    private void insert(Connection tx, String type, String key, int partition, Map<String, String> payload,
                        List<Consumer> targets) throws SQLException {
        Timestamp now = Timestamp.from(clock.instant());
        long id;
        try (PreparedStatement insert = tx.prepareStatement(
                "INSERT INTO outbox (type, message_key, payload, trace_parent, published_at) VALUES (?, ?, ?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            insert.setString(1, type);
            insert.setString(2, key);
            insert.setString(3, JsonFields.encode(payload));
            insert.setString(4, architecture.traceParent());
            insert.setTimestamp(5, now);
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                id = keys.getLong(1);
            }
        }
        try (PreparedStatement delivery = tx.prepareStatement(
                "INSERT INTO deliveries (message_id, consumer, partition_no, status, attempts, next_attempt_at)"
                        + " VALUES (?, ?, ?, 'PENDING', 0, ?)")) {
            for (Consumer consumer : targets) {
                delivery.setLong(1, id);
                delivery.setString(2, consumer.name());
                delivery.setInt(3, partition);
                delivery.setTimestamp(4, now);
                delivery.addBatch();
            }
            delivery.executeBatch();
        }
    }

    /** Sends a dead-lettered message to {@code consumer} again, from a fresh first attempt. */
    public boolean replay(Connection tx, long messageId, String consumer) throws SQLException {
        try (PreparedStatement update = tx.prepareStatement(
                "UPDATE deliveries SET status = 'PENDING', attempts = 0, next_attempt_at = ?, last_error = NULL"
                        + " WHERE message_id = ? AND consumer = ? AND status = 'DEAD'")) {
            update.setTimestamp(1, Timestamp.from(clock.instant()));
            update.setLong(2, messageId);
            update.setString(3, consumer);
            boolean replayed = update.executeUpdate() == 1;
            if (replayed && dispatcher != null) {
                dispatcher.wake();
            }
            return replayed;
        }
    }

    /** How many deliveries are waiting, retries scheduled later included. */
    public int pendingDeliveries() {
        return database.inTransaction(tx -> {
            try (PreparedStatement count = tx.prepareStatement(
                    "SELECT COUNT(*) FROM deliveries WHERE status = 'PENDING'");
                 ResultSet rows = count.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        });
    }

    /** Waits until no delivery is pending (retries scheduled later included); false if {@code timeout} passed first. */
    public boolean awaitIdle(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (pendingDeliveries() == 0) {
                return true;
            }
            Thread.sleep(10);
        }
        return false;
    }

    @Override
    public void close() {
        Dispatcher current;
        synchronized (this) {
            current = dispatcher;
            dispatcher = null;
        }
        if (current != null) {
            current.stop();
        }
    }
}
