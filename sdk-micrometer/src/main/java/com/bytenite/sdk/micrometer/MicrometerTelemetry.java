package com.bytenite.sdk.micrometer;

import com.bytenite.sdk.core.telemetry.BytesTransferred;
import com.bytenite.sdk.core.telemetry.CallEnded;
import com.bytenite.sdk.core.telemetry.CallStarted;
import com.bytenite.sdk.core.telemetry.RetryScheduled;
import com.bytenite.sdk.core.telemetry.StreamReconnecting;
import com.bytenite.sdk.core.telemetry.TelemetryListener;
import com.bytenite.sdk.core.telemetry.TokenRenewed;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The SDK's telemetry as Micrometer observations. With a {@code DefaultMeterObservationHandler} on
 * the registry they become timers; with a tracing handler, spans.
 *
 * <pre>{@code
 * ByteNiteClient client = ByteNiteClient.builder(config).telemetry(new MicrometerTelemetry(observationRegistry)).build();
 * }</pre>
 *
 * <ul>
 *   <li>{@value #CALL}: one per call, timed from send to answer (retries included), with
 *       low-cardinality keys {@code operation}, {@code method}, {@code status} and {@code outcome}
 *       ({@code SUCCESS}/{@code ERROR}), the high-cardinality {@code path}, an {@code error} when it
 *       failed, and one {@code retry} event per retry;
 *   <li>{@value #TOKEN_RENEWAL}, {@value #TRANSFER} and {@value #STREAM_RECONNECT}: reported when
 *       they are over, so their observation's own timing is near zero; the SDK's measured time is
 *       the high-cardinality {@code duration.ms} key ({@code bytes} too for transfers).
 * </ul>
 */
public final class MicrometerTelemetry implements TelemetryListener {
    /** The observation of each call. */
    public static final String CALL = "bytenite.call";
    /** The observation of each access-token exchange. */
    public static final String TOKEN_RENEWAL = "bytenite.token.renewal";
    /** The observation of each upload or download. */
    public static final String TRANSFER = "bytenite.transfer";
    /** The observation of each event-stream reconnection. */
    public static final String STREAM_RECONNECT = "bytenite.events.reconnect";

    private final ObservationRegistry registry;
    private final Map<Long, Observation> inFlight = new ConcurrentHashMap<>();

    /**
     * Observations in {@code registry}.
     *
     * @param registry where observations are made
     */
    public MicrometerTelemetry(ObservationRegistry registry) {
        this.registry = Objects.requireNonNull(registry, "registry must not be null");
    }

    @Override
    public void callStarted(CallStarted call) {
        Observation observation = Observation.createNotStarted(CALL, registry)
                .contextualName(call.operation())
                .lowCardinalityKeyValue("operation", call.operation())
                .lowCardinalityKeyValue("method", call.method())
                .highCardinalityKeyValue("path", call.path())
                .start();
        inFlight.put(call.callId(), observation);
    }

    @Override
    public void retryScheduled(RetryScheduled retry) {
        Observation observation = inFlight.get(retry.callId());
        if (observation != null) {
            observation.event(Observation.Event.of("retry", "attempt " + retry.attempt() + " failed with " + retry.reason()));
        }
    }

    @Override
    public void callEnded(CallEnded call) {
        Observation observation = inFlight.remove(call.callId());
        if (observation == null) {
            return;
        }
        observation.lowCardinalityKeyValue("status", Integer.toString(call.statusCode()))
                .lowCardinalityKeyValue("outcome", call.succeeded() ? "SUCCESS" : "ERROR")
                .highCardinalityKeyValue("attempts", Integer.toString(call.attempts()));
        call.failure().ifPresent(observation::error);
        observation.stop();
    }

    @Override
    public void tokenRenewed(TokenRenewed renewal) {
        Observation observation = Observation.createNotStarted(TOKEN_RENEWAL, registry)
                .lowCardinalityKeyValue("outcome", renewal.failure().isPresent() ? "ERROR" : "SUCCESS")
                .highCardinalityKeyValue("duration.ms", Long.toString(renewal.duration().toMillis()))
                .start();
        renewal.failure().ifPresent(observation::error);
        observation.stop();
    }

    @Override
    public void bytesTransferred(BytesTransferred transfer) {
        Observation.createNotStarted(TRANSFER, registry)
                .lowCardinalityKeyValue("direction", transfer.direction().name())
                .lowCardinalityKeyValue("outcome", transfer.succeeded() ? "SUCCESS" : "ERROR")
                .highCardinalityKeyValue("bytes", Long.toString(transfer.bytes()))
                .highCardinalityKeyValue("duration.ms", Long.toString(transfer.duration().toMillis()))
                .start().stop();
    }

    @Override
    public void streamReconnecting(StreamReconnecting reconnect) {
        Observation.createNotStarted(STREAM_RECONNECT, registry)
                .lowCardinalityKeyValue("cause", reconnect.cause() == null ? "none" : reconnect.cause().getClass().getSimpleName())
                .highCardinalityKeyValue("attempt", Integer.toString(reconnect.attempt()))
                .start().stop();
    }
}
