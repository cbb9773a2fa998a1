package com.bytenite.sdk.local.internal.events;

import com.google.gson.JsonObject;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;

/**
 * Job and task state changes, numbered so a client can resume after a drop with
 * {@code Last-Event-ID}. A job's events are kept as long as the job is (its history is sized to
 * the job: two per task and one per state), up to {@value #KEPT} events in all, the oldest going
 * first beyond that.
 *
 * <p>Ids stay unique and increasing across restarts: a run numbers its events from its start time
 * in microseconds, so a later run starts above every id of an earlier one as long as that one
 * published fewer than a thousand events per millisecond it ran. An id from an earlier run is below
 * everything this run holds, so resuming with it replays all of that.
 */
public final class EventBus {
    static final int KEPT = 200_000;

    /** One event: its id, the user it is for, the job it is about, its name and payload. */
    public record Event(long id, String user, String jobId, String name, JsonObject data) {
    }

    private final Deque<Event> history = new ArrayDeque<>();
    private final long firstId;
    private long lastId;
    private boolean closed;

    /** A bus numbering from the current time. */
    public EventBus() {
        this(System.currentTimeMillis() * 1000);
    }

    /** @param base the id before this run's first event */
    EventBus(long base) {
        this.firstId = base + 1;
        this.lastId = base;
    }

    public synchronized void publish(String user, String jobId, String name, JsonObject data) {
        history.addLast(new Event(++lastId, user, jobId, name, data));
        if (history.size() > KEPT) {
            history.removeFirst();
        }
        notifyAll();
    }

    /** The id of the newest event (the base before any): where a new subscriber starts. */
    public synchronized long lastId() {
        return lastId;
    }

    /**
     * Where a client resuming after {@code lastEventId} starts: right after it when it is one of this
     * run's ids; before everything this run holds when it is not (from an earlier run, or unknown).
     */
    public synchronized long resumeAfter(long lastEventId) {
        return lastEventId >= firstId && lastEventId <= lastId ? lastEventId : firstId - 1;
    }

    /**
     * The events for {@code user} after {@code afterId}, waiting up to {@code waitMillis} for one.
     *
     * @return an empty list on timeout or once the bus is closed
     */
    public synchronized List<Event> after(String user, long afterId, long waitMillis) throws InterruptedException {
        long deadline = System.currentTimeMillis() + waitMillis;
        while (true) {
            List<Event> out = new ArrayList<>();
            // Newest first, stopping at afterId: a wake-up costs the new events, not the whole history.
            for (Iterator<Event> it = history.descendingIterator(); it.hasNext(); ) {
                Event e = it.next();
                if (e.id() <= afterId) {
                    break;
                }
                if (e.user().equals(user)) {
                    out.add(e);
                }
            }
            Collections.reverse(out);
            long left = deadline - System.currentTimeMillis();
            if (!out.isEmpty() || closed || left <= 0) {
                return out;
            }
            wait(left);
        }
    }

    /** Drops the events of a job that is no longer kept. */
    public synchronized void forget(String jobId) {
        history.removeIf(e -> jobId.equals(e.jobId()));
    }

    /** Wakes every subscriber so their streams end. */
    public synchronized void close() {
        closed = true;
        notifyAll();
    }

    public synchronized boolean isClosed() {
        return closed;
    }
}
