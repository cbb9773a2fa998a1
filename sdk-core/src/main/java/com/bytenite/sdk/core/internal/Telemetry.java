package com.bytenite.sdk.core.internal;

import com.bytenite.sdk.core.spi.Operation;
import com.bytenite.sdk.core.telemetry.BytesTransferred;
import com.bytenite.sdk.core.telemetry.CallEnded;
import com.bytenite.sdk.core.telemetry.CallStarted;
import com.bytenite.sdk.core.telemetry.RetryScheduled;
import com.bytenite.sdk.core.telemetry.StreamReconnecting;
import com.bytenite.sdk.core.telemetry.TelemetryListener;
import com.bytenite.sdk.core.telemetry.TokenRenewed;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import okhttp3.Request;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells the user's {@link TelemetryListener} what the stack does, shielding the stack from it: a
 * listener that throws is logged once per failure and otherwise ignored, never failing a call.
 * Paths are redacted as in logs.
 */
public final class Telemetry {
    private static final Logger LOG = LoggerFactory.getLogger("com.bytenite.sdk.telemetry");

    private final TelemetryListener listener;
    private final Redactor redactor;
    private final AtomicLong ids = new AtomicLong();

    public Telemetry(TelemetryListener listener, Redactor redactor) {
        this.listener = listener;
        this.redactor = redactor;
    }

    /** Reports the start of {@code request} and returns what pairs its retries and end with it. */
    public CallTrace start(Operation operation, Request request) {
        CallTrace trace = new CallTrace(ids.incrementAndGet(), operation.name(), request.method(), System.nanoTime());
        String path = redactor.path(request.url());
        safely(() -> listener.callStarted(new CallStarted(trace.id(), trace.operation(), trace.method(), path)));
        return trace;
    }

    void retry(CallTrace trace, int attempt, String reason, long waitMillis) {
        safely(() -> listener.retryScheduled(new RetryScheduled(trace.id(), trace.operation(), attempt, reason,
                Duration.ofMillis(waitMillis))));
    }

    /** Reports the end of the call {@code trace} started: the last status (0 for none) and the caller's exception, if any. */
    public void end(CallTrace trace, int statusCode, Throwable error) {
        Duration took = Duration.ofNanos(System.nanoTime() - trace.startNanos());
        safely(() -> listener.callEnded(new CallEnded(trace.id(), trace.operation(), trace.method(), statusCode,
                Math.max(1, trace.attempts()), took, error)));
    }

    void tokenRenewed(Duration took, Throwable error) {
        safely(() -> listener.tokenRenewed(new TokenRenewed(took, error)));
    }

    /** Reports a finished or failed upload or download. */
    public void transferred(BytesTransferred.Direction direction, String name, long bytes, Duration took, boolean succeeded) {
        safely(() -> listener.bytesTransferred(new BytesTransferred(direction, name, bytes, took, succeeded)));
    }

    /** Reports an event stream about to reconnect. */
    public void reconnecting(int attempt, Duration delay, Throwable cause) {
        safely(() -> listener.streamReconnecting(new StreamReconnecting(attempt, delay, cause)));
    }

    private static void safely(Runnable report) {
        try {
            report.run();
        } catch (RuntimeException e) {
            LOG.warn("a telemetry listener failed; the call goes on: {}", e.toString());
        }
    }
}
