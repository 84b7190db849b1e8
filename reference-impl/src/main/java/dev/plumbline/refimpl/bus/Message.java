package dev.plumbline.refimpl.bus;

import java.util.Map;
import java.util.Objects;

/**
 * A domain event on the bus: its outbox id (the consumers' idempotency key), its type such as
 * {@code REGISTRATION_CREATED}, the id of the thing it is about, and its fields.
 */
public record Message(long id, String type, String key, Map<String, String> payload) {

    public Message {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(key, "key");
        payload = Map.copyOf(payload);
    }

    public String field(String name) {
        String value = payload.get(name);
        if (value == null) {
            throw new IllegalStateException(type + " " + id + " has no field " + name);
        }
        return value;
    }
}
