package com.bytenite.sdk.core.telemetry;

import java.time.Duration;
import java.util.Optional;

/**
 * How a call ended.
 *
 * @param callId the call's id, as in its {@link CallStarted}
 * @param operation the API operation
 * @param method the HTTP method
 * @param statusCode the last answer's status, or 0 when no answer arrived
 * @param attempts how many times it was sent (1 without retries)
 * @param duration from start to end, retries and waits included
 * @param error the exception the caller gets, or null on success
 */
public record CallEnded(long callId, String operation, String method, int statusCode, int attempts, Duration duration,
        Throwable error) {
    /**
     * Whether the caller got a value: a success status whose body was read.
     *
     * @return true without an error
     */
    public boolean succeeded() {
        return error == null;
    }

    /**
     * The failure, if any.
     *
     * @return the exception the caller gets
     */
    public Optional<Throwable> failure() {
        return Optional.ofNullable(error);
    }
}
