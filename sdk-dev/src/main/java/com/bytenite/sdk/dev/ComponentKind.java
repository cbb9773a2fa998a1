package com.bytenite.sdk.dev;

/** Apps run one task each; engines split the input (partitioners) or merge results (assemblers). */
public enum ComponentKind {
    /** An app: the code that processes one chunk per task ({@code /v1/dev/apps}). */
    APP,
    /** An engine: a partitioner or an assembler ({@code /v1/dev/engines}). */
    ENGINE
}
