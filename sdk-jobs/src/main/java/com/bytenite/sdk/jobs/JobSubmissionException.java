package com.bytenite.sdk.jobs;

import com.bytenite.sdk.core.errors.ByteNiteException;
import java.util.Optional;

/**
 * A step of {@link JobRequest#submit()} or {@link JobRequest#draft()} failed after the job was
 * created. Says which step failed, carries the created job's id (so nothing is orphaned silently),
 * and whether the draft was deleted. The cause is the step's own exception.
 */
public class JobSubmissionException extends ByteNiteException {
    private static final long serialVersionUID = 1L;

    /** The steps of a submission, in order. */
    public enum Step {
        SET_DATA_SOURCE, UPLOAD, UPLOAD_COMPLETED, SET_PARAMS, SET_CONFIG, RUN
    }

    private final Step step;
    private final String jobId;
    private final boolean draftDeleted;

    JobSubmissionException(Step step, String jobId, boolean draftDeleted, RuntimeException cause) {
        super(message(step, jobId, draftDeleted, cause), cause instanceof ByteNiteException
                ? ((ByteNiteException) cause).operation().orElse(null) : null, cause);
        this.step = step;
        this.jobId = jobId;
        this.draftDeleted = draftDeleted;
    }

    public Step step() {
        return step;
    }

    /** The id of the job created before the failure. */
    public Optional<String> jobId() {
        return Optional.ofNullable(jobId);
    }

    /** True when the SDK deleted the draft after the failure (see {@link JobRequest#deleteDraftOnFailure}). */
    public boolean draftDeleted() {
        return draftDeleted;
    }

    private static String message(Step step, String jobId, boolean deleted, RuntimeException cause) {
        String fate = step == Step.RUN
                ? "; the job may or may not have started: check it with get(\"" + jobId + "\")"
                : deleted ? "; the draft was deleted" : "; the draft job remains: delete it with delete(\"" + jobId + "\")";
        return "Job " + jobId + " was created but step " + step + " failed: " + cause.getMessage() + fate;
    }
}
