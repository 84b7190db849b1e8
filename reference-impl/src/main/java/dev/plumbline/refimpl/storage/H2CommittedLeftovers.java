package dev.plumbline.refimpl.storage;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.tx.Transaction;
import org.h2.mvstore.tx.TransactionStore;

/**
 * Finishes the transactions H2 found committed but not yet written out when the database was opened after a crash.
 *
 * <p>H2 marks a transaction committed in its undo log first, then rewrites its rows as committed, then clears the
 * log. A kill between the first and the last step leaves the mark in the file, and on the next open H2 recovers the
 * transaction with the status COMMITTED and should finish it. H2 2.5.252 does not: {@code Transaction.commit()}
 * does nothing when the status already was COMMITTED (the recovery call lost its effect in h2database commit
 * 7fbdc03a, "minor simplification", 2025-12-23; 2.4.240 still finished it). The transaction then stays open for
 * good: readers see its rows as they were before it, and a writer that meets one of its rows loops in
 * {@code TransactionMap.set} for ever (the blocker is "committed", so waiting for it returns at once), across
 * restarts too. This does what H2's recovery meant to do: the commit mark is in the file, so the transaction is
 * committed; its rows are rewritten as committed and its slot is closed. Nothing else is touched.
 *
 * <p>H2 keeps that step package-private, hence the reflection, used only when such a transaction exists (never on
 * a clean start, nor once H2 finishes them itself).
 */
final class H2CommittedLeftovers {

    private H2CommittedLeftovers() {
    }

    /** Finishes every transaction the open H2 database holds as committed but unfinished; returns how many. */
    static int finish(Connection connection) throws SQLException {
        if (!(connection.unwrap(JdbcConnection.class).getSession() instanceof SessionLocal session)) {
            return 0; // jdbc:h2:tcp: the server's process opened the file and is the one to recover it
        }
        TransactionStore store = session.getDatabase().getStore().getTransactionStore();
        List<Transaction> committed = store.getOpenTransactions().stream()
                .filter(t -> t.getStatus() == Transaction.STATUS_COMMITTED).toList();
        if (committed.isEmpty()) {
            return 0;
        }
        try {
            Method commit = TransactionStore.class.getDeclaredMethod("commit", Transaction.class, boolean.class);
            Method end = TransactionStore.class.getDeclaredMethod("endTransaction", Transaction.class, boolean.class);
            commit.setAccessible(true);
            end.setAccessible(true);
            for (Transaction transaction : committed) {
                commit.invoke(store, transaction, true); // true: the undo log already holds the commit mark
                end.invoke(store, transaction, true); // closes the slot and writes the store
            }
        } catch (NoSuchMethodException | IllegalAccessException e) {
            throw new IllegalStateException("H2 holds " + committed.size() + " committed transaction(s) from before"
                    + " a crash that this H2 version does not let the platform finish (" + e + ")", e);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("finishing a committed H2 transaction from before a crash failed",
                    e.getCause());
        }
        return committed.size();
    }
}
