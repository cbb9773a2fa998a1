package com.bytenite.sdk.core.internal;

/**
 * A request tag: the answer is read whole inside the retry loop, so a body cut off while it is read
 * fails the attempt (and an idempotent call is tried again) instead of failing the caller. Set on
 * every request/response call; never on downloads and streams, which must not be held in memory.
 */
public enum WholeBody {
    READ
}
