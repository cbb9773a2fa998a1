package com.bytenite.sdk.jobs;

import com.bytenite.sdk.core.errors.ByteNiteException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Between an {@link EventReader}'s thread and an {@link EventStream}'s iterator: events pass in
 * batches, so a busy stream costs one hand-over per batch, not per event. A batch is handed over
 * when the reader has caught up with what the connection delivered (so a lone event is not held
 * back) or when it is full. At most {@value #BATCHES} batches of {@value #BATCH} events wait; beyond
 * that the reader stops until the iterator catches up (backpressure: nothing is dropped).
 */
final class EventBuffer implements JobEventListener, EventReader.CaughtUp {
    static final int BATCH = 64;
    static final int BATCHES = 16;
    private static final Object END = new Object();
    /** How often an empty buffer is checked for the stream's end, which cannot wait behind full batches. */
    private static final long END_CHECK_MILLIS = 50;

    private final BlockingQueue<List<JobEvent>> batches = new ArrayBlockingQueue<>(BATCHES);
    private final AtomicReference<Object> terminal = new AtomicReference<>();
    /** Events read but not yet handed over; touched by the reader's thread only. */
    private List<JobEvent> pending = new ArrayList<>(BATCH);

    @Override
    public void onEvent(JobEvent event) {
        pending.add(event);
        if (pending.size() == BATCH) {
            caughtUp();
        }
    }

    @Override
    public void caughtUp() {
        if (pending.isEmpty()) {
            return;
        }
        try {
            batches.put(pending); // a full buffer makes the reader wait
            pending = new ArrayList<>(BATCH);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // the stream is being closed
        }
    }

    @Override
    public void onClosed(Throwable failure) {
        caughtUp();
        terminal.set(failure == null ? END : failure);
    }

    Iterator<JobEvent> iterator() {
        return new Iterator<>() {
            private List<JobEvent> batch = List.of();
            private int next;

            @Override
            public boolean hasNext() {
                while (next == batch.size()) {
                    if (terminal.get() == END && batches.isEmpty()) {
                        return false;
                    }
                    if (terminal.get() instanceof Throwable failure && batches.isEmpty()) {
                        terminal.set(END); // every later hasNext() ends
                        throw failure instanceof RuntimeException r ? r
                                : new ByteNiteException("the event stream failed: " + failure, "customer.listenEvents", failure);
                    }
                    List<JobEvent> taken = take();
                    if (taken != null) {
                        batch = taken;
                        next = 0;
                    }
                }
                return true;
            }

            @Override
            public JobEvent next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return batch.get(next++);
            }
        };
    }

    private List<JobEvent> take() {
        try {
            return batches.poll(END_CHECK_MILLIS, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted while waiting for an event");
        }
    }
}
