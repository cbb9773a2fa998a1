package com.bytenite.sdk.runtime;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import com.google.gson.internal.LazilyParsedNumber;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import java.io.IOException;
import java.io.StringReader;

/**
 * Reads JSON text into a tree with Gson's streaming reader only. {@code JsonParser} would do the
 * same through Gson's type adapters, whose first use loads dozens of classes: start time a
 * component pays once per chunk (BENCHMARKS.md). Numbers keep their exact text.
 */
final class JsonTrees {
    private JsonTrees() {
    }

    /** @throws IOException for malformed JSON, with Gson's line, column and path */
    static JsonElement parse(String text) throws IOException {
        JsonReader reader = new JsonReader(new StringReader(text));
        JsonElement value = read(reader);
        if (reader.peek() != JsonToken.END_DOCUMENT) {
            throw new IOException("unexpected content after the JSON value at " + reader.getPath());
        }
        return value;
    }

    private static JsonElement read(JsonReader in) throws IOException {
        switch (in.peek()) {
            case BEGIN_OBJECT: {
                JsonObject o = new JsonObject();
                in.beginObject();
                while (in.hasNext()) {
                    o.add(in.nextName(), read(in));
                }
                in.endObject();
                return o;
            }
            case BEGIN_ARRAY: {
                JsonArray a = new JsonArray();
                in.beginArray();
                while (in.hasNext()) {
                    a.add(read(in));
                }
                in.endArray();
                return a;
            }
            case STRING:
                return new JsonPrimitive(in.nextString());
            case NUMBER:
                return new JsonPrimitive(new LazilyParsedNumber(in.nextString()));
            case BOOLEAN:
                return new JsonPrimitive(in.nextBoolean());
            case NULL:
                in.nextNull();
                return JsonNull.INSTANCE;
            default:
                throw new IOException("unexpected " + in.peek() + " at " + in.getPath());
        }
    }
}
