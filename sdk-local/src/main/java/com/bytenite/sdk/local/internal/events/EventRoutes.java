package com.bytenite.sdk.local.internal.events;

import com.bytenite.sdk.local.internal.server.ApiRequest;
import com.bytenite.sdk.local.internal.server.ApiResponse;
import com.bytenite.sdk.local.internal.server.Router;
import com.bytenite.sdk.local.internal.server.ServerJson;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * {@code GET /v1/customer/events} as Server-Sent Events: each event carries its id, so a client that
 * reconnects with {@code Last-Event-ID} gets what it missed; a comment line every
 * {@code keepAliveMillis} keeps idle connections open. Each data line is the documented item
 * {@code {"result": {"event", "data": {"@type", …}}}}.
 */
public final class EventRoutes {
    private final EventBus bus;
    private final long keepAliveMillis;

    public EventRoutes(EventBus bus, long keepAliveMillis) {
        this.bus = bus;
        this.keepAliveMillis = keepAliveMillis;
    }

    public void register(Router router) {
        router.add("GET", "/v1/customer/events", this::stream);
    }

    private ApiResponse stream(ApiRequest r) {
        String user = r.principal();
        long start = resumePoint(r.header("Last-Event-ID"));
        return ApiResponse.longLived("text/event-stream", out -> pump(user, start, out))
                .header("Cache-Control", "no-cache");
    }

    private long resumePoint(String lastEventId) {
        if (lastEventId != null) {
            try {
                return bus.resumeAfter(Long.parseLong(lastEventId.trim()));
            } catch (NumberFormatException e) {
                // Not one of ours: start from now, as for a new subscriber.
            }
        }
        return bus.lastId();
    }

    private void pump(String user, long after, OutputStream out) throws IOException {
        long last = after;
        out.write(": connected\n\n".getBytes(StandardCharsets.UTF_8));
        out.flush();
        try {
            while (!bus.isClosed()) {
                var events = bus.after(user, last, keepAliveMillis);
                if (events.isEmpty()) {
                    out.write(": keep-alive\n\n".getBytes(StandardCharsets.UTF_8));
                }
                for (EventBus.Event e : events) {
                    out.write(frame(e).getBytes(StandardCharsets.UTF_8));
                    last = e.id();
                }
                out.flush();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static String frame(EventBus.Event e) {
        JsonObject result = new JsonObject();
        result.addProperty("event", e.name());
        result.add("data", e.data());
        JsonObject item = new JsonObject();
        item.add("result", result);
        return "id: " + e.id() + "\nevent: " + e.name() + "\ndata: " + ServerJson.toJson(item) + "\n\n";
    }
}
