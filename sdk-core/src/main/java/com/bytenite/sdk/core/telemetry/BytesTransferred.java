package com.bytenite.sdk.core.telemetry;

import java.time.Duration;

/**
 * A file moved to or from storage.
 *
 * @param direction upload or download
 * @param name the file's name (a local file's name for uploads, the result's name for downloads)
 * @param bytes how many bytes moved
 * @param duration how long it took, retries included
 * @param succeeded false when the transfer failed part-way
 */
public record BytesTransferred(Direction direction, String name, long bytes, Duration duration, boolean succeeded) {
    /** Which way the bytes went. */
    public enum Direction {
        /** A job's input, sent to the signed upload URL. */
        UPLOAD,
        /** A job's result, read from its link. */
        DOWNLOAD
    }
}
