package com.bytenite.sdk.core.spi;

import com.bytenite.sdk.core.json.ByteNiteJson;
import com.bytenite.sdk.core.paging.Page;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.List;

/**
 * Pages from the API's {@code pagination} object ({@code total}, {@code offset}, {@code hasNext}),
 * as every listing of every API answers it: the int64 fields as strings or numbers, any field, or
 * the whole object, possibly absent.
 */
public final class Pagination {
    private Pagination() {
    }

    /**
     * A page of {@code items} with the pagination fields as the wire gave them.
     *
     * @param <T> the item type
     * @param items the page's items
     * @param total {@code pagination.total}, or null
     * @param offset {@code pagination.offset}, or null
     * @param hasNext {@code pagination.hasNext}, or null
     * @return the page
     * @throws com.google.gson.JsonParseException if {@code total} or {@code offset} is not an int64
     */
    public static <T> Page<T> page(List<T> items, String total, String offset, Boolean hasNext) {
        return Page.of(items, ByteNiteJson.parseInt64(total, "pagination.total"), ByteNiteJson.parseInt64(offset, "pagination.offset"),
                hasNext);
    }

    /**
     * A page of {@code items} with the pagination of a JSON answer ({@code answer.pagination}).
     *
     * @param <T> the item type
     * @param items the page's items, read from the same answer
     * @param answer the whole answer
     * @return the page
     * @throws com.google.gson.JsonParseException if {@code total} or {@code offset} is not an int64
     */
    public static <T> Page<T> page(List<T> items, JsonObject answer) {
        JsonElement p = answer.get("pagination");
        if (p == null || !p.isJsonObject()) {
            return Page.of(items, null, null, null);
        }
        JsonObject o = p.getAsJsonObject();
        JsonElement hasNext = o.get("hasNext");
        return page(items, text(o, "total"), text(o, "offset"),
                hasNext != null && hasNext.isJsonPrimitive() ? hasNext.getAsBoolean() : null);
    }

    private static String text(JsonObject o, String key) {
        JsonElement e = o.get(key);
        return e != null && e.isJsonPrimitive() ? e.getAsString() : null;
    }
}
