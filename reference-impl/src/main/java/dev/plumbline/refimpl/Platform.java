package dev.plumbline.refimpl;

import dev.plumbline.refimpl.aggregate.Participations;
import dev.plumbline.refimpl.audit.AuditService;
import dev.plumbline.refimpl.bus.Bus;
import dev.plumbline.refimpl.commandhandler.CommandHandler;
import dev.plumbline.refimpl.deadletter.DeadLetterQueue;
import dev.plumbline.refimpl.event.EventService;
import dev.plumbline.refimpl.eventstore.EventStore;
import dev.plumbline.refimpl.gateway.Gateway;
import dev.plumbline.refimpl.notification.Mailer;
import dev.plumbline.refimpl.notification.NotificationService;
import dev.plumbline.refimpl.projection.ReadModelProjection;
import dev.plumbline.refimpl.publisher.EventPublisher;
import dev.plumbline.refimpl.registration.RegistrationService;
import dev.plumbline.refimpl.snapshotstore.SnapshotStore;
import dev.plumbline.refimpl.storage.Database;
import dev.plumbline.refimpl.tracing.Architecture;
import dev.plumbline.refimpl.user.UserService;
import io.opentelemetry.api.OpenTelemetry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Objects;

/**
 * The event-registration platform in one JVM: every container of the model wired to the ones its relationships name,
 * the bus started, the gateway serving. Closing it stops the gateway, then the bus, then the database.
 */
public final class Platform implements AutoCloseable {

    private final Database database;
    private final Bus bus;
    private final Gateway gateway;
    private final int port;
    private final String host;

    private Platform(Database database, Bus bus, Gateway gateway, String host, int port) {
        this.database = database;
        this.bus = bus;
        this.gateway = gateway;
        this.host = host;
        this.port = port;
    }

    /** Starts the platform; {@code openTelemetry} receives the architecture spans ({@link OpenTelemetry#noop()} for none). */
    public static Platform start(PlatformConfig config, OpenTelemetry openTelemetry) {
        Objects.requireNonNull(config, "config");
        try {
            Files.createDirectories(config.dataDir());
        } catch (IOException e) {
            throw new UncheckedIOException("creating the data folder " + config.dataDir(), e);
        }
        byte[] signingKey = SigningKey.load(config.jwtKeyFile(), config.dataDir());
        Architecture architecture = new Architecture(openTelemetry);
        Database database = Database.open(config.effectiveJdbcUrl(), config.jdbcUser(), config.jdbcPassword(),
                config.poolSize());
        Bus bus = new Bus(database, architecture, config.clock(), config.bus());
        try {
            UserService users = new UserService(database, bus, architecture, config.clock(), signingKey,
                    config.tokenLifetime(), config.bcryptStrength());
            ReadModelProjection readModel = new ReadModelProjection(database, architecture);
            EventStore eventStore = new EventStore(architecture, config.clock());
            SnapshotStore snapshotStore = new SnapshotStore(architecture);
            Participations aggregates = new Participations(eventStore, snapshotStore,
                    new EventPublisher(readModel, architecture), architecture, config.snapshotInterval());
            CommandHandler handler = new CommandHandler(eventStore, snapshotStore, aggregates, architecture);
            EventService events = new EventService(database, bus, handler, architecture, config.clock());
            RegistrationService registrations = new RegistrationService(database, bus, architecture, config.clock());
            Mailer mailer = config.smtpHost() == null ? Mailer.logOnly()
                    : Mailer.smtp(config.smtpHost(), config.smtpPort(), config.smtpFrom());
            NotificationService notifications = new NotificationService(users, bus, mailer, architecture,
                    config.clock());
            AuditService audit = new AuditService(database, bus, architecture, config.clock());

            bus.subscribe(events, "REGISTRATION_CREATED");
            bus.subscribe(notifications, "USER_CREATED", "REGISTRATION_CREATED", "REGISTRATION_CANCELLED");
            bus.subscribe(registrations, "EVENT_CREATED", "REGISTRATION_REJECTED");
            bus.subscribe(audit, Bus.EVERY_TYPE);
            bus.start(new DeadLetterQueue(audit, architecture));

            Gateway gateway = new Gateway(new Gateway.Routes(users, events, registrations, audit, readModel),
                    architecture, bus::pendingDeliveries, config.host(), config.port(), config.maxBodyBytes());
            int port = gateway.start();
            return new Platform(database, bus, gateway, config.host(), port);
        } catch (RuntimeException e) {
            bus.close();
            database.close();
            throw e;
        }
    }

    public int port() {
        return port;
    }

    /** The base URL it serves, e.g. {@code http://127.0.0.1:8080}. */
    public String url() {
        return "http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port;
    }

    /** Waits until the bus has delivered everything pending; false if {@code timeout} passed first. */
    public boolean awaitQuiet(java.time.Duration timeout) throws InterruptedException {
        return bus.awaitIdle(timeout);
    }

    /** The database, for tests and the bench to check what was written. */
    public Database database() {
        return database;
    }

    @Override
    public void close() {
        gateway.close();
        bus.close();
        database.close();
    }
}
