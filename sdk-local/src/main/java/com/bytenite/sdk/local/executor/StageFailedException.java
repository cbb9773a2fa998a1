package com.bytenite.sdk.local.executor;

import java.util.Optional;
import java.util.OptionalInt;

/** A stage did not complete: a task failed or timed out, or the job's deadline passed. */
public final class StageFailedException extends Exception {
    private static final long serialVersionUID = 1L;

    /** The failed task, or null when the stage failed as a whole. */
    private final String taskId;
    /** The task's exit status, or -1 when it did not exit by itself. */
    private final int exitStatus;
    /** The last line the task wrote to stderr, when the executor knows it and its log cannot tell. */
    private final String lastErrorLine;

    /**
     * A task that exited with a non-zero status.
     *
     * @param taskId the task's id
     * @param exitStatus its status
     */
    public StageFailedException(String taskId, int exitStatus) {
        this(taskId, exitStatus, null);
    }

    /**
     * A task that exited with a non-zero status, with the last line it wrote to stderr as the
     * executor knows it apart from the task's log. The job's error message quotes the last error
     * line of the task's log (its last stderr line, or line logged as an error); this one is quoted
     * when the log has none, as when the executor could not read it.
     *
     * @param taskId the task's id
     * @param exitStatus its status
     * @param lastErrorLine its last stderr line, or null when unknown
     */
    public StageFailedException(String taskId, int exitStatus, String lastErrorLine) {
        super(taskId + " exited with status " + exitStatus);
        this.taskId = taskId;
        this.exitStatus = exitStatus;
        this.lastErrorLine = lastErrorLine;
    }

    /**
     * A failure described in words: a timeout, a cancellation, a task that threw.
     *
     * @param message what happened, shown as the job's error message
     * @param cause the underlying failure, or null
     */
    public StageFailedException(String message, Throwable cause) {
        super(message, cause);
        this.taskId = null;
        this.exitStatus = -1;
        this.lastErrorLine = null;
    }

    /**
     * The task that exited with a non-zero status, if that is what happened.
     *
     * @return its id, or null
     */
    public String taskId() {
        return taskId;
    }

    /**
     * The failed task's exit status, when it exited by itself.
     *
     * @return the status, or empty
     */
    public OptionalInt exitStatus() {
        return exitStatus < 0 ? OptionalInt.empty() : OptionalInt.of(exitStatus);
    }

    /**
     * The failed task's last stderr line, when the executor reported it.
     *
     * @return the line, or empty (then the task's log tells)
     */
    public Optional<String> lastErrorLine() {
        return Optional.ofNullable(lastErrorLine);
    }
}
