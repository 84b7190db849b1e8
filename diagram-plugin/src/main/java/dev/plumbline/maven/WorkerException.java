package dev.plumbline.maven;

/** The worker JVM could not be started or reported failure; the message is meant for the user as is. */
final class WorkerException extends Exception {
    WorkerException(String message) {
        super(message);
    }
}
