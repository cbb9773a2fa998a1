package com.bytenite.sdk.core.internal;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * A request tag pairing a call's attempts and end with its start, for {@link Telemetry}. The retry
 * interceptor counts attempts on it.
 */
public final class CallTrace {
    private final long id;
    private final String operation;
    private final String method;
    private final long startNanos;
    private final AtomicInteger attempts = new AtomicInteger();

    CallTrace(long id, String operation, String method, long startNanos) {
        this.id = id;
        this.operation = operation;
        this.method = method;
        this.startNanos = startNanos;
    }

    long id() {
        return id;
    }

    String operation() {
        return operation;
    }

    String method() {
        return method;
    }

    long startNanos() {
        return startNanos;
    }

    int attempts() {
        return attempts.get();
    }

    void attempted() {
        attempts.incrementAndGet();
    }
}
