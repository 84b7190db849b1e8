package dev.plumbline.refimpl.rejection;

import java.util.Objects;

/**
 * A command the platform refuses, with the reason a client can act on: the gateway answers it with the status of
 * its {@link Kind} and {@code {"error": message, "field": field}}. Thrown before anything is written, or inside the
 * command's transaction, which is then rolled back.
 */
public final class Rejection extends RuntimeException {

    /** Why, in HTTP's terms. */
    public enum Kind {
        INVALID(400), UNAUTHORIZED(401), FORBIDDEN(403), NOT_FOUND(404), CONFLICT(409), TOO_LARGE(413);

        private final int status;

        Kind(int status) {
            this.status = status;
        }

        public int status() {
            return status;
        }
    }

    private final Kind kind;
    private final String field;

    public Rejection(Kind kind, String field, String message) {
        super(Objects.requireNonNull(message, "message"), null, false, false);
        this.kind = Objects.requireNonNull(kind, "kind");
        this.field = field;
    }

    public static Rejection invalid(String field, String message) {
        return new Rejection(Kind.INVALID, field, message);
    }

    public static Rejection notFound(String field, String message) {
        return new Rejection(Kind.NOT_FOUND, field, message);
    }

    public static Rejection conflict(String field, String message) {
        return new Rejection(Kind.CONFLICT, field, message);
    }

    public static Rejection unauthorized(String message) {
        return new Rejection(Kind.UNAUTHORIZED, null, message);
    }

    public Kind kind() {
        return kind;
    }

    /** The request field at fault, null if none is. */
    public String field() {
        return field;
    }
}
