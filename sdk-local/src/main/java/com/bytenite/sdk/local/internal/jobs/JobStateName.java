package com.bytenite.sdk.local.internal.jobs;

/** The job states this server moves through, with their wire names. */
public enum JobStateName {
    NEW, PARTITIONING, RUNNING, ASSEMBLING, COMPLETE, FAILED, ABORTED;

    public String wire() {
        return "JOB_STATE_" + name();
    }

    public boolean isTerminal() {
        return this == COMPLETE || this == FAILED || this == ABORTED;
    }
}
