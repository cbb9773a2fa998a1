package com.bytenite.sdk.jobs;

import static com.bytenite.sdk.core.http.Arguments.requirePathSegment;

import com.bytenite.sdk.core.http.Sleeper;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.function.Function;

/**
 * Follows one job until it reaches a terminal state, by polling {@code GET /jobs/{id}} with a
 * growing interval; each poll after an early wake-up (an event about the job) is the GET that
 * confirms what the event said. Cancelled by interrupting the waiting thread.
 */
final class JobWaiter {
    /** The interval grows by this factor after each poll that saw no change, up to {@link #MAX_INTERVAL_FACTOR}× the first. */
    private static final double BACKOFF = 1.5;
    private static final int MAX_INTERVAL_FACTOR = 8;

    private final Function<String, Job> fetch;
    private final Clock clock;
    private final Sleeper pause;

    /** @param pause waits between polls: a plain sleep, or {@link EventWakeups#pause} to wake on events */
    JobWaiter(Function<String, Job> fetch, Clock clock, Sleeper pause) {
        this.fetch = fetch;
        this.clock = clock;
        this.pause = pause;
    }

    /**
     * Waits for job {@code jobId} with the stack's shared event stream as early wake-up: the watch
     * is connected before the first GET, so no change after it is missed.
     *
     * @throws IllegalArgumentException if the id is not a valid path segment or a duration is not positive
     * @throws CancellationException if interrupted (the interrupt flag is kept)
     */
    static Job awaitWithEvents(JobEventHub hub, Function<String, Job> fetch, Clock clock, String jobId, Duration timeout,
            Duration pollInterval) {
        requirePathSegment("jobId", jobId);
        positive("timeout", timeout);
        positive("pollInterval", pollInterval);
        try (JobEventHub.Watch watch = hub.watch(jobId)) {
            watch.awaitConnected(pollInterval);
            return new JobWaiter(fetch, clock, watch::pause).await(jobId, timeout, pollInterval);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("waiting for the job was interrupted");
        }
    }

    private static void positive(String field, Duration d) {
        Objects.requireNonNull(d, field + " must not be null");
        if (d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException(field + ": expected a positive duration but was " + d);
        }
    }

    /**
     * @return the job in a successful terminal state
     * @throws JobFailedException if it ended failed or aborted
     * @throws JobWaitTimeoutException if {@code timeout} passed first
     * @throws CancellationException if interrupted (the interrupt flag is kept)
     */
    Job await(String jobId, Duration timeout, Duration pollInterval) {
        Instant deadline = clock.instant().plus(timeout);
        Duration interval = pollInterval;
        Duration maxInterval = pollInterval.multipliedBy(MAX_INTERVAL_FACTOR);
        String lastState = null;
        while (true) {
            checkCancelled();
            Job job = fetch.apply(jobId);
            if (job.state().map(JobState::isTerminal).orElse(false)) {
                if (job.state().get().isSuccessful()) {
                    return job;
                }
                throw new JobFailedException(job);
            }
            String state = job.state().map(JobState::raw).orElse(null);
            interval = Objects.equals(state, lastState) ? grow(interval, maxInterval) : pollInterval;
            lastState = state;
            Duration left = Duration.between(clock.instant(), deadline);
            if (left.isNegative() || left.isZero()) {
                throw new JobWaitTimeoutException(job, timeout);
            }
            pause(interval.compareTo(left) < 0 ? interval : left);
        }
    }

    private static Duration grow(Duration interval, Duration max) {
        Duration next = Duration.ofMillis((long) (interval.toMillis() * BACKOFF));
        return next.compareTo(max) > 0 ? max : next;
    }

    private void pause(Duration d) {
        try {
            pause.sleep(d);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("waiting for the job was interrupted");
        }
    }

    private void checkCancelled() {
        if (Thread.currentThread().isInterrupted()) {
            throw new CancellationException("waiting for the job was cancelled");
        }
    }
}
