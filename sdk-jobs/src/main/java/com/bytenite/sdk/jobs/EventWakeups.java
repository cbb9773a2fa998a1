package com.bytenite.sdk.jobs;

import com.bytenite.sdk.core.http.Sleeper;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Lets a {@link JobWaiter} wake early when the event stream mentions its job, so the confirming
 * GET follows the event at once instead of at the next poll. While the stream is not available
 * (the server refuses it, or it failed beyond repair) the waiter just sleeps as when polling.
 * Events only ever shorten a wait: the polling schedule stays the safety net.
 */
final class EventWakeups implements AutoCloseable {
    private final String jobId;
    private final Sleeper sleeper;
    private final Semaphore signal = new Semaphore(0);
    /** Counted down when the stream first connects or fails, so the first wait knows which way to go. */
    private final CountDownLatch settled = new CountDownLatch(1);
    private volatile boolean available;
    private EventStream stream;

    EventWakeups(String jobId, Sleeper sleeper) {
        this.jobId = jobId;
        this.sleeper = sleeper;
    }

    /** Subscribes through {@code jobs}; call once before waiting. */
    EventWakeups start(JobsClient jobs) {
        stream = jobs.subscribe(new JobEventListener() {
            @Override
            public void onConnected() {
                available = true;
                settled.countDown();
            }

            @Override
            public void onEvent(JobEvent event) {
                if (event.jobId().map(jobId::equals).orElse(true)) {
                    signal.release();
                }
            }

            @Override
            public void onClosed(Throwable failure) {
                available = false;
                settled.countDown();
                signal.release();
            }
        });
        return this;
    }

    /** Waits up to {@code max}, returning early when an event about the job arrives. */
    void pause(Duration max) throws InterruptedException {
        settled.await(max.toMillis(), TimeUnit.MILLISECONDS);
        if (!available) {
            sleeper.sleep(max);
            return;
        }
        if (signal.tryAcquire(max.toMillis(), TimeUnit.MILLISECONDS)) {
            signal.drainPermits(); // several events in a burst need one confirming GET
        }
    }

    @Override
    public void close() {
        if (stream != null) {
            stream.close();
        }
    }
}
