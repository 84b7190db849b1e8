package dev.plumbline.refimpl;

import java.nio.file.Path;

/** The persistence contract on the default database: H2 in a file of the data folder. */
class H2PersistenceTest extends PersistenceContract {

    @Override
    PlatformConfig configure(Path dataDir) {
        return TestPlatform.config(dataDir);
    }
}
