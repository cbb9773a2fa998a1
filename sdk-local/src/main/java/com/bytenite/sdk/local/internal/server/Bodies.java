package com.bytenite.sdk.local.internal.server;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/** Reads request body fields, answering 400 with the field's name for anything malformed. */
public final class Bodies {
    private Bodies() {
    }

    public static String requiredString(JsonObject body, String field) {
        String value = optionalString(body, field);
        if (value == null || value.isBlank()) {
            throw ApiException.badRequest(field + " is required");
        }
        return value;
    }

    public static String optionalString(JsonObject body, String field) {
        JsonElement e = body.get(field);
        if (e == null || e.isJsonNull()) {
            return null;
        }
        if (!e.isJsonPrimitive()) {
            throw ApiException.badRequest(field + " must be a string");
        }
        return e.getAsString();
    }

    /** The object at {@code field}, or an empty object when absent. */
    public static JsonObject optionalObject(JsonObject body, String field) {
        JsonElement e = body.get(field);
        if (e == null || e.isJsonNull()) {
            return new JsonObject();
        }
        if (!e.isJsonObject()) {
            throw ApiException.badRequest(field + " must be an object");
        }
        return e.getAsJsonObject();
    }

    /** A positive 64-bit integer sent as a string or a number; null when absent. */
    public static Long optionalPositiveInt64(JsonObject body, String field) {
        return optionalInteger(body, field, 1, Long.MAX_VALUE, "int64", "positive");
    }

    /** A non-negative 32-bit integer sent as a string or a number; null when absent. */
    public static Integer optionalNonNegativeInt(JsonObject body, String field) {
        Long value = optionalInteger(body, field, 0, Integer.MAX_VALUE, "int32", "0 or more");
        return value == null ? null : Math.toIntExact(value);
    }

    private static Long optionalInteger(JsonObject body, String field, long min, long max, String type, String range) {
        String text = optionalString(body, field);
        if (text == null) {
            return null;
        }
        long value;
        try {
            value = Long.parseLong(text.trim());
        } catch (NumberFormatException e) {
            throw ApiException.badRequest(field + " must be an integer (" + type + ", as a string or a number), was '" + text + "'");
        }
        if (value > max) {
            throw ApiException.badRequest(field + " must be an integer (" + type + ", as a string or a number), was '" + text + "'");
        }
        if (value < min) {
            throw ApiException.badRequest(field + " must be " + range + ", was " + value);
        }
        return value;
    }

    public static Boolean optionalBoolean(JsonObject body, String field) {
        JsonElement e = body.get(field);
        if (e == null || e.isJsonNull()) {
            return null;
        }
        if (!e.isJsonPrimitive() || !e.getAsJsonPrimitive().isBoolean()) {
            throw ApiException.badRequest(field + " must be true or false");
        }
        return e.getAsBoolean();
    }
}
