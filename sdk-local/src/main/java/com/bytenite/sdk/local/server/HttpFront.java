package com.bytenite.sdk.local.server;

import com.google.gson.JsonObject;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The one JDK {@code HttpHandler}: gives every request an id ({@code X-Request-Id} and the
 * envelope's {@code requestId}), routes it, checks its token and its declared body size before
 * anything of the body is read, and turns failures into the error envelope. Nothing a handler
 * throws escapes as a dropped connection. Long-lived answers (event streams) move to their own
 * bounded set of threads.
 */
final class HttpFront implements HttpHandler {
    private static final Logger LOG = Logger.getLogger(HttpFront.class.getName());

    private final Router router;
    private final Authenticator authenticator;
    private final BodyLimits limits;
    private final String baseUrl;
    private final Executor streams;
    private final int maxStreams;
    private final AtomicLong requests = new AtomicLong();

    HttpFront(Router router, Authenticator authenticator, LoopbackServer.Settings settings, String baseUrl, Executor streams) {
        this.router = router;
        this.authenticator = authenticator;
        this.limits = settings.limits();
        this.maxStreams = settings.eventStreams();
        this.baseUrl = baseUrl;
        this.streams = streams;
    }

    @Override
    public void handle(HttpExchange exchange) {
        String requestId = "local-" + requests.incrementAndGet();
        exchange.getResponseHeaders().set("X-Request-Id", requestId);
        ApiResponse response = answer(exchange, requestId);
        if (response.longLived) {
            try {
                ApiResponse stream = response;
                streams.execute(() -> finish(exchange, stream, requestId));
                return;
            } catch (RejectedExecutionException e) {
                response = envelope(requestId, 503, "Unavailable", "all " + maxStreams + " event streams of this server are open: "
                        + "close one, or start the server with a higher event stream limit");
            }
        }
        finish(exchange, response, requestId);
    }

    private ApiResponse answer(HttpExchange exchange, String requestId) {
        try {
            List<String> segments = Paths.segments(exchange.getRequestURI().getRawPath());
            Router.Match match = router.find(exchange.getRequestMethod(), segments);
            String principal = match.route().access() == Router.Access.TOKEN
                    ? authenticator.principal(exchange.getRequestHeaders().getFirst("Authorization")) : null;
            long limit = limits.of(match.route().body());
            refuseDeclaredLength(exchange, limit);
            return match.route().handler().handle(new ApiRequest(exchange, match.params(), requestId, principal, limit, baseUrl));
        } catch (ApiException e) {
            return envelope(requestId, e.status(), e.title(), e.description());
        } catch (Exception e) {
            LOG.log(Level.WARNING, "request " + requestId + " failed", e);
            return envelope(requestId, 500, "Internal", e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    private static void finish(HttpExchange exchange, ApiResponse response, String requestId) {
        try (exchange) {
            send(exchange, response);
        } catch (IOException e) {
            LOG.log(Level.FINE, "client went away during request " + requestId, e);
        }
    }

    private static void refuseDeclaredLength(HttpExchange exchange, long limit) {
        String declared = exchange.getRequestHeaders().getFirst("Content-Length");
        if (declared == null) {
            return;
        }
        long length;
        try {
            length = Long.parseLong(declared.trim());
        } catch (NumberFormatException e) {
            throw ApiException.badRequest("Content-Length must be a number, was '" + declared + "'");
        }
        if (length > limit) {
            throw BodyLimits.tooLarge(limit);
        }
    }

    private static void send(HttpExchange exchange, ApiResponse response) throws IOException {
        discardBody(exchange);
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

    /**
     * Closes what the handler left of the body. The JDK server then reads and discards a small
     * remainder (64 KiB by default) so the connection can be reused, and closes the connection
     * instead when more is left: an unread large body is never held in memory.
     */
    private static void discardBody(HttpExchange exchange) {
        try {
            exchange.getRequestBody().close();
        } catch (IOException e) {
            // Already closed by the handler (uploads): nothing left to read.
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
