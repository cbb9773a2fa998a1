package com.bytenite.sdk.jobs;

import com.bytenite.sdk.core.http.Sleeper;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * One event stream per {@link com.bytenite.sdk.core.http.ByteNiteHttp}, shared by every waiter of
 * every {@link JobsService} built on it: each waiter watches its job and wakes when an event names it
 * (or names no job), so its confirming GET follows the event at once.
 * The stream opens with the first watch and closes a while after the last.
 *
 * <p>Only events that may mean a job ended wake its waiters (not a state that is not final, nor a
 * task's progress), so a job costs its waiter a first and a last look, not one per event.
 *
 * <p>The stream stays open for {@value #LINGER_SECONDS} s after the last watch ends, so waiters
 * one after another share it too.
 *
 * <p>No wake-up is missed: a watch waits (up to the first poll interval) until the stream is
 * connected before the waiter's first GET, so every change after that GET arrives as an event, and
 * a dropped stream resumes with {@code Last-Event-ID}. While the stream is not available (the
 * server refuses it, or it failed beyond repair) waiters sleep their polling schedule, which stays
 * the safety net: events only ever shorten a wait.
 */
final class JobEventHub {
    static final long LINGER_SECONDS = 30;
    /** One daemon thread for every hub's delayed close. */
    private static final ScheduledExecutorService CLOSER = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "bytenite-event-hub-closer");
        t.setDaemon(true);
        return t;
    });

    private final Function<JobEventListener, EventStream> subscribe;
    private final Sleeper sleeper;
    private final Map<String, Set<Watch>> byJob = new ConcurrentHashMap<>();
    private int watches;
    private Connection connection;

    /** One opening of the shared stream, with its own settled state. */
    private final class Connection implements JobEventListener {
        final CountDownLatch settled = new CountDownLatch(1);
        volatile boolean available;
        EventStream stream;

        @Override
        public void onConnected() {
            available = true;
            settled.countDown();
        }

        @Override
        public void onEvent(JobEvent event) {
            if (!worthAGet(event)) {
                return;
            }
            String jobId = event.jobId().orElse(null);
            if (jobId == null) {
                byJob.values().forEach(set -> set.forEach(Watch::wake));
            } else {
                byJob.getOrDefault(jobId, Set.of()).forEach(Watch::wake);
            }
        }

        @Override
        public void onClosed(Throwable failure) {
            available = false;
            settled.countDown();
            byJob.values().forEach(set -> set.forEach(Watch::wake));
        }
    }

    /**
     * Whether an event may mean the job ended, so a waiter should look: not when it reports a state
     * that is not final, nor when it is about one of the job's tasks; anything else, unknown
     * shapes included, wakes the waiter.
     */
    static boolean worthAGet(JobEvent event) {
        if (event.field("taskState").isPresent()) {
            return false;
        }
        return event.state().map(JobState::isTerminal).orElse(true);
    }

    JobEventHub(Function<JobEventListener, EventStream> subscribe, Sleeper sleeper) {
        this.subscribe = subscribe;
        this.sleeper = sleeper;
    }

    /** Starts watching {@code jobId}; close the watch when done waiting. */
    Watch watch(String jobId) {
        Connection current;
        synchronized (this) {
            if (connection == null) {
                connection = new Connection();
                connection.stream = subscribe.apply(connection);
            }
            watches++;
            current = connection;
        }
        Watch w = new Watch(jobId, current);
        byJob.computeIfAbsent(jobId, k -> new CopyOnWriteArraySet<>()).add(w);
        return w;
    }

    private void release(Watch w) {
        byJob.computeIfPresent(w.jobId, (k, set) -> {
            set.remove(w);
            return set.isEmpty() ? null : set;
        });
        synchronized (this) {
            if (--watches == 0 && connection != null) {
                Connection idle = connection;
                CLOSER.schedule(() -> closeIfIdle(idle), LINGER_SECONDS, TimeUnit.SECONDS);
            }
        }
    }

    private void closeIfIdle(Connection idle) {
        synchronized (this) {
            if (watches > 0 || connection != idle) {
                return;
            }
            connection = null;
        }
        idle.stream.close();
    }

    /** A waiter's interest in one job. */
    final class Watch implements AutoCloseable {
        private final String jobId;
        private final Connection connection;
        private final Semaphore signal = new Semaphore(0);

        private Watch(String jobId, Connection connection) {
            this.jobId = jobId;
            this.connection = connection;
        }

        private void wake() {
            signal.release();
        }

        /** Waits up to {@code max} for the stream to be connected, so nothing after the next GET is missed. */
        void awaitConnected(Duration max) throws InterruptedException {
            connection.settled.await(max.toMillis(), TimeUnit.MILLISECONDS);
        }

        /** Waits up to {@code max}, returning early when an event about the job arrives. */
        void pause(Duration max) throws InterruptedException {
            if (!connection.available) {
                sleeper.sleep(max);
                return;
            }
            if (signal.tryAcquire(max.toMillis(), TimeUnit.MILLISECONDS)) {
                signal.drainPermits(); // several events in a burst need one confirming GET
            }
        }

        @Override
        public void close() {
            release(this);
        }
    }
}
