package com.bytenite.sdk.jobs;

import com.bytenite.sdk.core.errors.ByteNiteException;

/** The job ended in a state other than complete (failed or aborted). Carries the final job. */
public class JobFailedException extends ByteNiteException {
    private static final long serialVersionUID = 1L;

    private final transient Job job;

    JobFailedException(Job job) {
        super("Job " + job.id() + " ended " + job.state().map(JobState::raw).orElse("without a state")
                + job.errorMessage().map(m -> ": " + m).orElse(" (the server gave no error message)"), "customer.getJob", null);
        this.job = job;
    }

    /**
     * The job as last read, with its state and {@link Job#errorMessage()}.
     *
     * @return the final job; null after deserialisation (it is not serialised)
     */
    public Job job() {
        return job;
    }
}
