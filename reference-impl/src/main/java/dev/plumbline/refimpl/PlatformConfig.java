package dev.plumbline.refimpl;

import dev.plumbline.refimpl.bus.BusSettings;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * Everything the platform is configured with. {@link #defaults(Path)} is the developer's machine: H2 in the data
 * folder, loopback, any SMTP off (emails logged and recorded), a signing key generated into the data folder.
 *
 * @param jdbcUrl        null for the H2 file {@code <dataDir>/platform}; {@code jdbc:postgresql://...} for PostgreSQL
 * @param smtpHost       null to log and record emails instead of sending them
 * @param jwtKeyFile     a file holding the base64 HS256 key; null for {@code <dataDir>/jwt-signing.key}, made if missing
 */
public record PlatformConfig(Path dataDir, String host, int port, String jdbcUrl, String jdbcUser,
                             String jdbcPassword, int poolSize, String smtpHost, int smtpPort, String smtpFrom,
                             Path jwtKeyFile, Duration tokenLifetime, int bcryptStrength, int snapshotInterval,
                             long maxBodyBytes, BusSettings bus, Clock clock) {

    public PlatformConfig {
        Objects.requireNonNull(dataDir, "dataDir");
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(tokenLifetime, "tokenLifetime");
        Objects.requireNonNull(bus, "bus");
        Objects.requireNonNull(clock, "clock");
    }

    public static PlatformConfig defaults(Path dataDir) {
        return new PlatformConfig(dataDir, "127.0.0.1", 8080, null, "sa", "", 16, null, 25,
                "noreply@plumbline.invalid", null, Duration.ofHours(1), 10, 10, 16 * 1024, BusSettings.defaults(),
                Clock.systemUTC());
    }

    /** The JDBC URL actually used. */
    public String effectiveJdbcUrl() {
        if (jdbcUrl != null) {
            return jdbcUrl;
        }
        // WRITE_DELAY=0: a commit is in the file before it returns, so an accepted registration survives a killed
        // process (H2 otherwise writes up to a second later; the bench's SIGKILL lost them). It does not fsync:
        // surviving power loss is PostgreSQL's job. DB_CLOSE_ON_EXIT=FALSE: the platform closes the database
        // itself, after the bus has stopped, not H2's shutdown hook first. QUERY_CACHE_SIZE: each connection keeps
        // every statement the platform runs (about 35) parsed; H2's default of 8 parsed most of them again each time.
        return "jdbc:h2:file:" + dataDir.toAbsolutePath().resolve("platform") + ";LOCK_TIMEOUT=10000;WRITE_DELAY=0"
                + ";DB_CLOSE_ON_EXIT=FALSE;QUERY_CACHE_SIZE=64";
    }

    public PlatformConfig withPort(int newPort) {
        return edit(b -> b.port = newPort);
    }

    public PlatformConfig withHost(String newHost) {
        return edit(b -> b.host = newHost);
    }

    public PlatformConfig withDatabase(String url, String user, String password) {
        return edit(b -> {
            b.jdbcUrl = url;
            b.jdbcUser = user;
            b.jdbcPassword = password;
        });
    }

    public PlatformConfig withSmtp(String newHost, int newPort) {
        return edit(b -> {
            b.smtpHost = newHost;
            b.smtpPort = newPort;
        });
    }

    public PlatformConfig withSmtpFrom(String from) {
        return edit(b -> b.smtpFrom = from);
    }

    public PlatformConfig withJwtKeyFile(Path file) {
        return edit(b -> b.jwtKeyFile = file);
    }

    public PlatformConfig withBcryptStrength(int strength) {
        return edit(b -> b.bcryptStrength = strength);
    }

    public PlatformConfig withSnapshotInterval(int interval) {
        return edit(b -> b.snapshotInterval = interval);
    }

    public PlatformConfig withBus(BusSettings settings) {
        return edit(b -> b.bus = settings);
    }

    public PlatformConfig withClock(Clock newClock, Duration lifetime) {
        return edit(b -> {
            b.clock = newClock;
            b.tokenLifetime = lifetime;
        });
    }

    private PlatformConfig edit(java.util.function.Consumer<Fields> change) {
        Fields fields = new Fields(this);
        change.accept(fields);
        return fields.build();
    }

    /** The components as mutable fields, for the {@code with} methods to change one or two. */
    private static final class Fields {
        Path dataDir;
        String host;
        int port;
        String jdbcUrl;
        String jdbcUser;
        String jdbcPassword;
        int poolSize;
        String smtpHost;
        int smtpPort;
        String smtpFrom;
        Path jwtKeyFile;
        Duration tokenLifetime;
        int bcryptStrength;
        int snapshotInterval;
        long maxBodyBytes;
        BusSettings bus;
        Clock clock;

        Fields(PlatformConfig c) {
            dataDir = c.dataDir;
            host = c.host;
            port = c.port;
            jdbcUrl = c.jdbcUrl;
            jdbcUser = c.jdbcUser;
            jdbcPassword = c.jdbcPassword;
            poolSize = c.poolSize;
            smtpHost = c.smtpHost;
            smtpPort = c.smtpPort;
            smtpFrom = c.smtpFrom;
            jwtKeyFile = c.jwtKeyFile;
            tokenLifetime = c.tokenLifetime;
            bcryptStrength = c.bcryptStrength;
            snapshotInterval = c.snapshotInterval;
            maxBodyBytes = c.maxBodyBytes;
            bus = c.bus;
            clock = c.clock;
        }

        PlatformConfig build() {
            return new PlatformConfig(dataDir, host, port, jdbcUrl, jdbcUser, jdbcPassword, poolSize, smtpHost,
                    smtpPort, smtpFrom, jwtKeyFile, tokenLifetime, bcryptStrength, snapshotInterval, maxBodyBytes, bus,
                    clock);
        }
    }
}
