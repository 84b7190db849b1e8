package dev.plumbline.refimpl;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;

/**
 * The PostgreSQL server the persistence tests run against: {@code -Dplumbline.postgres.url=jdbc:postgresql://...}
 * (with {@code plumbline.postgres.user} and {@code .password}); {@code .ci/run} starts one and sets it. Without it a
 * PostgreSQL test is skipped on a developer's machine and fails in CI ({@code CI=true}): it never passes unrun.
 */
final class Postgres {

    private Postgres() {
    }

    static Optional<String> jdbcUrlFromProperties() {
        String url = System.getProperty("plumbline.postgres.url", "").strip();
        return url.isEmpty() ? Optional.empty() : Optional.of(url);
    }

    static String user() {
        return System.getProperty("plumbline.postgres.user", "plumbline");
    }

    static String password() {
        return System.getProperty("plumbline.postgres.password", "plumbline");
    }

    /** A new, empty schema on the server, as a JDBC URL selecting it; skips or fails when there is no server. */
    static String freshSchema() {
        String url = jdbcUrlFromProperties().orElse(null);
        boolean ci = "true".equalsIgnoreCase(System.getenv("CI"));
        if (url == null) {
            if (ci) {
                throw new AssertionError("CI=true but no PostgreSQL server: set -Dplumbline.postgres.url (.ci/run does)");
            }
            Assumptions.abort("no PostgreSQL server: set -Dplumbline.postgres.url to run the PostgreSQL tests");
        }
        String schema = "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        try (Connection connection = DriverManager.getConnection(url, user(), password());
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE SCHEMA " + schema);
        } catch (SQLException e) {
            throw new AssertionError("PostgreSQL at " + url + " is not reachable: " + e.getMessage(), e);
        }
        return url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    static void drop(String schemaUrl) {
        String schema = schemaUrl.substring(schemaUrl.lastIndexOf('=') + 1);
        try (Connection connection = DriverManager.getConnection(jdbcUrlFromProperties().orElseThrow(), user(),
                password()); Statement statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA " + schema + " CASCADE");
        } catch (SQLException e) {
            throw new AssertionError("dropping " + schema + ": " + e.getMessage(), e);
        }
    }
}
