package com.bytenite.sdk.jobs;

/**
 * Receives events from {@link EventsService#subscribe(JobEventListener)}, on the stream's own thread.
 * Every method has an empty default.
 */
public interface JobEventListener {
    /** The stream is connected (again): the server accepted it and events can flow. */
    default void onConnected() {
    }

    /**
     * An event arrived (duplicates after a reconnection are already removed).
     *
     * @param event the event
     */
    default void onEvent(JobEvent event) {
    }

    /**
     * The connection dropped and the SDK reconnects after {@code delayMillis}, resuming after the last event id.
     *
     * @param attempt which reconnection this is, from 1; it starts over once a connection delivered an event
     * @param delayMillis how long the SDK waits before reconnecting, in milliseconds
     * @param cause why the connection dropped
     */
    default void onReconnecting(int attempt, long delayMillis, Throwable cause) {
    }

    /**
     * The stream ended for good: closed by the caller ({@code failure} null) or failed beyond repair.
     *
     * @param failure why the stream failed, or null when it was closed
     */
    default void onClosed(Throwable failure) {
    }
}
