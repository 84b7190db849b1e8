package dev.plumbline.refimpl.storage;

import java.sql.SQLException;

/** A database failure no command can recover from; the transaction it happened in was rolled back. */
public final class StorageException extends RuntimeException {

    public StorageException(SQLException cause) {
        super(cause.getMessage(), cause);
    }

    public SQLException sqlCause() {
        return (SQLException) getCause();
    }
}
