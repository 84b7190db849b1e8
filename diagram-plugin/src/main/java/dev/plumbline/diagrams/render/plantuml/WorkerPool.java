package dev.plumbline.diagrams.render.plantuml;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/** A fixed number of warm workers; a worker that had to be killed is replaced in the background. */
final class WorkerPool {

    private final List<String> command;
    private final Duration startupTimeout;
    private final BlockingQueue<WorkerProcess> idle = new LinkedBlockingQueue<>();
    private final Set<WorkerProcess> all = ConcurrentHashMap.newKeySet();
    // Workers running or being started; when it drops to 0 nobody may wait for a worker any more.
    private final AtomicInteger live = new AtomicInteger();
    private final AtomicReference<String> lastStartFailure = new AtomicReference<>("");
    private volatile boolean closed;

    private WorkerPool(List<String> command, Duration startupTimeout) {
        this.command = List.copyOf(command);
        this.startupTimeout = Objects.requireNonNull(startupTimeout, "startupTimeout");
    }

    /** Starts {@code size} workers in parallel and waits for all of them; fails if any cannot start. */
    static WorkerPool start(List<String> command, int size, Duration startupTimeout) {
        WorkerPool pool = new WorkerPool(command, startupTimeout);
        List<Thread> starters = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            pool.live.incrementAndGet();
            starters.add(Thread.ofVirtual().start(pool::startOne));
        }
        try {
            for (Thread starter : starters) {
                starter.join();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            pool.close();
            throw new IllegalStateException("interrupted while starting PlantUML workers");
        }
        if (pool.live.get() < size) {
            pool.close();
            throw new IllegalStateException(pool.lastStartFailure.get());
        }
        return pool;
    }

    /** An idle worker, waiting for one if all are busy. */
    WorkerProcess acquire() throws WorkerProcess.WorkerDiedException {
        try {
            while (true) {
                if (closed) {
                    throw new IllegalStateException("the PlantUML renderer is closed");
                }
                if (live.get() == 0) {
                    throw new WorkerProcess.WorkerDiedException(
                            "no PlantUML worker is running: " + lastStartFailure.get());
                }
                WorkerProcess worker = idle.poll(100, TimeUnit.MILLISECONDS);
                if (worker != null) {
                    return worker;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new WorkerProcess.WorkerDiedException("interrupted while waiting for a PlantUML worker");
        }
    }

    /** Returns a worker after use; one that has died meanwhile is replaced. */
    void release(WorkerProcess worker) {
        if (closed) {
            worker.stop();
        } else if (worker.isAlive()) {
            idle.add(worker);
        } else {
            replace(worker);
        }
    }

    /** Kills the worker (if it still runs) and starts a fresh one in the background. */
    void replace(WorkerProcess worker) {
        all.remove(worker);
        worker.kill();
        if (closed) {
            live.decrementAndGet();
            return;
        }
        Thread.ofVirtual().name("plantuml-worker-replacement").start(this::startOne);
    }

    List<Long> pids() {
        return all.stream().map(WorkerProcess::pid).sorted().toList();
    }

    void close() {
        closed = true;
        for (WorkerProcess worker : all) {
            worker.stop();
        }
        all.clear();
        idle.clear();
    }

    // Counts as live while starting; gives the count back if the start fails.
    private void startOne() {
        try {
            WorkerProcess worker = WorkerProcess.start(command, startupTimeout);
            if (closed) {
                worker.stop();
                return;
            }
            all.add(worker);
            idle.add(worker);
        } catch (WorkerProcess.WorkerDiedException e) {
            lastStartFailure.set(e.getMessage());
            live.decrementAndGet();
        }
    }
}
