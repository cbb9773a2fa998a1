package com.bytenite.sdk.local.executor;

/**
 * Told when the tasks of a stage start, end and are retried; every method does nothing by default. A
 * retried task is told {@code started} again when its next attempt starts.
 */
public interface StageListener {
    /** A listener that does nothing. */
    StageListener NONE = new StageListener() { };

    /**
     * A task started running.
     *
     * @param taskId the task's id
     */
    default void started(String taskId) {
    }

    /**
     * A task ended.
     *
     * @param taskId the task's id
     * @param succeeded whether it exited with status 0
     */
    default void ended(String taskId, boolean succeeded) {
    }

    /**
     * A task exited with a non-zero status and runs again ({@link Stage#maxTaskRetries()}); its
     * outputs from the failed attempt are discarded. Called instead of {@link #ended}.
     *
     * @param taskId the task's id
     * @param exitStatus the failed attempt's exit status
     * @param retry which retry comes next, from 1 to {@code maxTaskRetries}
     */
    default void retrying(String taskId, int exitStatus, int retry) {
    }
}
