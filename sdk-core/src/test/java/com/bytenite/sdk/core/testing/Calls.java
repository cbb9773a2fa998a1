package com.bytenite.sdk.core.testing;

import com.bytenite.sdk.core.http.ByteNiteHttp;
import com.bytenite.sdk.core.json.ByteNiteJson;
import com.bytenite.sdk.core.spi.Operation;
import com.google.gson.JsonObject;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;

/** One-line calls through {@link ByteNiteHttp} for core tests that need no generated client. */
public final class Calls {
    private Calls() {
    }

    public static JsonObject get(ByteNiteHttp http, String path) {
        return send(http, Operation.idempotent("test.get"), new Request.Builder().url(url(http, path)).get().build());
    }

    public static JsonObject send(ByteNiteHttp http, Operation op, String method, String path, String json) {
        RequestBody body = json == null ? null : RequestBody.create(json, MediaType.get("application/json"));
        return send(http, op, new Request.Builder().url(url(http, path)).method(method, body).build());
    }

    /** {@code path} on the configured server (127.0.0.1), not MockWebServer's "localhost" name. */
    public static String url(ByteNiteHttp http, String path) {
        return http.config().baseUrl().resolve(path).toString();
    }

    public static JsonObject send(ByteNiteHttp http, Operation op, Request request) {
        return http.context().execute(op, () -> request, ByteNiteJson.gson(), JsonObject.class);
    }
}
