package dev.plumbline.refimpl.storage;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Objects;
import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The platform's one JDBC database: a connection pool, the Flyway migrations, and one transaction per command.
 * H2 (file) by default; any {@code jdbc:postgresql:} URL selects PostgreSQL with the same schema.
 */
public final class Database implements AutoCloseable {

    /** A unit of work inside one transaction. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Connection tx) throws SQLException;
    }

    private static final Logger LOG = LoggerFactory.getLogger(Database.class);

    private final HikariDataSource pool;

    private Database(HikariDataSource pool) {
        this.pool = pool;
    }

    /** Opens the pool and brings the schema up to date. */
    public static Database open(String jdbcUrl, String user, String password, int poolSize) {
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(jdbcUrl);
        config.setUsername(user);
        config.setPassword(password);
        config.setMaximumPoolSize(poolSize);
        config.setAutoCommit(false);
        config.setTransactionIsolation("TRANSACTION_READ_COMMITTED");
        config.setPoolName("plumbline");
        HikariDataSource pool = new HikariDataSource(config);
        try {
            if (jdbcUrl.startsWith("jdbc:h2:")) {
                finishCommittedLeftovers(pool);
            }
            // db/h2 holds the migrations that only H2 needs (its version numbers are left out on PostgreSQL).
            String[] locations = jdbcUrl.startsWith("jdbc:h2:")
                    ? new String[] {"classpath:db/migration", "classpath:db/h2"} : new String[] {"classpath:db/migration"};
            Flyway.configure().dataSource(pool).locations(locations).loggers("slf4j").load().migrate();
        } catch (RuntimeException e) {
            pool.close();
            throw e;
        }
        return new Database(pool);
    }

    /** Before anything reads or writes: see {@link H2CommittedLeftovers}. */
    private static void finishCommittedLeftovers(HikariDataSource pool) {
        try (Connection connection = pool.getConnection()) {
            int finished = H2CommittedLeftovers.finish(connection);
            if (finished > 0) {
                LOG.warn("H2 held {} committed transaction(s) from before a crash unfinished; finished them", finished);
            }
        } catch (SQLException e) {
            throw new StorageException(e);
        }
    }

    /** Runs {@code work} in one transaction: committed if it returns, rolled back if it throws. */
    public <T> T inTransaction(Work<T> work) {
        try (Connection tx = pool.getConnection()) {
            try {
                T result = work.run(tx);
                tx.commit();
                return result;
            } catch (SQLException | RuntimeException | Error e) {
                tx.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new StorageException(e);
        }
    }

    /** Whether the failure is a unique-key violation (the same SQL state on H2 and PostgreSQL). */
    public static boolean isDuplicateKey(SQLException e) {
        return "23505".equals(e.getSQLState());
    }

    @Override
    public void close() {
        pool.close();
    }
}
