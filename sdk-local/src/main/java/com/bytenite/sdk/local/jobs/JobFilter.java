package com.bytenite.sdk.local.jobs;

import com.bytenite.sdk.local.server.ApiException;
import com.bytenite.sdk.local.server.Bodies;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A {@code POST /jobs/filter} body: conditions on the rendered job's top-level fields, all of which
 * must hold (ByteNite documents only {@code FILTER_CONDITION_EQ}, the only one supported here), and
 * an optional {@code orderBy} field, {@code -field} for descending.
 */
final class JobFilter {
    private record Condition(String field, JsonElement value) {
    }

    private final List<Condition> conditions;
    private final String orderBy;

    private JobFilter(List<Condition> conditions, String orderBy) {
        this.conditions = conditions;
        this.orderBy = orderBy;
    }

    static JobFilter parse(JsonObject body) {
        List<Condition> conditions = new ArrayList<>();
        JsonElement filters = body.get("filters");
        if (filters != null && !filters.isJsonNull()) {
            if (!filters.isJsonArray()) {
                throw ApiException.badRequest("filters must be an array");
            }
            int i = 0;
            for (JsonElement f : filters.getAsJsonArray()) {
                String where = "filters[" + i++ + "]";
                if (!f.isJsonObject()) {
                    throw ApiException.badRequest(where + " must be an object");
                }
                JsonObject o = f.getAsJsonObject();
                String field = Bodies.requiredString(o, "field");
                String condition = Bodies.optionalString(o, "condition");
                if (condition != null && !condition.equals("FILTER_CONDITION_EQ")) {
                    throw ApiException.badRequest(where + ".condition '" + condition + "' is not supported: use FILTER_CONDITION_EQ");
                }
                JsonObject value = Bodies.optionalObject(o, "value");
                if (!value.has("value")) {
                    throw ApiException.badRequest(where + ".value must be {\"@type\": \"type.googleapis.com/google.protobuf.Value\", \"value\": …}");
                }
                conditions.add(new Condition(field, value.get("value")));
            }
        }
        return new JobFilter(conditions, Bodies.optionalString(body, "orderBy"));
    }

    boolean matches(JsonObject job) {
        for (Condition c : conditions) {
            JsonElement actual = job.get(c.field());
            if (actual == null || !sameValue(actual, c.value())) {
                return false;
            }
        }
        return true;
    }

    List<JsonObject> order(List<JsonObject> rows) {
        if (orderBy == null || orderBy.isBlank()) {
            return rows;
        }
        boolean descending = orderBy.startsWith("-");
        String field = descending ? orderBy.substring(1) : orderBy;
        Comparator<JsonObject> byField = Comparator.comparing(o -> o.has(field) && o.get(field).isJsonPrimitive()
                ? o.get(field).getAsString() : "");
        List<JsonObject> sorted = new ArrayList<>(rows);
        sorted.sort(descending ? byField.reversed() : byField);
        return sorted;
    }

    /** int64 are rendered as strings, so "4" and 4 are the same value. */
    private static boolean sameValue(JsonElement actual, JsonElement expected) {
        if (actual.isJsonPrimitive() && expected.isJsonPrimitive()) {
            return actual.getAsString().equals(expected.getAsString());
        }
        return actual.equals(expected);
    }
}
