package dev.plumbline.refimpl;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;

/**
 * The persistence contract on a real PostgreSQL server, each test in a schema of its own (see {@link Postgres}:
 * skipped without a server on a developer's machine, failed without one in CI).
 */
class PostgresPersistenceTest extends PersistenceContract {

    private String schemaUrl;

    @Override
    PlatformConfig configure(Path dataDir) {
        if (schemaUrl == null) {
            schemaUrl = Postgres.freshSchema();
        }
        return TestPlatform.config(dataDir).withDatabase(schemaUrl, Postgres.user(), Postgres.password());
    }

    @Override
    @AfterEach
    void stop() {
        super.stop();
        if (schemaUrl != null) {
            Postgres.drop(schemaUrl);
        }
    }
}
