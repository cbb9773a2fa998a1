package com.bytenite.sdk.local.internal.run;

import com.bytenite.sdk.local.executor.StageFailedException;
import com.bytenite.sdk.local.executor.StageListener;
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
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;

/**
 * The running pieces of one job on the shared pool: started, watched for their own timeout (from
 * when each actually starts, not from when it was queued) and the job's deadline, cancelled together.
 * Waiting never polls: every start, end and cancellation wakes the waiter, which otherwise sleeps
 * exactly until the next timeout or deadline is due.
 */
final class TaskGroup {
    /** One submitted piece of work. */
    record Task(String id, Future<Void> future, AtomicReference<Instant> startedAt) {
    }

    private final ExecutorService pool;
    private final Clock clock;
    private final List<Task> all = new CopyOnWriteArrayList<>();
    private final AtomicInteger running = new AtomicInteger();
    /** Signalled on every start, end and cancellation. */
    private final Object changes = new Object();

    TaskGroup(ExecutorService pool, Clock clock) {
        this.pool = pool;
        this.clock = clock;
    }

    /** What a task reports as it starts and ends (its id; on end, whether it succeeded). */
    Task submit(String id, Callable<Void> body, StageListener progress) {
        AtomicReference<Instant> startedAt = new AtomicReference<>();
        Callable<Void> watched = () -> {
            startedAt.set(clock.instant());
            running.incrementAndGet();
            progress.started(id);
            wakeWaiter();
            boolean succeeded = false;
            try {
                Void result = body.call();
                succeeded = true;
                return result;
            } finally {
                running.decrementAndGet();
                progress.ended(id, succeeded);
            }
        };
        // done() runs once the future's outcome is set (or it is cancelled): only then is waking useful.
        FutureTask<Void> future = new FutureTask<>(watched) {
            @Override
            protected void done() {
                wakeWaiter();
            }
        };
        pool.execute(future);
        Task task = new Task(id, future, startedAt);
        all.add(task);
        return task;
    }

    /**
     * Waits until every task of {@code tasks} has succeeded.
     *
     * @throws StageFailedException naming the first task that failed or timed out, or the job's deadline;
     *     every other task of the group is cancelled first
     */
    void awaitAll(List<Task> tasks, Duration taskTimeout, Instant deadline, BooleanSupplier aborted) throws StageFailedException, InterruptedException {
        synchronized (changes) {
            while (true) {
                Instant now = clock.instant();
                if (aborted.getAsBoolean()) {
                    cancelAll();
                    throw new StageFailedException("aborted", null);
                }
                if (deadline != null && !now.isBefore(deadline)) {
                    cancelAll();
                    throw new StageFailedException("the job timed out (jobTimeout)", null);
                }
                boolean allDone = true;
                Instant nextDue = deadline;
                for (Task t : tasks) {
                    if (t.future().isDone()) {
                        failIfFailed(t);
                        continue;
                    }
                    allDone = false;
                    Instant started = t.startedAt().get();
                    if (taskTimeout != null && started != null) {
                        Instant due = started.plus(taskTimeout);
                        if (!now.isBefore(due)) {
                            cancelAll();
                            throw new StageFailedException(t.id() + " timed out after " + taskTimeout.toSeconds() + " s (taskTimeout)", null);
                        }
                        nextDue = nextDue == null || due.isBefore(nextDue) ? due : nextDue;
                    }
                }
                if (allDone) {
                    return;
                }
                changes.wait(nextDue == null ? 0 : Math.max(1, Duration.between(now, nextDue).toMillis()));
            }
        }
    }

    int running() {
        return running.get();
    }

    void cancelAll() {
        all.forEach(t -> t.future().cancel(true));
        wakeWaiter();
    }

    private void wakeWaiter() {
        synchronized (changes) {
            changes.notifyAll();
        }
    }

    private void failIfFailed(Task t) throws StageFailedException, InterruptedException {
        try {
            t.future().get();
        } catch (CancellationException e) {
            throw new StageFailedException(t.id() + " was cancelled", null);
        } catch (ExecutionException e) {
            cancelAll();
            Throwable cause = e.getCause();
            if (cause instanceof StageFailedException f) {
                throw f;
            }
            throw new StageFailedException(t.id() + " failed: " + cause, cause);
        }
    }
}
