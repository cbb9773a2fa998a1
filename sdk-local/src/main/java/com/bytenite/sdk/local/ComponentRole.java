package com.bytenite.sdk.local;

/** The three places a component can sit in a job: what {@link LocalByteNiteBuilder#component} registers. */
public enum ComponentRole {
    /** Splits the job's input into chunks. */
    PARTITIONER,
    /** Processes one chunk per task. */
    APP,
    /** Merges the tasks' results into the job's output. */
    ASSEMBLER
}
