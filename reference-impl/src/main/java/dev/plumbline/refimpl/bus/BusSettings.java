package dev.plumbline.refimpl.bus;

import java.time.Duration;
import java.util.Objects;

/**
 * How the dispatcher works: partitions (one thread each; a message key always lands in the same one, so one key's
 * messages are applied one at a time), attempts before the dead-letter queue, and the exponential backoff between
 * attempts ({@code base * 2^(attempt-1)}, at most {@code maxBackoff}).
 *
 * @param batchWait how long a partition waits after a batch that was not full before it takes the next: a batch is
 *                  one transaction, and on H2 one write to the file, so a few milliseconds more per delivery buy
 *                  fewer, larger writes (Kafka consumers wait likewise, {@code fetch.max.wait.ms})
 */
public record BusSettings(int partitions, int maxAttempts, Duration baseBackoff, Duration maxBackoff,
                          Duration idlePoll, int batchSize, Duration batchWait) {

    public BusSettings {
        Objects.requireNonNull(baseBackoff, "baseBackoff");
        Objects.requireNonNull(maxBackoff, "maxBackoff");
        Objects.requireNonNull(idlePoll, "idlePoll");
        Objects.requireNonNull(batchWait, "batchWait");
        if (partitions < 1 || maxAttempts < 1 || batchSize < 1) {
            throw new IllegalArgumentException("partitions, maxAttempts and batchSize must be at least 1");
        }
    }

    public static BusSettings defaults() {
        // Two partitions for two cores; more threads only took turns at H2's store lock, each with its own commit.
        return new BusSettings(2, 5, Duration.ofMillis(200), Duration.ofSeconds(30), Duration.ofMillis(20), 100,
                Duration.ofMillis(50));
    }

    public BusSettings withMaxAttempts(int attempts) {
        return new BusSettings(partitions, attempts, baseBackoff, maxBackoff, idlePoll, batchSize, batchWait);
    }

    public BusSettings withBaseBackoff(Duration backoff) {
        return new BusSettings(partitions, maxAttempts, backoff, maxBackoff, idlePoll, batchSize, batchWait);
    }

    Duration backoffAfter(int attempt) {
        long millis = baseBackoff.toMillis() << Math.min(attempt - 1, 20);
        return Duration.ofMillis(Math.min(millis, maxBackoff.toMillis()));
    }
}
