package dev.plumbline.refimpl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.plumbline.refimpl.storage.Database;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A process killed while H2 finishes a commit: the database it leaves behind, opened again by the platform, shows
 * the committed transaction whole and lets it be written again (bench/README.md, the fault phase's stall).
 */
class H2CrashRecoveryTest {

    private static final int ROWS = 200_000;

    @TempDir
    Path data;

    @Test
    void a_transaction_killed_while_its_commit_was_written_is_whole_and_writable_after_the_restart() throws Exception {
        Path image = crashImage();
        String url = "jdbc:h2:file:" + image.resolve("platform") + ";LOCK_TIMEOUT=2000;WRITE_DELAY=0"
                + ";DB_CLOSE_ON_EXIT=FALSE";
        try (Connection plain = DriverManager.getConnection(url, "sa", "")) {
            // What H2 2.5.252 alone makes of it: the commit half visible. If this fails, H2 finishes such
            // transactions itself now and storage.H2CommittedLeftovers can go.
            assertThat(updatedRows(plain)).as("rows of the committed update that H2 alone shows")
                    .isBetween(1, ROWS - 1);
        }
        try (Database database = Database.open(url, "sa", "", 2)) {
            assertThat(database.inTransaction(H2CrashRecoveryTest::updatedRows)).isEqualTo(ROWS);
            int written = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> database.inTransaction(tx -> {
                try (Statement sql = tx.createStatement()) {
                    return sql.executeUpdate("UPDATE crash.t SET v = 2 WHERE id = " + (ROWS - 1));
                }
            }), "a writer on the last row of the recovered transaction loops in H2's TransactionMap.set");
            assertThat(written).isEqualTo(1);
        }
        try (Database reopened = Database.open(url, "sa", "", 2)) {
            assertThat(reopened.inTransaction(H2CrashRecoveryTest::updatedRows)).as("after a clean restart")
                    .isEqualTo(ROWS);
        }
    }

    private static int updatedRows(Connection connection) throws SQLException {
        try (Statement sql = connection.createStatement();
             ResultSet rows = sql.executeQuery("SELECT COUNT(*) FROM crash.t WHERE v >= 1")) {
            rows.next();
            return rows.getInt(1);
        }
    }

    /**
     * Runs {@link KilledMidCommit} until it has left a database whose last write happened during a commit (the
     * timing depends on the machine; it almost always does at the first try).
     */
    private Path crashImage() throws IOException, InterruptedException {
        String java = ProcessHandle.current().info().command().orElseThrow();
        for (int attempt = 1; attempt <= 5; attempt++) {
            Path image = Files.createDirectories(data.resolve("attempt-" + attempt));
            Process child = new ProcessBuilder(List.of(java, "-cp", System.getProperty("java.class.path"),
                    KilledMidCommit.class.getName(), image.resolve("platform").toString(), String.valueOf(ROWS)))
                    .redirectErrorStream(true).redirectOutput(image.resolveSibling("attempt-" + attempt + ".log")
                            .toFile()).start();
            if (!child.waitFor(120, TimeUnit.SECONDS)) {
                child.destroyForcibly();
                throw new IllegalStateException("the crashing child did not end within 120 s");
            }
            if (child.exitValue() == 0) {
                return image;
            }
        }
        throw new IllegalStateException("five children committed before their write mid-commit; see " + data);
    }

    /**
     * The crash: one session updates every row and commits; while H2 rewrites the rows as committed (the moment
     * another session sees the update), that session commits too, which writes the store with the commit half
     * done, and the process halts as a SIGKILL would leave it. Exit 0 when it halted mid-commit.
     */
    public static final class KilledMidCommit {
        public static void main(String[] args) throws Exception {
            String url = "jdbc:h2:file:" + args[0] + ";WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE";
            int rows = Integer.parseInt(args[1]);
            try (Connection setup = DriverManager.getConnection(url, "sa", "");
                 Statement sql = setup.createStatement()) {
                // Its own schema: the platform's Flyway then finds PUBLIC empty and migrates as on a first start.
                sql.execute("CREATE SCHEMA crash");
                sql.execute("CREATE TABLE crash.t (id INT PRIMARY KEY, v INT NOT NULL)");
                sql.execute("CREATE TABLE crash.side (id INT PRIMARY KEY)");
                sql.execute("INSERT INTO crash.t SELECT X, 0 FROM SYSTEM_RANGE(0, " + (rows - 1) + ")");
            }
            Connection big = DriverManager.getConnection(url, "sa", "");
            big.setAutoCommit(false);
            try (Statement sql = big.createStatement()) {
                sql.executeUpdate("UPDATE crash.t SET v = 1");
            }
            Connection other = DriverManager.getConnection(url, "sa", "");
            Thread.ofPlatform().daemon().start(() -> {
                try (PreparedStatement last = other.prepareStatement("SELECT v FROM crash.t WHERE id = " + (rows - 1));
                     Statement write = other.createStatement()) {
                    boolean committing = false;
                    while (!committing) {
                        try (ResultSet row = last.executeQuery()) {
                            committing = row.next() && row.getInt(1) == 1;
                        }
                    }
                    write.executeUpdate("INSERT INTO crash.side VALUES 1"); // autocommit: H2 writes its store
                    Runtime.getRuntime().halt(0);
                } catch (SQLException e) {
                    e.printStackTrace();
                    Runtime.getRuntime().halt(3);
                }
            });
            big.commit();
            Runtime.getRuntime().halt(4); // the commit was done before the other session wrote: try again
        }
    }
}
