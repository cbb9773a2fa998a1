package com.bytenite.sdk.opentelemetry;

import com.bytenite.sdk.core.telemetry.BytesTransferred;
import com.bytenite.sdk.core.telemetry.CallEnded;
import com.bytenite.sdk.core.telemetry.CallStarted;
import com.bytenite.sdk.core.telemetry.RetryScheduled;
import com.bytenite.sdk.core.telemetry.StreamReconnecting;
import com.bytenite.sdk.core.telemetry.TelemetryListener;
import com.bytenite.sdk.core.telemetry.TokenRenewed;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * The SDK's telemetry as OpenTelemetry spans, children of the span current on the calling thread.
 *
 * <pre>{@code
 * ByteNiteClient client = ByteNiteClient.builder(config).telemetry(new OpenTelemetryTracing(openTelemetry)).build();
 * }</pre>
 *
 * <ul>
 *   <li>a {@code CLIENT} span per call named for its operation ({@code customer.getJob}), with
 *       {@code http.request.method}, {@code url.path}, {@code http.response.status_code},
 *       {@code bytenite.attempts}, a {@code retry} event per retry, and an error status and
 *       recorded exception when it failed;
 *   <li>{@value #TOKEN_RENEWAL} and {@value #TRANSFER} spans placed at the times the SDK measured
 *       ({@code bytenite.transfer.direction} and {@code bytenite.transfer.bytes} on transfers);
 *   <li>a {@value #STREAM_RECONNECT} span, of no length, per event-stream reconnection.
 * </ul>
 */
public final class OpenTelemetryTracing implements TelemetryListener {
    /** The span of each access-token exchange. */
    public static final String TOKEN_RENEWAL = "bytenite.token.renewal";
    /** The span of each upload or download. */
    public static final String TRANSFER = "bytenite.transfer";
    /** The span of each event-stream reconnection. */
    public static final String STREAM_RECONNECT = "bytenite.events.reconnect";

    static final AttributeKey<String> METHOD = AttributeKey.stringKey("http.request.method");
    static final AttributeKey<String> PATH = AttributeKey.stringKey("url.path");
    static final AttributeKey<Long> STATUS = AttributeKey.longKey("http.response.status_code");
    static final AttributeKey<Long> ATTEMPTS = AttributeKey.longKey("bytenite.attempts");
    static final AttributeKey<String> DIRECTION = AttributeKey.stringKey("bytenite.transfer.direction");
    static final AttributeKey<Long> BYTES = AttributeKey.longKey("bytenite.transfer.bytes");

    private final Tracer tracer;
    private final Map<Long, Span> inFlight = new ConcurrentHashMap<>();

    /**
     * Spans from {@code openTelemetry}'s tracer named {@code com.bytenite.sdk}.
     *
     * @param openTelemetry the application's OpenTelemetry
     */
    public OpenTelemetryTracing(OpenTelemetry openTelemetry) {
        this.tracer = Objects.requireNonNull(openTelemetry, "openTelemetry must not be null").getTracer("com.bytenite.sdk");
    }

    @Override
    public void callStarted(CallStarted call) {
        Span span = tracer.spanBuilder(call.operation()).setSpanKind(SpanKind.CLIENT)
                .setAttribute(METHOD, call.method())
                .setAttribute(PATH, call.path())
                .startSpan();
        inFlight.put(call.callId(), span);
    }

    @Override
    public void retryScheduled(RetryScheduled retry) {
        Span span = inFlight.get(retry.callId());
        if (span != null) {
            span.addEvent("retry", Attributes.of(AttributeKey.longKey("bytenite.attempt"), (long) retry.attempt(),
                    AttributeKey.stringKey("bytenite.retry.reason"), retry.reason(),
                    AttributeKey.longKey("bytenite.retry.delay_ms"), retry.delay().toMillis()));
        }
    }

    @Override
    public void callEnded(CallEnded call) {
        Span span = inFlight.remove(call.callId());
        if (span == null) {
            return;
        }
        if (call.statusCode() > 0) {
            span.setAttribute(STATUS, (long) call.statusCode());
        }
        span.setAttribute(ATTEMPTS, (long) call.attempts());
        call.failure().ifPresent(e -> failed(span, e));
        span.end();
    }

    @Override
    public void tokenRenewed(TokenRenewed renewal) {
        Span span = pastSpan(TOKEN_RENEWAL, renewal.duration()).startSpan();
        renewal.failure().ifPresent(e -> failed(span, e));
        span.end();
    }

    @Override
    public void bytesTransferred(BytesTransferred transfer) {
        Span span = pastSpan(TRANSFER, transfer.duration())
                .setAttribute(DIRECTION, transfer.direction().name())
                .setAttribute(BYTES, transfer.bytes())
                .startSpan();
        if (!transfer.succeeded()) {
            span.setStatus(StatusCode.ERROR, "the transfer did not complete");
        }
        span.end();
    }

    @Override
    public void streamReconnecting(StreamReconnecting reconnect) {
        Span span = tracer.spanBuilder(STREAM_RECONNECT).setSpanKind(SpanKind.CLIENT)
                .setAttribute(AttributeKey.longKey("bytenite.attempt"), (long) reconnect.attempt())
                .setAttribute(AttributeKey.longKey("bytenite.retry.delay_ms"), reconnect.delay().toMillis())
                .startSpan();
        if (reconnect.cause() != null) {
            span.recordException(reconnect.cause());
        }
        span.end();
    }

    /** A span that began {@code took} ago: the SDK reports these events once they are over. */
    private io.opentelemetry.api.trace.SpanBuilder pastSpan(String name, Duration took) {
        Instant start = Instant.now().minus(took);
        return tracer.spanBuilder(name).setSpanKind(SpanKind.CLIENT)
                .setStartTimestamp(TimeUnit.SECONDS.toNanos(start.getEpochSecond()) + start.getNano(), TimeUnit.NANOSECONDS);
    }

    private static void failed(Span span, Throwable error) {
        span.recordException(error);
        span.setStatus(StatusCode.ERROR, error.getClass().getSimpleName());
    }
}
