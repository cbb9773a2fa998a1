package com.bytenite.sdk.jobs;

import java.time.Instant;
import java.util.Optional;

/** One log line written by a job's component. */
public final class LogEntry {
    private final String message;
    private final Instant timestamp;
    private final String level;
    private final String container;

    LogEntry(String message, Instant timestamp, String level, String container) {
        this.message = message == null ? "" : message;
        this.timestamp = timestamp;
        this.level = level;
        this.container = container;
    }

    /**
     * The line as the component wrote it.
     *
     * @return the line; empty when the server sent none
     */
    public String message() {
        return message;
    }

    /**
     * When the line was written.
     *
     * @return the time, or empty when the server sent none
     */
    public Optional<Instant> timestamp() {
        return Optional.ofNullable(timestamp);
    }

    /**
     * The raw level, such as {@code INFO}; the full list of levels is not documented.
     *
     * @return the level as sent, or empty when the server sent none
     */
    public Optional<String> level() {
        return Optional.ofNullable(level);
    }

    /**
     * The {@code container} field as sent; which values it takes is not documented.
     *
     * @return the container, or empty when the server sent none
     */
    public Optional<String> container() {
        return Optional.ofNullable(container);
    }

    @Override
    public String toString() {
        return timestamp + " " + level + " [" + container + "] " + message;
    }
}
