package com.bytenite.sdk.jobs;

import com.bytenite.sdk.core.errors.ByteNiteApiException;
import com.bytenite.sdk.core.errors.ByteNiteException;
import java.util.Optional;

/**
 * A step of {@link JobRequest#submit()} or {@link JobRequest#draft()} failed after the job was
 * created. Says which step failed, carries the created job's id (so nothing is orphaned silently),
 * and whether the draft was deleted. For a failed run, the message says whether the job did not
 * start (the server refused it with an error status) or may have started (no answer, or a 5xx).
 * The cause is the step's own exception.
 */
public class JobSubmissionException extends ByteNiteException {
    private static final long serialVersionUID = 1L;

    /** The steps of a submission, in order. */
    public enum Step {
        /** Setting the data source and destination ({@code PATCH /jobs/{id}/datasource}). */
        SET_DATA_SOURCE,
        /** Uploading the input to the signed {@code tempUrl}. */
        UPLOAD,
        /** Telling the server the upload is complete. */
        UPLOAD_COMPLETED,
        /** Setting the components' params ({@code PATCH /jobs/{id}/params}). */
        SET_PARAMS,
        /** Setting the timeouts and test flag ({@code PATCH /jobs/{id}/configs}). */
        SET_CONFIG,
        /** Running the job ({@code POST /jobs/{id}/run}). */
        RUN
    }

    /** The step that failed. */
    private final Step step;
    /** The id of the job created before the failure. */
    private final String jobId;
    /** Whether the SDK deleted the draft after the failure. */
    private final boolean draftDeleted;

    JobSubmissionException(Step step, String jobId, boolean draftDeleted, RuntimeException cause) {
        super(message(step, jobId, draftDeleted, cause), cause instanceof ByteNiteException
                ? ((ByteNiteException) cause).operation().orElse(null) : null, cause);
        this.step = step;
        this.jobId = jobId;
        this.draftDeleted = draftDeleted;
    }

    /**
     * The step that failed.
     *
     * @return the step; its exception is this exception's cause
     */
    public Step step() {
        return step;
    }

    /**
     * The id of the job created before the failure.
     *
     * @return the job's id; present whenever the SDK throws this exception
     */
    public Optional<String> jobId() {
        return Optional.ofNullable(jobId);
    }

    /**
     * True when the SDK deleted the draft after the failure (see {@link JobRequest#deleteDraftOnFailure}).
     *
     * @return whether the draft was deleted; false when deleting was off, not safe, or failed
     */
    public boolean draftDeleted() {
        return draftDeleted;
    }

    /**
     * Whether the server's answer proves the job was not started: it answered the run with an error
     * status below 500 (or a success status carrying {@code "ok": false}). A network failure or a 5xx
     * proves nothing.
     */
    static boolean refusedToStart(RuntimeException runFailure) {
        return runFailure instanceof ByteNiteApiException e && e.statusCode() < 500;
    }

    private static String message(Step step, String jobId, boolean deleted, RuntimeException cause) {
        String draft = deleted ? "; the draft was deleted" : "; the draft job remains: delete it with delete(\"" + jobId + "\")";
        String fate;
        if (step != Step.RUN) {
            fate = draft;
        } else if (refusedToStart(cause)) {
            fate = "; the server refused to run it, so it did not start" + draft;
        } else {
            fate = "; the job may or may not have started: check it with get(\"" + jobId + "\")";
        }
        return "Job " + jobId + " was created but step " + step + " failed: " + cause.getMessage() + fate;
    }
}
