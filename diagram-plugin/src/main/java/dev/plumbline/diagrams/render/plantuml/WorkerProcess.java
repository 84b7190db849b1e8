package dev.plumbline.diagrams.render.plantuml;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.BufferedReader;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** The parent's handle on one worker JVM. Used by one thread at a time (the pool hands it out). */
final class WorkerProcess {

    /** The worker died or broke the protocol; {@code getMessage()} says how, for the user. */
    static final class WorkerDiedException extends Exception {
        WorkerDiedException(String message) {
            super(message);
        }
    }

    private static final int STDERR_LINES_KEPT = 20;

    private final Process process;
    private final DataOutputStream toWorker;
    private final DataInputStream fromWorker;
    private final Deque<String> stderrTail = new ArrayDeque<>();

    private WorkerProcess(Process process) {
        this.process = process;
        this.toWorker = new DataOutputStream(new BufferedOutputStream(process.getOutputStream(), 1 << 16));
        this.fromWorker = new DataInputStream(new BufferedInputStream(process.getInputStream(), 1 << 16));
        Thread.ofVirtual().name("plantuml-worker-stderr-" + process.pid()).start(this::drainStderr);
    }

    /** Starts a worker and waits until it has warmed up; kills it if that takes longer than the limit. */
    static WorkerProcess start(List<String> command, Duration startupTimeout) throws WorkerDiedException {
        Objects.requireNonNull(command, "command");
        Process process;
        try {
            process = new ProcessBuilder(command).start();
        } catch (IOException e) {
            throw new WorkerDiedException("cannot start PlantUML worker " + command.get(0) + ": " + e.getMessage());
        }
        WorkerProcess worker = new WorkerProcess(process);
        try {
            worker.withDeadline(() -> {
                Frames.readReady(worker.fromWorker);
                return null;
            }, startupTimeout);
        } catch (TimeoutException e) {
            worker.kill();
            throw new WorkerDiedException("PlantUML worker did not start within " + startupTimeout.toSeconds()
                    + " s" + worker.stderrSummary());
        }
        return worker;
    }

    /**
     * Sends one request and waits for the reply. On timeout the whole worker process tree is killed (the caller
     * must replace it) and TimeoutException is thrown.
     */
    Frames.Reply exchange(Frames.Request request, Duration timeout) throws TimeoutException, WorkerDiedException {
        try {
            return withDeadline(() -> {
                Frames.writeRequest(toWorker, request);
                return Frames.readReply(fromWorker);
            }, timeout);
        } catch (TimeoutException e) {
            kill();
            throw e;
        }
    }

    long pid() {
        return process.pid();
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** Ends the worker politely: closing stdin tells it to exit; it is killed if it does not. */
    void stop() {
        try {
            toWorker.close();
        } catch (IOException ignored) {
            // It is going away either way.
        }
        try {
            // a worker's first exit may write the class-data archive later workers start from: give it time
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                kill();
            }
        } catch (InterruptedException e) {
            kill();
            Thread.currentThread().interrupt();
        }
    }

    /** Kills the worker and everything it started: Graphviz dot loops on as an orphan otherwise. */
    void kill() {
        List<ProcessHandle> descendants = process.descendants().toList();
        process.destroyForcibly();
        descendants.forEach(ProcessHandle::destroyForcibly);
        try {
            process.waitFor(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private <T> T withDeadline(Callable<T> io, Duration timeout) throws TimeoutException, WorkerDiedException {
        FutureTask<T> task = new FutureTask<>(io);
        Thread.ofVirtual().name("plantuml-worker-io-" + process.pid()).start(task);
        try {
            return task.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            kill();
            Thread.currentThread().interrupt();
            throw new WorkerDiedException("interrupted while waiting for the PlantUML worker");
        } catch (ExecutionException e) {
            kill();
            throw new WorkerDiedException(deathMessage(e.getCause()));
        }
    }

    private String deathMessage(Throwable cause) {
        try {
            process.waitFor(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        String how = process.isAlive() ? "broke the protocol (" + cause.getMessage() + ")"
                : "exited with code " + process.exitValue();
        return "PlantUML worker (pid " + process.pid() + ") " + how + stderrSummary();
    }

    private String stderrSummary() {
        synchronized (stderrTail) {
            return stderrTail.isEmpty() ? "" : "; its last output: " + String.join(" | ", stderrTail);
        }
    }

    private void drainStderr() {
        try (BufferedReader err = new BufferedReader(
                new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = err.readLine()) != null) {
                synchronized (stderrTail) {
                    if (stderrTail.size() == STDERR_LINES_KEPT) {
                        stderrTail.removeFirst();
                    }
                    stderrTail.addLast(line.strip());
                }
            }
        } catch (IOException ignored) {
            // The worker is gone; what was read so far is kept.
        }
    }
}
