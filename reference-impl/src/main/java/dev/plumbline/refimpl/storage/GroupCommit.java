package dev.plumbline.refimpl.storage;

import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * Group commit: units of work that callers hand in at the same time run in one transaction, each behind a savepoint
 * of its own, and every caller returns only once that transaction committed. On H2 a commit writes the changed pages
 * to the file, most of what a small command costs; one commit for the commands that arrived together pays it once.
 * A unit that throws rolls back to its savepoint and its caller gets the failure; the others are not affected. No
 * caller waits for a group to fill: whoever finds the queue non-empty and a group slot free runs what is queued.
 */
final class GroupCommit {

    private static final class Pending {
        final Database.Work<?> work;
        final Context context;
        boolean done;
        Object result;
        Throwable failure;

        Pending(Database.Work<?> work, Context context) {
            this.work = work;
            this.context = context;
        }
    }

    private final DataSource connections;
    private final int maxGroups;
    private final int maxGroupSize;
    private final ArrayDeque<Pending> queue = new ArrayDeque<>();
    private int running;

    GroupCommit(DataSource connections, int maxGroups, int maxGroupSize) {
        this.connections = connections;
        this.maxGroups = maxGroups;
        this.maxGroupSize = maxGroupSize;
    }

    @SuppressWarnings("unchecked")
    <T> T run(Database.Work<T> work) {
        Pending mine = new Pending(work, Context.current());
        List<Pending> group = new ArrayList<>();
        synchronized (this) {
            queue.add(mine);
        }
        while (true) {
            group.clear();
            synchronized (this) {
                while (!mine.done && (running >= maxGroups || queue.isEmpty())) {
                    try {
                        wait();
                    } catch (InterruptedException e) {
                        // Not taken yet: withdraw. Taken: its group decides, so wait for the outcome regardless.
                        if (queue.remove(mine)) {
                            Thread.currentThread().interrupt();
                            throw new IllegalStateException("interrupted before the transaction began", e);
                        }
                        Thread.currentThread().interrupt();
                    }
                }
                if (mine.done) {
                    break;
                }
                running++;
                while (!queue.isEmpty() && group.size() < maxGroupSize) {
                    group.add(queue.poll());
                }
            }
            try {
                commit(group);
            } finally {
                synchronized (this) {
                    running--;
                    for (Pending pending : group) {
                        pending.done = true;
                    }
                    notifyAll();
                }
            }
        }
        if (mine.failure instanceof RuntimeException e) {
            throw e;
        }
        if (mine.failure instanceof Error e) {
            throw e;
        }
        if (mine.failure instanceof SQLException e) {
            throw new StorageException(e);
        }
        return (T) mine.result;
    }

    /** Runs a group in one transaction; sets each unit's result or failure (read under the lock, after done). */
    private void commit(List<Pending> group) {
        try (Connection tx = connections.getConnection()) {
            try {
                for (Pending pending : group) {
                    // Named: H2 runs a savepoint as an SQL command; one name is one statement to parse.
                    Savepoint before = tx.setSavepoint("work");
                    try (Scope ignored = pending.context.makeCurrent()) {
                        pending.result = pending.work.run(tx);
                        tx.releaseSavepoint(before);
                    } catch (SQLException | RuntimeException e) {
                        tx.rollback(before);
                        pending.failure = e;
                    }
                }
                tx.commit();
            } catch (SQLException | RuntimeException | Error e) {
                tx.rollback();
                throw e;
            }
        } catch (SQLException | RuntimeException | Error e) {
            // The group as a whole did not commit: none of what its units did is stored.
            for (Pending pending : group) {
                if (pending.failure == null) {
                    pending.result = null;
                    pending.failure = e;
                }
            }
        }
    }
}
