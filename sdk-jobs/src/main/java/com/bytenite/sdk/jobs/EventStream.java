package com.bytenite.sdk.jobs;

import com.bytenite.sdk.core.errors.ByteNiteException;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.LinkedBlockingQueue;
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
 * and throws if the stream failed beyond repair. A stream opened with a listener
 * ({@link JobsClient#subscribe(JobEventListener)}) cannot be iterated.
 */
public final class EventStream implements AutoCloseable, Iterable<JobEvent> {
    private static final Object END = new Object();

    private final EventReader reader;
    private final BlockingQueue<Object> queue;

    private EventStream(EventReader reader, BlockingQueue<Object> queue) {
        this.reader = reader;
        this.queue = queue;
    }

    static EventStream start(java.util.function.Function<JobEventListener, EventReader> readerFactory, JobEventListener listener) {
        EventStream stream = new EventStream(readerFactory.apply(listener), null);
        stream.startThread();
        return stream;
    }

    static EventStream startQueued(java.util.function.Function<JobEventListener, EventReader> readerFactory) {
        BlockingQueue<Object> queue = new LinkedBlockingQueue<>();
        JobEventListener toQueue = new JobEventListener() {
            @Override
            public void onEvent(JobEvent event) {
                queue.add(event);
            }

            @Override
            public void onClosed(Throwable failure) {
                queue.add(failure == null ? END : failure);
            }
        };
        EventStream stream = new EventStream(readerFactory.apply(toQueue), queue);
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
                if (next == null) {
                    try {
                        next = queue.take();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new CancellationException("interrupted while waiting for an event");
                    }
                }
                if (next == END) {
                    queue.add(END); // every later hasNext() ends too
                    return false;
                }
                if (next instanceof Throwable) {
                    Throwable failure = (Throwable) next;
                    queue.add(END);
                    next = END;
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
