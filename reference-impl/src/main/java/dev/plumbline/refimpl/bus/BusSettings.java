package dev.plumbline.refimpl.bus;

import java.time.Duration;
import java.util.Objects;

/**
 * How the dispatcher works: partitions (one thread each; a message key always lands in the same one, so one key's
 * messages are applied one at a time), attempts before the dead-letter queue, and the exponential backoff between
 * attempts ({@code base * 2^(attempt-1)}, at most {@code maxBackoff}).
 */
public record BusSettings(int partitions, int maxAttempts, Duration baseBackoff, Duration maxBackoff,
                          Duration idlePoll, int batchSize) {

    public BusSettings {
        Objects.requireNonNull(baseBackoff, "baseBackoff");
        Objects.requireNonNull(maxBackoff, "maxBackoff");
        Objects.requireNonNull(idlePoll, "idlePoll");
        if (partitions < 1 || maxAttempts < 1 || batchSize < 1) {
            throw new IllegalArgumentException("partitions, maxAttempts and batchSize must be at least 1");
        }
    }

    public static BusSettings defaults() {
        return new BusSettings(4, 5, Duration.ofMillis(200), Duration.ofSeconds(30), Duration.ofMillis(20), 100);
    }

    public BusSettings withMaxAttempts(int attempts) {
        return new BusSettings(partitions, attempts, baseBackoff, maxBackoff, idlePoll, batchSize);
    }

    public BusSettings withBaseBackoff(Duration backoff) {
        return new BusSettings(partitions, maxAttempts, backoff, maxBackoff, idlePoll, batchSize);
    }

    Duration backoffAfter(int attempt) {
        long millis = baseBackoff.toMillis() << Math.min(attempt - 1, 20);
        return Duration.ofMillis(Math.min(millis, maxBackoff.toMillis()));
    }
}
