package com.bytenite.sdk.runtime;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.ToNumberPolicy;
import com.google.gson.stream.JsonReader;
import java.io.IOException;
import java.io.StringReader;

/**
 * A component's params (the JSON in {@code APP_PARAMS}, {@code PARTITIONER_PARAMS} or
 * {@code ASSEMBLER_PARAMS}), as a tree or bound to your own class. Numbers stay exact.
 */
public final class Params {
    /** Built on first {@link #bind}: creating a Gson costs start time that reading a tree does not need. */
    private static final class Binder {
        static final Gson GSON = new GsonBuilder()
                .setObjectToNumberStrategy(ToNumberPolicy.LAZILY_PARSED_NUMBER)
                .create();
    }

    private final String variable;
    private final JsonObject json;

    private Params(String variable, JsonObject json) {
        this.variable = variable;
        this.json = json;
    }

    /**
     * Parses {@code text}; absent or blank text is an empty object.
     *
     * @throws ComponentException naming the variable and the position for invalid JSON
     */
    static Params parse(String variable, String text) {
        if (text == null || text.isBlank()) {
            return new Params(variable, new JsonObject());
        }
        JsonElement e;
        try {
            e = JsonTrees.parse(text);
        } catch (IOException | IllegalStateException | NumberFormatException ex) {
            throw new ComponentException(variable + " is not valid JSON: " + ex.getMessage(), ex);
        }
        if (!e.isJsonObject()) {
            throw new ComponentException(variable + " must be a JSON object, but is " + (e.isJsonNull() ? "null" : e.toString()));
        }
        return new Params(variable, e.getAsJsonObject());
    }

    /**
     * A copy of the params as a JSON object.
     *
     * @return a deep copy; changing it does not change these params
     */
    public JsonObject json() {
        return json.deepCopy();
    }

    /**
     * A string param, or {@code fallback} when absent. A number or boolean is returned as its JSON text.
     *
     * @param name the param's name at the top level
     * @param fallback returned when the param is absent or JSON null
     * @return the param's value, or {@code fallback}
     * @throws UnsupportedOperationException if the param is a JSON object
     * @throws IllegalStateException if the param is an array without exactly one element
     */
    public String string(String name, String fallback) {
        JsonElement e = json.get(name);
        return e == null || e.isJsonNull() ? fallback : e.getAsString();
    }

    /**
     * The params bound to {@code type} with Gson (records included). Numbers in {@code Object} or
     * untyped fields stay exact (Gson's lazily parsed numbers).
     *
     * @param <T> the type to bind to
     * @param type the class to bind to
     * @return a new instance holding the params
     * @throws ComponentException naming the field that could not be bound
     */
    public <T> T bind(Class<T> type) {
        // Read from text so that the reader's position names the failing field, records included.
        JsonReader reader = new JsonReader(new StringReader(json.toString()));
        try {
            return Binder.GSON.fromJson(reader, type);
        } catch (JsonParseException | IllegalStateException | NumberFormatException e) {
            throw new ComponentException(variable + " cannot be bound to " + type.getSimpleName() + ": field " + reader.getPath().replace("$.", "")
                    + ": " + rootMessage(e), e);
        }
    }

    @Override
    public String toString() {
        return variable + "=" + json;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage();
    }
}
