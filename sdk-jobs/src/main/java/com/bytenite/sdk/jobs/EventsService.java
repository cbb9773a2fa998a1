package com.bytenite.sdk.jobs;

import com.bytenite.sdk.core.ByteNiteService;
import com.bytenite.sdk.core.spi.ServiceContext;
import java.util.Objects;

/**
 * The account's event stream ({@code GET /events}): iterate it, or have a listener called. Event
 * names and payloads are not documented by ByteNite: they are delivered raw, with the job id and
 * state offered typed when the payload has them. The stream reconnects by itself; see
 * {@link EventStream}.
 *
 * <pre>{@code
 * try (EventStream events = client.events().stream()) {
 *     for (JobEvent e : events) {
 *         System.out.println(e.name() + " " + e.jobId().orElse("-"));
 *     }
 * }
 * }</pre>
 *
 * <p>Waiting for a job does not need this: {@code Job.awaitCompletion} already listens to the
 * stream. Streams run on their own thread, so their {@code async()} view adds nothing.
 */
public final class EventsService extends ByteNiteService<EventsService> {
    private final CustomerCalls calls;

    /**
     * Services are made by {@code ByteNiteClient}; this constructor is for SDK modules and tests.
     *
     * @param context the shared HTTP stack and the options this view sends with
     */
    public EventsService(ServiceContext context) {
        super(context, EventsService::new);
        this.calls = new CustomerCalls(context);
    }

    /**
     * Opens the stream for iteration; close it when done. The connection is made on the stream's own
     * thread, so this returns at once; connection failures surface while iterating.
     *
     * @return the open stream, already reading
     */
    public EventStream stream() {
        return EventStream.startQueued(this::reader);
    }

    /**
     * Opens the stream and delivers each event to {@code listener} on the stream's thread; close the
     * returned stream to stop.
     *
     * @param listener receives the stream's events and state changes
     * @return the open stream, which cannot be iterated
     * @throws NullPointerException if {@code listener} is null
     */
    public EventStream subscribe(JobEventListener listener) {
        Objects.requireNonNull(listener, "listener must not be null");
        return EventStream.start(this::reader, listener);
    }

    private EventReader reader(JobEventListener listener) {
        return new EventReader(calls.context(), () -> {
            try {
                return calls.api().events().listenEventsCall(null).request();
            } catch (Exception e) {
                throw new IllegalStateException("cannot build the events request", e);
            }
        }, listener);
    }
}
