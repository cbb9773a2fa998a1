package com.bytenite.sdk.local.internal.server;

import com.google.gson.JsonElement;
import com.google.gson.JsonIOException;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.sun.net.httpserver.HttpExchange;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * One request as a handler sees it: path parameters decoded, the caller identified, the body on
 * demand and never read past the route's limit.
 */
public final class ApiRequest {
    private final HttpExchange exchange;
    private final Map<String, String> pathParams;
    private final Map<String, List<String>> query;
    private final String requestId;
    private final String principal;
    private final long bodyLimit;
    private final String baseUrl;
    private LimitedBody body;
    private JsonElement json;

    ApiRequest(HttpExchange exchange, Map<String, String> pathParams, String requestId, String principal, long bodyLimit, String baseUrl) {
        this.exchange = exchange;
        this.pathParams = pathParams;
        this.query = Paths.query(exchange.getRequestURI().getRawQuery());
        this.requestId = requestId;
        this.principal = principal;
        this.bodyLimit = bodyLimit;
        this.baseUrl = baseUrl;
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

    /**
     * The body as a stream, for uploads; do not mix with {@link #json()}. Reading past the route's
     * limit throws {@link ApiException} 413.
     */
    public InputStream bodyStream() {
        if (body == null) {
            body = new LimitedBody(exchange.getRequestBody(), bodyLimit);
        }
        return body;
    }

    /** Whether a handler read the body to its end (then the connection can serve the next request). */
    boolean bodyFinished() {
        return body != null && body.finished();
    }

    /** The body parsed as JSON; an empty body is JSON null. */
    public JsonElement json() {
        if (json == null) {
            try (InputStreamReader reader = new InputStreamReader(bodyStream(), StandardCharsets.UTF_8)) {
                json = JsonParser.parseReader(reader);
                // Whatever follows the value (a final newline) is read too, so the connection stays reusable.
                reader.transferTo(java.io.Writer.nullWriter());
            } catch (JsonIOException e) {
                throw ApiException.badRequest("the body could not be read: " + rootMessage(e));
            } catch (JsonParseException e) {
                throw ApiException.badRequest("invalid JSON body: " + rootMessage(e));
            } catch (java.io.IOException e) {
                throw ApiException.badRequest("the body could not be read: " + e.getMessage());
            }
        }
        return json;
    }

    /** The body as a JSON object; an empty body is an empty object. */
    public JsonObject jsonObject() {
        JsonElement e = json();
        if (e.isJsonNull()) {
            return new JsonObject();
        }
        if (!e.isJsonObject()) {
            throw ApiException.badRequest("the body must be a JSON object");
        }
        return e.getAsJsonObject();
    }

    /**
     * The base URL for links a client follows back (upload and result URLs): the server's configured
     * public address, never the request's {@code Host} header, which the client controls.
     */
    public String baseUrl() {
        return baseUrl;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage();
    }
}
