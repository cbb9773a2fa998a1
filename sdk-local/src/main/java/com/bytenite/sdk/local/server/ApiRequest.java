package com.bytenite.sdk.local.server;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/** One request as a handler sees it: path parameters decoded, the caller identified, the body on demand. */
public final class ApiRequest {
    private final HttpExchange exchange;
    private final Map<String, String> pathParams;
    private final Map<String, List<String>> query;
    private final String requestId;
    private final String principal;
    private byte[] body;

    ApiRequest(HttpExchange exchange, Map<String, String> pathParams, String requestId, String principal) {
        this.exchange = exchange;
        this.pathParams = pathParams;
        this.query = Paths.query(exchange.getRequestURI().getRawQuery());
        this.requestId = requestId;
        this.principal = principal;
    }

    public String method() {
        return exchange.getRequestMethod();
    }

    public String requestId() {
        return requestId;
    }

    /** The user the access token belongs to; null on routes that need no token. */
    public String principal() {
        return principal;
    }

    public String pathParam(String name) {
        return pathParams.get(name);
    }

    /** The first value of a query parameter, or null. */
    public String query(String name) {
        List<String> values = query.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    public String header(String name) {
        return exchange.getRequestHeaders().getFirst(name);
    }

    /** The body as a stream, for uploads; do not mix with {@link #json()}. */
    public InputStream bodyStream() {
        return exchange.getRequestBody();
    }

    /** The body parsed as JSON; an empty body is JSON null. */
    public JsonElement json() throws IOException {
        if (body == null) {
            body = exchange.getRequestBody().readAllBytes();
        }
        String text = new String(body, StandardCharsets.UTF_8);
        if (text.isBlank()) {
            return com.google.gson.JsonNull.INSTANCE;
        }
        try {
            return JsonParser.parseString(text);
        } catch (JsonParseException e) {
            throw ApiException.badRequest("invalid JSON body: " + rootMessage(e));
        }
    }

    /** The body as a JSON object; an empty body is an empty object. */
    public JsonObject jsonObject() throws IOException {
        JsonElement e = json();
        if (e.isJsonNull()) {
            return new JsonObject();
        }
        if (!e.isJsonObject()) {
            throw ApiException.badRequest("the body must be a JSON object");
        }
        return e.getAsJsonObject();
    }

    /** The base URL the caller used, for links it can follow back (upload and result URLs). */
    public String baseUrl() {
        String host = header("Host");
        return "http://" + (host != null ? host : "127.0.0.1:" + exchange.getLocalAddress().getPort());
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage();
    }
}
