package com.bytenite.sdk.local;

/** The three places a component can sit in a job: what {@link LocalByteNiteBuilder#component} registers. */
public enum ComponentRole {
    PARTITIONER, APP, ASSEMBLER
}
