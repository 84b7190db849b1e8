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
        // The platform closes the database itself, after the bus has stopped: not H2's own shutdown hook first.
        return "jdbc:h2:file:" + dataDir.toAbsolutePath().resolve("platform") + ";LOCK_TIMEOUT=10000"
                + ";DB_CLOSE_ON_EXIT=FALSE";
    }

    public PlatformConfig withPort(int newPort) {
        return new PlatformConfig(dataDir, host, newPort, jdbcUrl, jdbcUser, jdbcPassword, poolSize, smtpHost,
                smtpPort, smtpFrom, jwtKeyFile, tokenLifetime, bcryptStrength, snapshotInterval, maxBodyBytes, bus,
                clock);
    }

    public PlatformConfig withDatabase(String url, String user, String password) {
        return new PlatformConfig(dataDir, host, port, url, user, password, poolSize, smtpHost, smtpPort, smtpFrom,
                jwtKeyFile, tokenLifetime, bcryptStrength, snapshotInterval, maxBodyBytes, bus, clock);
    }

    public PlatformConfig withSmtp(String newHost, int newPort) {
        return new PlatformConfig(dataDir, host, port, jdbcUrl, jdbcUser, jdbcPassword, poolSize, newHost, newPort,
                smtpFrom, jwtKeyFile, tokenLifetime, bcryptStrength, snapshotInterval, maxBodyBytes, bus, clock);
    }

    public PlatformConfig withJwtKeyFile(Path file) {
        return new PlatformConfig(dataDir, host, port, jdbcUrl, jdbcUser, jdbcPassword, poolSize, smtpHost, smtpPort,
                smtpFrom, file, tokenLifetime, bcryptStrength, snapshotInterval, maxBodyBytes, bus, clock);
    }

    public PlatformConfig withBcryptStrength(int strength) {
        return new PlatformConfig(dataDir, host, port, jdbcUrl, jdbcUser, jdbcPassword, poolSize, smtpHost, smtpPort,
                smtpFrom, jwtKeyFile, tokenLifetime, strength, snapshotInterval, maxBodyBytes, bus, clock);
    }

    public PlatformConfig withSnapshotInterval(int interval) {
        return new PlatformConfig(dataDir, host, port, jdbcUrl, jdbcUser, jdbcPassword, poolSize, smtpHost, smtpPort,
                smtpFrom, jwtKeyFile, tokenLifetime, bcryptStrength, interval, maxBodyBytes, bus, clock);
    }

    public PlatformConfig withBus(BusSettings settings) {
        return new PlatformConfig(dataDir, host, port, jdbcUrl, jdbcUser, jdbcPassword, poolSize, smtpHost, smtpPort,
                smtpFrom, jwtKeyFile, tokenLifetime, bcryptStrength, snapshotInterval, maxBodyBytes, settings, clock);
    }

    public PlatformConfig withClock(Clock newClock, Duration lifetime) {
        return new PlatformConfig(dataDir, host, port, jdbcUrl, jdbcUser, jdbcPassword, poolSize, smtpHost, smtpPort,
                smtpFrom, jwtKeyFile, lifetime, bcryptStrength, snapshotInterval, maxBodyBytes, bus, newClock);
    }
}
