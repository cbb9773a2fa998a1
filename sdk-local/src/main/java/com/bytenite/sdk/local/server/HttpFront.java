package com.bytenite.sdk.local.server;

import com.google.gson.JsonObject;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The one JDK {@code HttpHandler}: gives every request an id ({@code X-Request-Id} and the
 * envelope's {@code requestId}), routes it, checks its token, and turns failures into the error
 * envelope. Nothing a handler throws escapes as a dropped connection.
 */
final class HttpFront implements HttpHandler {
    private static final Logger LOG = Logger.getLogger(HttpFront.class.getName());

    private final Router router;
    private final Authenticator authenticator;
    private final AtomicLong requests = new AtomicLong();

    HttpFront(Router router, Authenticator authenticator) {
        this.router = router;
        this.authenticator = authenticator;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        String requestId = "local-" + requests.incrementAndGet();
        exchange.getResponseHeaders().set("X-Request-Id", requestId);
        try (exchange) {
            ApiResponse response;
            try {
                List<String> segments = Paths.segments(exchange.getRequestURI().getRawPath());
                Router.Match match = router.find(exchange.getRequestMethod(), segments);
                String principal = match.route().access() == Router.Access.TOKEN
                        ? authenticator.principal(exchange.getRequestHeaders().getFirst("Authorization")) : null;
                response = match.route().handler().handle(new ApiRequest(exchange, match.params(), requestId, principal));
            } catch (ApiException e) {
                response = envelope(requestId, e.status(), e.title(), e.description());
            } catch (Exception e) {
                LOG.log(Level.WARNING, "request " + requestId + " failed", e);
                response = envelope(requestId, 500, "Internal", e.getClass().getSimpleName() + ": " + e.getMessage());
            }
            send(exchange, response);
        } catch (IOException e) {
            LOG.log(Level.FINE, "client went away during request " + requestId, e);
        }
    }

    private static void send(HttpExchange exchange, ApiResponse response) throws IOException {
        drain(exchange);
        exchange.getResponseHeaders().set("Content-Type", response.contentType);
        response.headers.forEach((k, v) -> exchange.getResponseHeaders().set(k, v));
        long length = response.length < 0 ? 0 : response.length == 0 ? -1 : response.length;
        exchange.sendResponseHeaders(response.status, length);
        if (length != -1) {
            try (OutputStream out = exchange.getResponseBody()) {
                response.writer.write(out);
            }
        }
    }

    /** Reads what the handler left of the body, so the connection can be reused. */
    private static void drain(HttpExchange exchange) {
        try {
            exchange.getRequestBody().readAllBytes();
        } catch (IOException e) {
            // Already consumed and closed by the handler (uploads): nothing left to read.
        }
    }

    static ApiResponse envelope(String requestId, int status, String message, String description) {
        JsonObject error = new JsonObject();
        error.addProperty("code", status);
        error.addProperty("message", message);
        error.addProperty("description", description);
        JsonObject o = new JsonObject();
        o.addProperty("ok", false);
        o.addProperty("requestId", requestId);
        o.addProperty("message", message);
        o.add("error", error);
        return ApiResponse.json(status, o);
    }
}
