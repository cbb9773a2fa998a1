package com.bytenite.sdk.jobs;

import java.util.Iterator;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Function;
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
 * ({@link EventsService#subscribe(JobEventListener)}) cannot be iterated.
 */
public final class EventStream implements AutoCloseable, Iterable<JobEvent> {
    /** At most this many events read and not yet iterated; then the reader waits for the iterator. */
    static final int BUFFERED_EVENTS = EventBuffer.BATCH * EventBuffer.BATCHES;

    private final EventReader reader;
    private final EventBuffer buffer;

    private EventStream(EventReader reader, EventBuffer buffer) {
        this.reader = reader;
        this.buffer = buffer;
    }

    static EventStream start(Function<JobEventListener, EventReader> readerFactory, JobEventListener listener) {
        EventStream stream = new EventStream(readerFactory.apply(listener), null);
        stream.startThread();
        return stream;
    }

    static EventStream startQueued(Function<JobEventListener, EventReader> readerFactory) {
        EventBuffer buffer = new EventBuffer();
        EventStream stream = new EventStream(readerFactory.apply(buffer), buffer);
        stream.startThread();
        return stream;
    }

    private void startThread() {
        Thread t = new Thread(reader, "bytenite-events");
        t.setDaemon(true);
        t.start();
    }

    /**
     * The events, blocking in {@code hasNext()} until the next one arrives or the stream ends. Its
     * {@code hasNext()} throws the stream's failure (a {@code ByteNiteException}) once, after the
     * events read before it, and a {@link java.util.concurrent.CancellationException} when the waiting
     * thread is interrupted. Meant for one iterator: several share the same events, each getting some.
     *
     * @return an iterator over the events as they arrive
     * @throws IllegalStateException if this stream delivers to a listener
     */
    @Override
    public Iterator<JobEvent> iterator() {
        if (buffer == null) {
            throw new IllegalStateException("this event stream delivers to a listener; it cannot be iterated");
        }
        return buffer.iterator();
    }

    /**
     * The events as a sequential, blocking stream; see {@link #iterator()}.
     *
     * @return a stream that ends when this event stream is closed
     * @throws IllegalStateException if this stream delivers to a listener
     */
    public Stream<JobEvent> stream() {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(iterator(), Spliterator.ORDERED), false);
    }

    /** Stops reading and ends iteration; safe to call from any thread, more than once. */
    @Override
    public void close() {
        reader.close();
    }
}
