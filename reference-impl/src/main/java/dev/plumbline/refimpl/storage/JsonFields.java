package dev.plumbline.refimpl.storage;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The stored form of a message's or an event's fields: a flat JSON object of strings, in insertion order. Written and
 * read with Jackson's streaming API: a message is encoded once and decoded for each of its deliveries, and the
 * object mapper's map binding cost several times as much for these few fields.
 */
public final class JsonFields {

    private static final JsonFactory JSON = new JsonFactory();

    private JsonFields() {
    }

    public static String encode(Map<String, String> fields) {
        StringWriter out = new StringWriter(32 * (fields.size() + 1));
        try (JsonGenerator generator = JSON.createGenerator(out)) {
            generator.writeStartObject();
            for (Map.Entry<String, String> field : fields.entrySet()) {
                generator.writeStringField(field.getKey(), field.getValue());
            }
            generator.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("a StringWriter does not fail", e);
        }
        return out.toString();
    }

    public static Map<String, String> decode(String json) {
        try (JsonParser parser = JSON.createParser(json)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw notFields(json, null);
            }
            Map<String, String> fields = new LinkedHashMap<>();
            for (JsonToken token = parser.nextToken(); token != JsonToken.END_OBJECT; token = parser.nextToken()) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                if (token != JsonToken.FIELD_NAME || (value != JsonToken.VALUE_STRING && value != JsonToken.VALUE_NULL)) {
                    throw notFields(json, null);
                }
                fields.put(name, parser.getValueAsString());
            }
            if (parser.nextToken() != null) {
                throw notFields(json, null);
            }
            return fields;
        } catch (IOException e) {
            throw notFields(json, e);
        }
    }

    private static IllegalStateException notFields(String json, Exception cause) {
        return new IllegalStateException("a stored row holds no JSON object of strings: " + json, cause);
    }
}
