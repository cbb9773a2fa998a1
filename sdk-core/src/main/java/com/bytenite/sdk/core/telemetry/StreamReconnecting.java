package com.bytenite.sdk.core.telemetry;

import java.time.Duration;

/**
 * The event stream dropped and will reconnect.
 *
 * @param attempt how many reconnections in a row this is, from 1
 * @param delay the wait before reconnecting
 * @param cause why the stream dropped
 */
public record StreamReconnecting(int attempt, Duration delay, Throwable cause) {
}
