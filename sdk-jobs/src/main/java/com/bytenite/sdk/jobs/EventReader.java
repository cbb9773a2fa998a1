package com.bytenite.sdk.jobs;

import com.bytenite.sdk.core.errors.ByteNiteApiException;
import com.bytenite.sdk.core.spi.ServiceContext;
import com.bytenite.sdk.jobs.internal.CustomerOperations;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.BufferedReader;
import java.io.EOFException;
import java.io.IOException;
import java.time.Duration;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Supplier;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.Response;
import okio.BufferedSource;

/**
 * Reads the event stream on its own thread until closed: Server-Sent Events ({@link
 * ServerSentEvents}), or newline-delimited JSON when the server answers with another content type.
 * After a drop it renews the token if needed and reconnects with exponential backoff, sending
 * {@code Last-Event-ID} so the server can resume. The backoff starts over only once a connection
 * has delivered an event: a server that accepts the stream and closes it at once is not hammered.
 * An event whose own id was already delivered is a replay and is dropped (an event without an id
 * never is); when a resumed stream's numeric ids go below the id it resumed from, the server has
 * started over, so what follows is delivered. An error status that retrying cannot fix (400, 401
 * after renewal, 403, 404) ends the stream.
 */
final class EventReader implements Runnable {
    /** A listener told when the reader has delivered everything the connection has brought so far. */
    interface CaughtUp {
        void caughtUp();
    }

    static final Duration FIRST_RECONNECT_DELAY = Duration.ofSeconds(1);
    static final Duration MAX_RECONNECT_DELAY = Duration.ofSeconds(30);
    private static final int REMEMBERED_IDS = 1024;

    private final ServiceContext context;
    private final Supplier<Request> baseRequest;
    private final JobEventListener listener;
    private final Set<String> seenIds = new LinkedHashSet<>();
    private volatile boolean closed;
    private volatile okhttp3.Call current;
    private volatile Thread thread;
    private String lastId;
    /** The id sent as {@code Last-Event-ID} on the current connection, until its first event with an id. */
    private String resumedFrom;
    private boolean deliveredOnThisConnection;

    EventReader(ServiceContext context, Supplier<Request> baseRequest, JobEventListener listener) {
        this.context = context;
        this.baseRequest = baseRequest;
        this.listener = listener;
    }

    @Override
    public void run() {
        thread = Thread.currentThread();
        Throwable failure = null;
        int attempt = 0;
        while (!closed) {
            Throwable dropped;
            try (Response response = context.open(CustomerOperations.LISTEN_EVENTS, this::request, context.streamingClient(), this::started)) {
                resumedFrom = lastId;
                deliveredOnThisConnection = false;
                listener.onConnected();
                read(response);
                dropped = new EOFException("the server ended the event stream");
            } catch (ByteNiteApiException e) {
                if (!e.isTransient()) {
                    failure = e;
                    break;
                }
                dropped = e;
            } catch (RuntimeException | IOException e) {
                dropped = e;
            } finally {
                current = null;
            }
            if (closed) {
                break;
            }
            attempt = deliveredOnThisConnection ? 1 : attempt + 1;
            Duration delay = backoff(attempt);
            listener.onReconnecting(attempt, delay.toMillis(), dropped);
            context.reportReconnect(attempt, delay, dropped);
            try {
                context.http().sleeper().sleep(delay);
                context.http().accessToken(); // renew first if the drop came from an expired token
            } catch (InterruptedException e) {
                break;
            } catch (RuntimeException e) {
                failure = e;
                break;
            }
        }
        listener.onClosed(closed ? null : failure);
    }

    private void started(okhttp3.Call call) {
        current = call;
        if (closed) {
            call.cancel();
        }
    }

    void close() {
        closed = true;
        okhttp3.Call call = current;
        if (call != null) {
            call.cancel(); // ends a read in progress, or a connection still waiting for headers
        }
        Thread t = thread;
        if (t != null) {
            t.interrupt();
        }
    }

    private Request request() {
        Request.Builder b = baseRequest.get().newBuilder()
                .header("Accept", "text/event-stream, application/x-ndjson;q=0.9, application/json;q=0.8");
        if (lastId != null) {
            b.header("Last-Event-ID", lastId);
        }
        return b.build();
    }

    private void read(Response response) throws IOException {
        MediaType type = response.body().contentType();
        if (type != null && "event-stream".equals(type.subtype())) {
            BufferedSource source = response.body().source();
            ServerSentEvents events = new ServerSentEvents(source);
            while (!closed && events.next(this::deliver)) {
                if (listener instanceof CaughtUp c && source.getBuffer().size() == 0) {
                    c.caughtUp();
                }
            }
            return;
        }
        BufferedReader lines = new BufferedReader(response.body().charStream());
        String line;
        while (!closed && (line = lines.readLine()) != null) {
            if (!line.isBlank()) {
                deliver(null, null, line);
                if (listener instanceof CaughtUp c) {
                    c.caughtUp();
                }
            }
        }
    }

    private void deliver(String id, String eventType, String data) {
        if (closed) {
            return;
        }
        if (id != null) {
            if (wentBackwards(id)) {
                seenIds.clear();
            }
            resumedFrom = null;
            if (!seenIds.add(id)) {
                return;
            }
            if (seenIds.size() > REMEMBERED_IDS) {
                Iterator<String> oldest = seenIds.iterator();
                oldest.next();
                oldest.remove();
            }
            lastId = id;
        }
        deliveredOnThisConnection = true;
        listener.onEvent(parse(id, eventType, data));
    }

    /**
     * True when {@code id} is below the id this connection resumed from, or below the previous id
     * on the same connection: the server's numbering started over (it restarted), so ids already
     * seen are new events. Only numeric ids have an order; others never go backwards.
     */
    private boolean wentBackwards(String id) {
        String reference = resumedFrom != null ? resumedFrom : deliveredOnThisConnection ? lastId : null;
        Long now = number(id);
        Long before = reference == null ? null : number(reference);
        return now != null && before != null && now < before;
    }

    private static Long number(String id) {
        try {
            return Long.valueOf(id.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** {@code {"result": {"event", "data"}, "error": {"code", "message"}}}, or any other JSON kept whole. */
    static JobEvent parse(String id, String eventType, String data) {
        String fallbackName = eventType == null || eventType.isBlank() ? "message" : eventType;
        JsonElement parsed;
        try {
            parsed = JsonParser.parseString(data);
        } catch (RuntimeException e) {
            JsonObject raw = new JsonObject();
            raw.addProperty("raw", data);
            return new JobEvent(id, fallbackName, raw, null, null);
        }
        if (!parsed.isJsonObject()) {
            JsonObject raw = new JsonObject();
            raw.add("raw", parsed);
            return new JobEvent(id, fallbackName, raw, null, null);
        }
        JsonObject root = parsed.getAsJsonObject();
        JsonObject result = object(root.get("result"));
        JsonObject error = object(root.get("error"));
        if (result == null && error == null) {
            return new JobEvent(id, fallbackName, root, null, null);
        }
        String name = result != null && result.has("event") && result.get("event").isJsonPrimitive()
                ? result.get("event").getAsString() : fallbackName;
        JsonObject payload = result == null ? new JsonObject() : object(result.get("data"));
        Integer code = error != null && error.has("code") && error.get("code").isJsonPrimitive() ? error.get("code").getAsInt() : null;
        String message = error != null && error.has("message") && error.get("message").isJsonPrimitive() ? error.get("message").getAsString() : null;
        return new JobEvent(id, name, payload, code, message);
    }

    private static JsonObject object(JsonElement e) {
        return e != null && e.isJsonObject() ? e.getAsJsonObject() : null;
    }

    private static Duration backoff(int attempt) {
        Duration d = FIRST_RECONNECT_DELAY.multipliedBy(1L << Math.min(attempt - 1, 10));
        return d.compareTo(MAX_RECONNECT_DELAY) > 0 ? MAX_RECONNECT_DELAY : d;
    }
}
