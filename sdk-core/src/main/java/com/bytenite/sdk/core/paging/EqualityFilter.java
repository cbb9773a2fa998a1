package com.bytenite.sdk.core.paging;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The conditions of a {@code POST …/filter} query (jobs, wallet transactions): {@code field = value},
 * all of which must hold. ByteNite documents only {@code FILTER_CONDITION_EQ}; which field names it
 * accepts is not documented, so they are passed through as given.
 */
public final class EqualityFilter {
    private static final String VALUE_TYPE = "type.googleapis.com/google.protobuf.Value";

    private record Condition(String field, JsonElement value) {
    }

    private final List<Condition> conditions = new ArrayList<>();

    /**
     * Adds {@code field = value}.
     *
     * @param field the field's name, passed through as given
     * @param value a String, Number or Boolean; null matches null
     * @return this filter
     * @throws NullPointerException if {@code field} is null
     * @throws IllegalArgumentException for a blank field or another kind of value, naming the field
     */
    public EqualityFilter add(String field, Object value) {
        Objects.requireNonNull(field, "field must not be null");
        if (field.isBlank()) {
            throw new IllegalArgumentException("field: expected a non-blank field name");
        }
        conditions.add(new Condition(field, toJson(field, value)));
        return this;
    }

    /**
     * Whether no condition was added.
     *
     * @return true when the filter has no condition
     */
    public boolean isEmpty() {
        return conditions.isEmpty();
    }

    /**
     * The wire form: {@code [{"field", "condition": "FILTER_CONDITION_EQ", "value": {"@type":
     * "type.googleapis.com/google.protobuf.Value", "value": …}}]}.
     *
     * @return a new array, one element per condition in the order added
     */
    public JsonArray toJson() {
        JsonArray filters = new JsonArray();
        for (Condition c : conditions) {
            JsonObject value = new JsonObject();
            value.addProperty("@type", VALUE_TYPE);
            value.add("value", c.value().deepCopy());
            JsonObject filter = new JsonObject();
            filter.addProperty("field", c.field());
            filter.addProperty("condition", "FILTER_CONDITION_EQ");
            filter.add("value", value);
            filters.add(filter);
        }
        return filters;
    }

    private static JsonElement toJson(String field, Object value) {
        if (value == null) {
            return JsonNull.INSTANCE;
        }
        if (value instanceof String s) {
            return new JsonPrimitive(s);
        }
        if (value instanceof Number n) {
            return new JsonPrimitive(n);
        }
        if (value instanceof Boolean b) {
            return new JsonPrimitive(b);
        }
        throw new IllegalArgumentException("value of '" + field + "': expected a String, Number or Boolean but was " + value.getClass().getName());
    }
}
