package org.hearth.testsupport;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.List;

/** Reading JSON answers in tests. */
public final class Json {

    private Json() {
    }

    public static JsonObject object(String json) {
        try (JsonReader reader = jakarta.json.Json.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }

    public static List<JsonObject> items(String json) {
        return object(json).getJsonArray("items").getValuesAs(JsonObject.class);
    }

    public static List<String> strings(JsonArray array) {
        return array.getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }

    /** A JSON string literal for {@code text}, quotes included. */
    public static String quote(String text) {
        return jakarta.json.Json.createValue(text).toString();
    }

    public static boolean isNull(JsonObject object, String key) {
        return object.get(key) == null || object.get(key).getValueType() == JsonValue.ValueType.NULL;
    }
}
