package com.bytenite.sdk.core.telemetry;

import java.time.Duration;

/**
 * An attempt that failed and will be repeated.
 *
 * @param callId the call's id, as in its {@link CallStarted}
 * @param operation the API operation
 * @param attempt the attempt that failed, from 1
 * @param reason why: {@code HTTP 503}, or the exception's simple class name such as {@code SocketTimeoutException}
 * @param delay how long the SDK waits before the next attempt
 */
public record RetryScheduled(long callId, String operation, int attempt, String reason, Duration delay) {
}
