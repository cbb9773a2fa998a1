package com.bytenite.sdk.local.internal.server;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.time.Instant;
import java.time.format.DateTimeFormatter;

/** The server's JSON conventions: no HTML escaping, 64-bit integers as strings, RFC 3339 UTC times. */
public final class ServerJson {
    public static final Gson GSON = new GsonBuilder().disableHtmlEscaping().create();

    private ServerJson() {
    }

    /** int64 travel as strings in grpc-gateway JSON. */
    public static void putInt64(JsonObject o, String name, long value) {
        o.addProperty(name, Long.toString(value));
    }

    public static void putTime(JsonObject o, String name, Instant time) {
        if (time != null) {
            o.addProperty(name, DateTimeFormatter.ISO_INSTANT.format(time));
        }
    }

    public static void putString(JsonObject o, String name, String value) {
        if (value != null) {
            o.addProperty(name, value);
        }
    }

    public static String toJson(JsonElement e) {
        return GSON.toJson(e);
    }
}
