package com.bytenite.sdk.core.internal;

import com.bytenite.sdk.core.RequestOptions;
import com.bytenite.sdk.core.spi.Operation;
import java.util.Objects;
import okhttp3.Call;
import okhttp3.Response;

/**
 * What one service view adds to each call it sends: the caller's {@link RequestOptions}, and, for
 * the raw-response and async views, where to report each answer and how to cancel the call in
 * flight. Immutable; derived views make new scopes.
 */
public final class CallScope {
    public static final CallScope DEFAULT = new CallScope(RequestOptions.none(), null, null);

    private final RequestOptions options;
    private final ResponseRecorder recorder;
    private final CallCancellation cancellation;

    private CallScope(RequestOptions options, ResponseRecorder recorder, CallCancellation cancellation) {
        this.options = options;
        this.recorder = recorder;
        this.cancellation = cancellation;
    }

    public RequestOptions options() {
        return options;
    }

    /** This scope with {@code overrides} merged over its options. */
    public CallScope withOptions(RequestOptions overrides) {
        return new CallScope(options.mergedWith(overrides), recorder, cancellation);
    }

    /** This scope, reporting every answer to {@code recorder}. */
    public CallScope recordingInto(ResponseRecorder recorder) {
        return new CallScope(options, Objects.requireNonNull(recorder, "recorder must not be null"), cancellation);
    }

    /** This scope, its calls cancelled by {@code cancellation}. */
    public CallScope cancelledBy(CallCancellation cancellation) {
        return new CallScope(options, recorder, Objects.requireNonNull(cancellation, "cancellation must not be null"));
    }

    /** This scope's options alone: no recorder, no cancellation ({@code this} when it has neither). */
    public CallScope withoutHooks() {
        return recorder == null && cancellation == null ? this : new CallScope(options, null, null);
    }

    void started(Call call) {
        if (cancellation != null) {
            cancellation.track(call);
        }
    }

    void answered(Operation operation, Response response) {
        if (recorder != null) {
            recorder.record(operation, response);
        }
    }
}
