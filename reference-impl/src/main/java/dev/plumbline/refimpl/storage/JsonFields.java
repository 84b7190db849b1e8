package dev.plumbline.refimpl.storage;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;

/** The stored form of a message's or an event's fields: a flat JSON object of strings, in insertion order. */
public final class JsonFields {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<LinkedHashMap<String, String>> FIELDS = new TypeReference<>() { };

    private JsonFields() {
    }

    public static String encode(Map<String, String> fields) {
        try {
            return JSON.writeValueAsString(new LinkedHashMap<>(fields));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("fields", e);
        }
    }

    public static Map<String, String> decode(String json) {
        try {
            return JSON.readValue(json, FIELDS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored row holds no JSON object of strings: " + json, e);
        }
    }
}
