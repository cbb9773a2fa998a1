package com.bytenite.sdk.local.run;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;

/**
 * The running pieces of one job on the shared pool: started, watched for their own timeout (from
 * when each actually starts, not from when it was queued) and the job's deadline, cancelled together.
 */
final class TaskGroup {
    private static final long WATCH_MILLIS = 20;

    /** One submitted piece of work. */
    record Task(String id, Future<Void> future, AtomicReference<Instant> startedAt) {
    }

    private final ExecutorService pool;
    private final Clock clock;
    private final List<Task> all = new CopyOnWriteArrayList<>();
    private final AtomicInteger running = new AtomicInteger();

    TaskGroup(ExecutorService pool, Clock clock) {
        this.pool = pool;
        this.clock = clock;
    }

    /** What a task reports as it starts and ends (its id; on end, whether it succeeded). */
    interface Progress {
        void started(String id);

        void ended(String id, boolean succeeded);
    }

    static final Progress SILENT = new Progress() {
        @Override
        public void started(String id) {
        }

        @Override
        public void ended(String id, boolean succeeded) {
        }
    };

    Task submit(String id, Callable<Void> body, Progress progress) {
        AtomicReference<Instant> startedAt = new AtomicReference<>();
        Future<Void> future = pool.submit(() -> {
            startedAt.set(clock.instant());
            running.incrementAndGet();
            progress.started(id);
            boolean succeeded = false;
            try {
                Void result = body.call();
                succeeded = true;
                return result;
            } finally {
                running.decrementAndGet();
                progress.ended(id, succeeded);
            }
        });
        Task task = new Task(id, future, startedAt);
        all.add(task);
        return task;
    }

    /**
     * Waits until every task of {@code tasks} has succeeded.
     *
     * @throws JobFailure naming the first task that failed or timed out, or the job's deadline;
     *     every other task of the group is cancelled first
     */
    void awaitAll(List<Task> tasks, Duration taskTimeout, Instant deadline, BooleanSupplier aborted) throws JobFailure, InterruptedException {
        while (true) {
            boolean allDone = true;
            Instant now = clock.instant();
            if (aborted.getAsBoolean()) {
                cancelAll();
                throw new JobFailure("aborted");
            }
            if (deadline != null && !now.isBefore(deadline)) {
                cancelAll();
                throw new JobFailure("the job timed out (jobTimeout)");
            }
            for (Task t : tasks) {
                if (t.future().isDone()) {
                    failIfFailed(t);
                    continue;
                }
                allDone = false;
                Instant started = t.startedAt().get();
                if (taskTimeout != null && started != null && Duration.between(started, now).compareTo(taskTimeout) >= 0) {
                    cancelAll();
                    throw new JobFailure(t.id() + " timed out after " + taskTimeout.toSeconds() + " s (taskTimeout)");
                }
            }
            if (allDone) {
                return;
            }
            Thread.sleep(WATCH_MILLIS);
        }
    }

    int running() {
        return running.get();
    }

    void cancelAll() {
        all.forEach(t -> t.future().cancel(true));
    }

    private void failIfFailed(Task t) throws JobFailure, InterruptedException {
        try {
            t.future().get();
        } catch (CancellationException e) {
            throw new JobFailure(t.id() + " was cancelled");
        } catch (ExecutionException e) {
            cancelAll();
            Throwable cause = e.getCause();
            if (cause instanceof JobFailure f) {
                throw f;
            }
            throw new JobFailure(t.id() + " failed: " + cause, cause);
        }
    }
}
