package com.bytenite.sdk.local.internal.server;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A {@code POST …/filter} body (jobs, transactions): conditions on the rendered rows' top-level
 * fields, all of which must hold (ByteNite documents only {@code FILTER_CONDITION_EQ}, the only one
 * supported here), an optional {@code orderBy} field ({@code -field} for descending) and paging.
 */
public final class RowFilter {
    private record Condition(String field, JsonElement value) {
    }

    private final List<Condition> conditions;
    private final String orderBy;

    private RowFilter(List<Condition> conditions, String orderBy) {
        this.conditions = conditions;
        this.orderBy = orderBy;
    }

    public static RowFilter parse(JsonObject body) {
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
        return new RowFilter(conditions, Bodies.optionalString(body, "orderBy"));
    }

    public boolean matches(JsonObject row) {
        for (Condition c : conditions) {
            JsonElement actual = row.get(c.field());
            if (actual == null || !sameValue(actual, c.value())) {
                return false;
            }
        }
        return true;
    }

    public List<JsonObject> order(List<JsonObject> rows) {
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

    /** Filters, orders and pages {@code rows} as the body asks. */
    public static JsonObject apply(JsonObject body, List<JsonObject> rows) {
        RowFilter filter = parse(body);
        JsonObject pagination = Bodies.optionalObject(body, "pagination");
        int limit = PageWindow.integer(Bodies.optionalString(pagination, "limit"), "pagination.limit", PageWindow.DEFAULT_LIMIT);
        int offset = PageWindow.integer(Bodies.optionalString(pagination, "offset"), "pagination.offset", 0);
        List<JsonObject> kept = filter.order(rows.stream().filter(filter::matches).toList());
        return PageWindow.page(limit, offset, kept, o -> o);
    }
}
