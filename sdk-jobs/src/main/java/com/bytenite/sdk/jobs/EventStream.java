package com.bytenite.sdk.jobs;

import com.bytenite.sdk.core.errors.ByteNiteException;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * An open event stream ({@code GET /events}). Close it to stop reading; it reconnects by itself
 * after drops until then.
 *
 * <pre>{@code
 * try (EventStream events = jobs.events()) {
 *     for (JobEvent e : events) {
 *         System.out.println(e.name() + " " + e.jobId().orElse("?"));
 *     }
 * }
 * }</pre>
 *
 * <p>Iteration blocks until the next event; it ends after {@link #close()} (from another thread)
 * and throws if the stream failed beyond repair. Up to {@value #BUFFERED_EVENTS} events wait for
 * the iterator; beyond that the reader stops reading the connection until the iterator catches up
 * (the server keeps what it has not sent; nothing is dropped). A stream opened with a listener
 * ({@link JobsClient#subscribe(JobEventListener)}) cannot be iterated.
 */
public final class EventStream implements AutoCloseable, Iterable<JobEvent> {
    private static final Object END = new Object();
    /** Events read but not yet taken by the iterator; when full, the reader waits for the iterator. */
    static final int BUFFERED_EVENTS = 1024;
    /** How often an empty buffer is checked for the stream's end, which is not queued behind a full buffer. */
    private static final long END_CHECK_MILLIS = 50;

    private final EventReader reader;
    private final BlockingQueue<Object> queue;
    private final AtomicReference<Object> terminal;

    private EventStream(EventReader reader, BlockingQueue<Object> queue, AtomicReference<Object> terminal) {
        this.reader = reader;
        this.queue = queue;
        this.terminal = terminal;
    }

    static EventStream start(java.util.function.Function<JobEventListener, EventReader> readerFactory, JobEventListener listener) {
        EventStream stream = new EventStream(readerFactory.apply(listener), null, null);
        stream.startThread();
        return stream;
    }

    static EventStream startQueued(java.util.function.Function<JobEventListener, EventReader> readerFactory) {
        BlockingQueue<Object> queue = new ArrayBlockingQueue<>(BUFFERED_EVENTS);
        AtomicReference<Object> terminal = new AtomicReference<>();
        JobEventListener toQueue = new JobEventListener() {
            @Override
            public void onEvent(JobEvent event) {
                try {
                    queue.put(event); // a full buffer makes the reader wait: backpressure, nothing dropped
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt(); // the stream is being closed
                }
            }

            @Override
            public void onClosed(Throwable failure) {
                terminal.set(failure == null ? END : failure);
            }
        };
        EventStream stream = new EventStream(readerFactory.apply(toQueue), queue, terminal);
        stream.startThread();
        return stream;
    }

    private void startThread() {
        Thread t = new Thread(reader, "bytenite-events");
        t.setDaemon(true);
        t.start();
    }

    /**
     * @throws IllegalStateException if this stream delivers to a listener
     */
    @Override
    public Iterator<JobEvent> iterator() {
        if (queue == null) {
            throw new IllegalStateException("this event stream delivers to a listener; it cannot be iterated");
        }
        return new Iterator<>() {
            private Object next;

            @Override
            public boolean hasNext() {
                while (next == null) {
                    try {
                        next = queue.poll(END_CHECK_MILLIS, TimeUnit.MILLISECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new CancellationException("interrupted while waiting for an event");
                    }
                    if (next == null && terminal.get() != null && queue.isEmpty()) {
                        next = terminal.get();
                    }
                }
                if (next == END) {
                    return false; // every later hasNext() ends too
                }
                if (next instanceof Throwable failure) {
                    next = END;
                    terminal.set(END);
                    throw failure instanceof RuntimeException ? (RuntimeException) failure
                            : new ByteNiteException("the event stream failed: " + failure, "customer.listenEvents", failure);
                }
                return true;
            }

            @Override
            public JobEvent next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                JobEvent e = (JobEvent) next;
                next = null;
                return e;
            }
        };
    }

    /** The events as a sequential, blocking stream; see {@link #iterator()}. */
    public Stream<JobEvent> stream() {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(iterator(), Spliterator.ORDERED), false);
    }

    /** Stops reading and ends iteration; safe to call from any thread, more than once. */
    @Override
    public void close() {
        reader.close();
    }
}
