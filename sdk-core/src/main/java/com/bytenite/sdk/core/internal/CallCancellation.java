package com.bytenite.sdk.core.internal;

import okhttp3.Call;

/**
 * Cancels one asynchronous task: the HTTP call it has in flight, and its thread while it waits
 * (between retries, between polls). The task's calls run one after another, so only the current
 * one is kept. Thread-safe.
 */
public final class CallCancellation {
    private Thread worker;
    private Call current;
    private boolean cancelled;

    /**
     * Marks {@code thread} as the one running the task.
     *
     * @return false if the task was cancelled before it started: it must not run
     */
    public synchronized boolean begin(Thread thread) {
        worker = thread;
        return !cancelled;
    }

    /**
     * Detaches the task from its thread. An interrupt this cancellation sent is cleared, so a pooled
     * thread does not carry it into its next task.
     */
    public void end() {
        boolean clear;
        synchronized (this) {
            worker = null;
            current = null;
            clear = cancelled;
        }
        if (clear) {
            Thread.interrupted();
        }
    }

    /** Cancels the call in flight and interrupts the task's thread; later calls are cancelled as they start. */
    public synchronized void cancel() {
        cancelled = true;
        if (current != null) {
            current.cancel();
        }
        if (worker != null) {
            worker.interrupt();
        }
    }

    synchronized void track(Call call) {
        current = call;
        if (cancelled) {
            call.cancel();
        }
    }
}
