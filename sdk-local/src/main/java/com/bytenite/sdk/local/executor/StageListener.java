package com.bytenite.sdk.local.executor;

/** Told when the tasks of a stage start and end; both do nothing by default. */
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
}
