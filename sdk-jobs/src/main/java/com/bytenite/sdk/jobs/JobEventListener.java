package com.bytenite.sdk.jobs;

/**
 * Receives events from {@link EventsService#subscribe(JobEventListener)}, on the stream's own thread.
 * Every method has an empty default.
 */
public interface JobEventListener {
    /** The stream is connected (again): the server accepted it and events can flow. */
    default void onConnected() {
    }

    /** An event arrived (duplicates after a reconnection are already removed). */
    default void onEvent(JobEvent event) {
    }

    /** The connection dropped and the SDK reconnects after {@code delayMillis}, resuming after the last event id. */
    default void onReconnecting(int attempt, long delayMillis, Throwable cause) {
    }

    /** The stream ended for good: closed by the caller ({@code failure} null) or failed beyond repair. */
    default void onClosed(Throwable failure) {
    }
}
