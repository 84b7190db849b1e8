package dev.plumbline.refimpl;

import dev.plumbline.refimpl.bus.BusSettings;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The platform started in process for a test, on a random loopback port, with its spans recorded in memory. Fast
 * settings: bcrypt at its lowest cost, a short bus backoff, three attempts before the dead-letter queue.
 */
final class TestPlatform implements AutoCloseable {

    private final InMemorySpanExporter spans = InMemorySpanExporter.create();
    private final OpenTelemetrySdk telemetry = OpenTelemetrySdk.builder()
            .setTracerProvider(SdkTracerProvider.builder().addSpanProcessor(SimpleSpanProcessor.create(spans)).build())
            .build();
    private final Platform platform;
    final Api api;

    private TestPlatform(PlatformConfig config) {
        platform = Platform.start(config, telemetry);
        api = new Api(platform.url());
    }

    static PlatformConfig config(Path dataDir) {
        BusSettings bus = BusSettings.defaults().withMaxAttempts(3).withBaseBackoff(Duration.ofMillis(20));
        return PlatformConfig.defaults(dataDir).withPort(0).withBcryptStrength(4).withSnapshotInterval(3)
                .withBus(bus);
    }

    /** The default test platform: H2 in {@code dataDir}. */
    static TestPlatform start(Path dataDir) {
        return start(dataDir, UnaryOperator.identity());
    }

    static TestPlatform start(Path dataDir, UnaryOperator<PlatformConfig> adjust) {
        return new TestPlatform(adjust.apply(config(dataDir)));
    }

    static TestPlatform startWith(PlatformConfig config) {
        return new TestPlatform(config);
    }

    /** Waits until the bus has delivered everything, then returns the spans recorded so far. */
    List<SpanData> quiet() {
        try {
            if (!platform.awaitQuiet(Duration.ofSeconds(20))) {
                throw new AssertionError("the bus did not deliver everything within 20 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        // The bus is idle once the last delivery's status is committed, a moment before that delivery's span ends:
        // wait until every recorded span's parent is recorded too, so no step loses the delivery it belongs to.
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (true) {
            List<SpanData> finished = spans.getFinishedSpanItems();
            java.util.Set<String> ids = new java.util.HashSet<>();
            finished.forEach(s -> ids.add(s.getSpanId()));
            boolean complete = finished.stream().allMatch(s -> !s.getParentSpanContext().isValid()
                    || ids.contains(s.getParentSpanId()));
            if (complete || System.nanoTime() > deadline) {
                return finished;
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return finished;
            }
        }
    }

    dev.plumbline.refimpl.storage.Database database() {
        return platform.database();
    }

    void clearSpans() {
        quiet();
        spans.reset();
    }

    /** One number from the database, e.g. {@code SELECT COUNT(*) FROM users}. */
    long count(String sql, Object... parameters) {
        return platform.database().inTransaction(tx -> {
            try (PreparedStatement query = tx.prepareStatement(sql)) {
                for (int i = 0; i < parameters.length; i++) {
                    query.setObject(i + 1, parameters[i]);
                }
                try (ResultSet rows = query.executeQuery()) {
                    rows.next();
                    return rows.getLong(1);
                }
            }
        });
    }

    @Override
    public void close() {
        platform.close();
        telemetry.close();
    }
}
