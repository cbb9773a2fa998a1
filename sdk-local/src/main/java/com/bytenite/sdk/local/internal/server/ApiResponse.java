package com.bytenite.sdk.local.internal.server;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/** What a handler answers: JSON, or a body written by the handler itself (downloads, streams). */
public final class ApiResponse {
    /** Writes a streamed body; the response is committed before it is called. */
    @FunctionalInterface
    public interface BodyWriter {
        void write(OutputStream out) throws IOException;
    }

    final int status;
    final String contentType;
    final long length;
    final BodyWriter writer;
    /** Written on a thread of its own (event streams), so it never holds one of the request threads. */
    final boolean longLived;
    final java.util.Map<String, String> headers = new java.util.LinkedHashMap<>();

    private ApiResponse(int status, String contentType, long length, BodyWriter writer, boolean longLived) {
        this.status = status;
        this.contentType = contentType;
        this.length = length;
        this.writer = writer;
        this.longLived = longLived;
    }

    public static ApiResponse json(JsonElement body) {
        return json(200, body);
    }

    public static ApiResponse json(int status, JsonElement body) {
        byte[] bytes = ServerJson.toJson(body).getBytes(StandardCharsets.UTF_8);
        return new ApiResponse(status, "application/json", bytes.length, out -> out.write(bytes), false);
    }

    /** The success envelope the reference shows for run, abort and delete. */
    public static ApiResponse ok(ApiRequest request, String message) {
        JsonObject o = new JsonObject();
        o.addProperty("ok", true);
        o.addProperty("requestId", request.requestId());
        o.addProperty("message", message);
        return json(o);
    }

    /** A body of known length (-1: unknown, sent chunked) written by {@code writer}. */
    public static ApiResponse stream(String contentType, long length, BodyWriter writer) {
        return new ApiResponse(200, contentType, length, writer, false);
    }

    /**
     * A chunked body that stays open as long as the client listens (event streams). It runs on the
     * server's stream threads, whose number is bounded; when all are taken the client gets 503.
     */
    public static ApiResponse longLived(String contentType, BodyWriter writer) {
        return new ApiResponse(200, contentType, -1, writer, true);
    }

    public ApiResponse header(String name, String value) {
        headers.put(name, value);
        return this;
    }
}
