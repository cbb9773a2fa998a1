package com.bytenite.sdk.local.internal.server;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.List;
import java.util.function.Function;

/** One page of a list, in the reference's {@code {"pagination": {…}, "data": […]}} shape. */
public final class PageWindow {
    public static final int DEFAULT_LIMIT = 20;
    private static final int MAX_LIMIT = 1000;

    private PageWindow() {
    }

    /** Reads {@code limit} and {@code offset} query parameters. */
    public static <T> JsonObject page(ApiRequest request, List<T> all, Function<T, JsonElement> render) {
        return page(request, "data", all, render);
    }

    /** The same with the rows under {@code arrayName} (the Dev API uses {@code apps}, {@code engines}, {@code templates}). */
    public static <T> JsonObject page(ApiRequest request, String arrayName, List<T> all, Function<T, JsonElement> render) {
        return page(integer(request.query("limit"), "limit", DEFAULT_LIMIT), integer(request.query("offset"), "offset", 0), arrayName, all,
                render);
    }

    public static <T> JsonObject page(int limit, int offset, List<T> all, Function<T, JsonElement> render) {
        return page(limit, offset, "data", all, render);
    }

    private static <T> JsonObject page(int limit, int offset, String arrayName, List<T> all, Function<T, JsonElement> render) {
        if (limit <= 0 || limit > MAX_LIMIT) {
            throw ApiException.badRequest("limit must be between 1 and " + MAX_LIMIT + ", was " + limit);
        }
        if (offset < 0) {
            throw ApiException.badRequest("offset must not be negative, was " + offset);
        }
        JsonArray data = new JsonArray();
        int end = (int) Math.min(all.size(), (long) offset + limit);
        for (int i = offset; i < end; i++) {
            data.add(render.apply(all.get(i)));
        }
        JsonObject pagination = new JsonObject();
        pagination.addProperty("total", Integer.toString(all.size()));
        pagination.addProperty("offset", Integer.toString(offset));
        pagination.addProperty("hasPrevious", offset > 0);
        pagination.addProperty("hasNext", end < all.size());
        JsonObject o = new JsonObject();
        o.add("pagination", pagination);
        o.add(arrayName, data);
        return o;
    }

    public static int integer(String text, String name, int fallback) {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            throw ApiException.badRequest(name + " must be an integer, was '" + text + "'");
        }
    }
}
