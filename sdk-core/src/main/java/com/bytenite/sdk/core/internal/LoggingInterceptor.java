package com.bytenite.sdk.core.internal;

import com.bytenite.sdk.core.HttpLogging;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import okhttp3.Interceptor;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okio.Buffer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One line per exchange on the wire (method, path, status, duration, requestId) at DEBUG, or INFO
 * when configured so, and at TRACE the JSON bodies (DEBUG setting only). Everything passes through the {@link Redactor}: headers are never
 * logged, URLs lose foreign query values, bodies lose credentials and URL queries. Uploads,
 * downloads and streams are never read for logging.
 */
final class LoggingInterceptor implements Interceptor {
    private static final Logger LOG = LoggerFactory.getLogger("com.bytenite.sdk.http");
    private static final long MAX_LOGGED_BODY = 64 * 1024;

    private final Redactor redactor;
    private final HttpLogging level;

    LoggingInterceptor(Redactor redactor, HttpLogging level) {
        this.redactor = redactor;
        this.level = level;
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        Request request = chain.request();
        if (level == HttpLogging.OFF || !(level == HttpLogging.INFO ? LOG.isInfoEnabled() : LOG.isDebugEnabled())) {
            return chain.proceed(request);
        }
        String target = request.method() + " " + redactor.url(request.url());
        if (bodies()) {
            traceRequestBody(target, request.body());
        }
        long start = System.nanoTime();
        Response response;
        try {
            response = chain.proceed(request);
        } catch (IOException e) {
            line("{} failed after {} ms: {}", target, millisSince(start), e.getClass().getSimpleName());
            throw e;
        }
        // Peeking a stream's body would block until 64 KiB arrived: never read streams for logging.
        String accept = request.header("Accept");
        boolean stream = accept != null && accept.contains("event-stream") && response.isSuccessful();
        String body = !stream && isLoggableJson(response.body() == null ? null : response.body().contentType())
                && (response.code() >= 400 || bodies())
                ? response.peekBody(MAX_LOGGED_BODY).string() : null;
        String requestId = ErrorMapper.requestIdHeader(response);
        if (requestId == null && body != null && response.code() >= 400) {
            requestId = requestIdFromEnvelope(body);
        }
        line("{} -> {} in {} ms (requestId {})", target, response.code(), millisSince(start),
                requestId == null ? "absent" : requestId);
        if (body != null && bodies()) {
            LOG.trace("{} response body: {}", target, redactor.text(body));
        }
        return response;
    }

    /** Bodies go to TRACE, and only at the {@code DEBUG} setting. */
    private boolean bodies() {
        return level == HttpLogging.DEBUG && LOG.isTraceEnabled();
    }

    private void line(String format, Object... args) {
        if (level == HttpLogging.INFO) {
            LOG.info(format, args);
        } else {
            LOG.debug(format, args);
        }
    }

    private void traceRequestBody(String target, RequestBody body) throws IOException {
        if (body == null || !isLoggableJson(body.contentType()) || body.isOneShot() || body.isDuplex()
                || body.contentLength() < 0 || body.contentLength() > MAX_LOGGED_BODY) {
            return;
        }
        Buffer buffer = new Buffer();
        body.writeTo(buffer);
        LOG.trace("{} request body: {}", target, redactor.text(buffer.readString(StandardCharsets.UTF_8)));
    }

    private static boolean isLoggableJson(MediaType type) {
        return type != null && type.subtype().toLowerCase(java.util.Locale.ROOT).contains("json");
    }

    private static String requestIdFromEnvelope(String body) {
        try {
            var root = com.google.gson.JsonParser.parseString(body);
            if (root.isJsonObject() && root.getAsJsonObject().has("requestId")) {
                return root.getAsJsonObject().get("requestId").getAsString();
            }
        } catch (RuntimeException e) {
            // Not the envelope: the DEBUG line says the request id is absent.
        }
        return null;
    }

    private static long millisSince(long startNanos) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startNanos);
    }
}
