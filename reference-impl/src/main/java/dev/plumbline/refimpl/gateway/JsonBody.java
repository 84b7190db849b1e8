package dev.plumbline.refimpl.gateway;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.plumbline.refimpl.rejection.Rejection;
import java.util.Iterator;
import java.util.Set;

/** A request's JSON object, read strictly: exactly the declared fields, each of its declared type. */
final class JsonBody {

    private final JsonNode object;

    private JsonBody(JsonNode object) {
        this.object = object;
    }

    static JsonBody parse(ObjectMapper json, String body, Set<String> fields) {
        JsonNode node;
        try {
            node = body == null || body.isBlank() ? null : json.readTree(body);
        } catch (JsonProcessingException e) {
            throw Rejection.invalid(null, "the body is not valid JSON");
        }
        if (node == null || !node.isObject()) {
            throw Rejection.invalid(null, "the body must be a JSON object");
        }
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!fields.contains(name)) {
                throw Rejection.invalid(name, "unknown field");
            }
        }
        return new JsonBody(node);
    }

    String text(String field) {
        JsonNode value = required(field);
        if (!value.isTextual()) {
            throw Rejection.invalid(field, "must be a string");
        }
        return value.asText();
    }

    int integer(String field) {
        JsonNode value = required(field);
        if (!value.isIntegralNumber() || !value.canConvertToInt()) {
            throw Rejection.invalid(field, "must be an integer");
        }
        return value.intValue();
    }

    private JsonNode required(String field) {
        JsonNode value = object.get(field);
        if (value == null || value.isNull()) {
            throw Rejection.invalid(field, "is required");
        }
        return value;
    }
}
