package com.bytenite.sdk.jobs;

/**
 * Told how an upload or download advances. Called on the transferring thread, often: keep it quick.
 * A restarted upload starts again from zero.
 */
@FunctionalInterface
public interface TransferListener {
    /** Does nothing. */
    TransferListener NONE = (name, done, total) -> { };

    /**
     * @param name the file being transferred
     * @param bytesDone bytes transferred so far
     * @param totalBytes the file's size, or -1 when unknown
     */
    void onProgress(String name, long bytesDone, long totalBytes);
}
