package com.bytenite.sdk.jobs;

import com.bytenite.sdk.core.errors.ByteNiteException;
import java.time.Duration;

/** The job had not finished when the wait's time ran out. The job goes on running on the server. */
public class JobWaitTimeoutException extends ByteNiteException {
    private static final long serialVersionUID = 1L;

    private final transient Job lastSeen;

    JobWaitTimeoutException(Job lastSeen, Duration timeout) {
        super("Job " + lastSeen.id() + " did not finish within " + timeout + "; last state "
                + lastSeen.state().map(JobState::raw).orElse("unknown"), "customer.getJob", null);
        this.lastSeen = lastSeen;
    }

    /**
     * The job as last read before giving up.
     *
     * @return the last job read; null after deserialisation (it is not serialised)
     */
    public Job lastSeen() {
        return lastSeen;
    }
}
