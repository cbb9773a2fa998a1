package com.bytenite.sdk.dev;

/** Apps run one task each; engines split the input (partitioners) or merge results (assemblers). */
public enum ComponentKind {
    APP, ENGINE
}
