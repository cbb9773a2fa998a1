package com.bytenite.sdk.core.telemetry;

import java.util.List;

/**
 * Hooks for metrics and tracing: what the SDK does on the wire, as it happens. Every method does
 * nothing by default; implement those you need. {@code bytenite-sdk-micrometer} and
 * {@code bytenite-sdk-opentelemetry} bind this to Micrometer's Observation API and to OpenTelemetry.
 *
 * <pre>{@code
 * ByteNiteClient client = ByteNiteClient.builder(config)
 *         .telemetry(new TelemetryListener() {
 *             @Override
 *             public void callEnded(CallEnded call) {
 *                 metrics.record(call.operation(), call.statusCode(), call.duration());
 *             }
 *         })
 *         .build();
 * }</pre>
 *
 * <p>Methods are called on the thread doing the work, synchronously: keep them short and never
 * let them block. An exception a listener throws is logged and otherwise ignored; it never fails
 * the call. Events carry no credentials, and their paths are the API's routes with job and other
 * ids in them, never query strings or signed links.
 */
public interface TelemetryListener {
    /** A listener that does nothing. */
    TelemetryListener NONE = new TelemetryListener() { };

    /**
     * Several listeners as one, for a client that reports to more than one place (metrics and
     * traces, say): each event goes to each listener, in the order given, even when one of them
     * throws.
     *
     * @param listeners the listeners
     * @return one listener telling them all
     * @throws NullPointerException if {@code listeners} or one of them is null
     */
    static TelemetryListener all(TelemetryListener... listeners) {
        return new AllListeners(List.of(listeners));
    }

    /**
     * A request/response call, a download or an event-stream connection is about to be sent.
     *
     * @param call what is sent; {@link CallStarted#callId()} pairs it with its end
     */
    default void callStarted(CallStarted call) {
    }

    /**
     * An attempt of a call failed and the call will be tried again after a wait.
     *
     * @param retry the call, the attempt that failed, why, and the delay before the next attempt
     */
    default void retryScheduled(RetryScheduled retry) {
    }

    /**
     * A call ended: answered (any status), or failed without a usable answer. For a download or an
     * event-stream connection this is when the answer's headers arrived; the file itself is
     * reported by {@link #bytesTransferred}.
     *
     * @param call its outcome; {@link CallEnded#callId()} matches the start
     */
    default void callEnded(CallEnded call) {
    }

    /**
     * The SDK exchanged its API key for a new access token, or tried to.
     *
     * @param renewal when and with what outcome (never the token)
     */
    default void tokenRenewed(TokenRenewed renewal) {
    }

    /**
     * A file finished moving to or from storage (an input upload, a result download), or failed to.
     *
     * @param transfer its direction, name, size and duration
     */
    default void bytesTransferred(BytesTransferred transfer) {
    }

    /**
     * The event stream dropped and is about to reconnect.
     *
     * @param reconnect the attempt number, the delay before it and the cause
     */
    default void streamReconnecting(StreamReconnecting reconnect) {
    }
}
