package com.bytenite.sdk.local.internal.server;

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
    /** Unread bodies up to this size are read and dropped to keep the connection; larger ones close it. */
    private static final long SMALL_BODY = 64 * 1024;

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
        ApiRequest request = null;
        ApiResponse response;
        try {
            List<String> segments = Paths.segments(exchange.getRequestURI().getRawPath());
            Router.Match match = router.find(exchange.getRequestMethod(), segments);
            String principal = match.route().access() == Router.Access.TOKEN
                    ? authenticator.principal(exchange.getRequestHeaders().getFirst("Authorization")) : null;
            long limit = limits.of(match.route().body());
            refuseDeclaredLength(exchange, limit);
            request = new ApiRequest(exchange, match.params(), requestId, principal, limit, baseUrl);
            response = match.route().handler().handle(request);
        } catch (ApiException e) {
            response = envelope(requestId, e.status(), e.title(), e.description());
        } catch (Exception e) {
            LOG.log(Level.WARNING, "request " + requestId + " failed", e);
            response = envelope(requestId, 500, "Internal", e.getClass().getSimpleName() + ": " + e.getMessage());
        }
        settleUnreadBody(exchange, request, response);
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

    /**
     * A body the handler did not read to its end (a refused request): a small declared one is read
     * and dropped, so the connection serves the next request; anything larger or of unknown size is
     * left unread, and the answer says {@code Connection: close}, since the connection cannot be
     * reused without reading it. The server is set never to drain on its own (see
     * {@link LoopbackServer}), so no thread waits for a body that may never come.
     */
    private static void settleUnreadBody(HttpExchange exchange, ApiRequest request, ApiResponse response) {
        if (request != null && request.bodyFinished()) {
            return;
        }
        boolean chunked = exchange.getRequestHeaders().getFirst("Transfer-Encoding") != null;
        if (!chunked && declaredLength(exchange) <= SMALL_BODY) {
            try {
                // Reading to the end, even of an empty body, is what marks the connection reusable.
                exchange.getRequestBody().transferTo(OutputStream.nullOutputStream());
                return;
            } catch (IOException e) {
                // The client went away; closing is all that is left.
            }
        }
        response.headers.put("Connection", "close");
    }

    private static long declaredLength(HttpExchange exchange) {
        String declared = exchange.getRequestHeaders().getFirst("Content-Length");
        try {
            return declared == null ? 0 : Long.parseLong(declared.trim());
        } catch (NumberFormatException e) {
            return 0;
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
