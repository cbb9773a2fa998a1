package com.bytenite.sdk.local.internal.run;

/** Ends a job as FAILED with a message the user sees as the job's errorMessage. */
final class JobFailure extends Exception {
    private static final long serialVersionUID = 1L;

    JobFailure(String message) {
        super(message);
    }

    JobFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
