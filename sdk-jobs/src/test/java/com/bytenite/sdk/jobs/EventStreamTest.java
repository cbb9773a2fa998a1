package com.bytenite.sdk.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.bytenite.sdk.core.errors.PermissionDeniedException;
import com.bytenite.sdk.core.http.ByteNiteHttp;
import com.bytenite.sdk.core.telemetry.StreamReconnecting;
import com.bytenite.sdk.core.telemetry.TelemetryListener;
import com.bytenite.sdk.core.testing.Canary;
import com.bytenite.sdk.core.testing.LoopbackServer;
import com.bytenite.sdk.core.testing.MutableClock;
import com.bytenite.sdk.core.testing.RecordingSleeper;
import com.bytenite.sdk.core.testing.TestServers;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class EventStreamTest {
    private final MutableClock clock = MutableClock.atEpochPlusOneDay();
    @RegisterExtension
    final LoopbackServer loopback = new LoopbackServer(clock);
    private MockWebServer server;
    private RecordingSleeper sleeper;
    private ByteNiteHttp http;
    private EventsService service;

    @BeforeEach
    void wire() {
        server = loopback.server();
        sleeper = loopback.sleeper();
        http = loopback.http();
        service = new EventsService(http.context());
    }

    private static String sse(String id, String jobId, String state) {
        return "id: " + id + "\nevent: message\ndata: {\"result\":{\"event\":\"task_status\",\"data\":{\"@type\":\"type.googleapis.com/x.TaskStatus\","
                + "\"jobId\":\"" + jobId + "\",\"state\":\"" + state + "\"}}}\n\n";
    }

    private static MockResponse stream(String body) {
        return new MockResponse().setHeader("Content-Type", "text/event-stream").setBody(body);
    }

    /** Keeps the connection open without answering, so the stream waits until it is closed. */
    private static MockResponse hang() {
        return new MockResponse().setSocketPolicy(SocketPolicy.NO_RESPONSE);
    }

    @Test
    void resumesAfterADropWithLastEventIdAndSkipsDuplicates() throws Exception {
        server.enqueue(stream(sse("1", "j1", "JOB_STATE_RUNNING") + sse("2", "j1", "JOB_STATE_ASSEMBLING")));
        server.enqueue(stream(sse("2", "j1", "JOB_STATE_ASSEMBLING") + sse("3", "j1", "JOB_STATE_COMPLETE")));
        server.enqueue(hang());
        List<JobEvent> seen = firstEvents(3);
        assertThat(seen).extracting(e -> e.id().orElse(null)).containsExactly("1", "2", "3");
        assertThat(seen.get(2).state()).get().extracting(JobState::kind).isEqualTo(JobState.Kind.COMPLETE);
        assertThat(seen.get(0).jobId()).contains("j1");
        assertThat(seen.get(0).name()).isEqualTo("task_status");
        assertThat(seen.get(0).type()).contains("type.googleapis.com/x.TaskStatus");

        RecordedRequest first = server.takeRequest(5, TimeUnit.SECONDS);
        assertThat(first.getPath()).isEqualTo("/v1/customer/events");
        assertThat(first.getHeader("Accept")).startsWith("text/event-stream");
        assertThat(first.getHeader("Last-Event-ID")).isNull();
        assertThat(server.takeRequest(5, TimeUnit.SECONDS).getHeader("Last-Event-ID")).isEqualTo("2");
        assertThat(sleeper.waits()).first().isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void eventsWithoutAnIdAfterOneWithAnIdAreAllDelivered() {
        server.enqueue(stream(sse("7", "j1", "JOB_STATE_RUNNING")
                + "data: {\"result\":{\"event\":\"task_status\",\"data\":{\"jobId\":\"j2\"}}}\n\n"
                + "data: {\"result\":{\"event\":\"task_status\",\"data\":{\"jobId\":\"j3\"}}}\n\n"));
        server.enqueue(hang());
        List<JobEvent> seen = firstEvents(3);
        assertThat(seen).extracting(e -> e.jobId().orElse(null)).containsExactly("j1", "j2", "j3");
        assertThat(seen).extracting(e -> e.id().orElse(null)).containsExactly("7", null, null);
    }

    @Test
    void reconnectsAreReportedToTheClientsTelemetry() throws Exception {
        server.enqueue(stream(": nothing to say\n\n"));
        server.enqueue(stream(": nothing to say\n\n"));
        server.enqueue(hang());
        List<StreamReconnecting> reconnects = new CopyOnWriteArrayList<>();
        CountDownLatch second = new CountDownLatch(2);
        TelemetryListener telemetry = new TelemetryListener() {
            @Override
            public void streamReconnecting(StreamReconnecting reconnect) {
                reconnects.add(reconnect);
                second.countDown();
            }
        };
        try (ByteNiteHttp observed = ByteNiteHttp.builder(com.bytenite.sdk.core.ByteNiteConfig.builder().baseUrl(TestServers.baseUrl(server))
                        .accessToken(Canary.TOKEN).build()).clock(clock).sleeper(sleeper).telemetry(telemetry).build();
                EventStream stream = new EventsService(observed.context()).stream()) {
            assertThat(second.await(5, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(reconnects).extracting(StreamReconnecting::attempt).startsWith(1, 2);
        assertThat(reconnects).extracting(StreamReconnecting::delay).startsWith(Duration.ofSeconds(1), Duration.ofSeconds(2));
    }

    @Test
    void aServerThatClosesTheStreamAtOnceIsReconnectedToWithAGrowingDelay() throws Exception {
        for (int i = 0; i < 4; i++) {
            server.enqueue(stream(": nothing to say\n\n"));
        }
        server.enqueue(hang());
        List<Long> delays = new CopyOnWriteArrayList<>();
        CountDownLatch fourth = new CountDownLatch(4);
        try (EventStream stream = service.subscribe(new JobEventListener() {
            @Override
            public void onEvent(JobEvent event) {
            }

            @Override
            public void onReconnecting(int attempt, long delayMillis, Throwable cause) {
                delays.add(delayMillis);
                fourth.countDown();
            }
        })) {
            assertThat(fourth.await(5, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(delays).startsWith(1000L, 2000L, 4000L, 8000L);
    }

    @Test
    void afterTheServerStartsItsNumberingOverTheEventsThatFollowAreDelivered() throws Exception {
        server.enqueue(stream(sse("1", "j1", "JOB_STATE_NEW") + sse("2", "j1", "JOB_STATE_RUNNING") + sse("3", "j1", "JOB_STATE_ASSEMBLING")));
        server.enqueue(stream(sse("1", "j2", "JOB_STATE_NEW") + sse("2", "j2", "JOB_STATE_RUNNING") + sse("3", "j2", "JOB_STATE_COMPLETE")
                + sse("3", "j2", "JOB_STATE_COMPLETE")));
        server.enqueue(hang());
        List<JobEvent> seen = firstEvents(6);
        assertThat(seen).extracting(e -> e.jobId().orElse(null) + "#" + e.id().orElse(null))
                .containsExactly("j1#1", "j1#2", "j1#3", "j2#1", "j2#2", "j2#3");
        server.takeRequest(5, TimeUnit.SECONDS);
        assertThat(server.takeRequest(5, TimeUnit.SECONDS).getHeader("Last-Event-ID")).isEqualTo("3");
    }

    @Test
    void aSlowIteratorGetsEveryEventInOrderThroughTheBoundedBuffer() throws Exception {
        int total = EventStream.BUFFERED_EVENTS * 3;
        StringBuilder body = new StringBuilder();
        for (int i = 1; i <= total; i++) {
            body.append(sse(Integer.toString(i), "j" + i, "JOB_STATE_RUNNING"));
        }
        server.enqueue(stream(body.toString()));
        server.enqueue(hang());
        try (EventStream events = service.stream()) {
            Thread.sleep(300); // the reader fills the buffer and waits
            Iterator<JobEvent> it = events.iterator();
            for (int i = 1; i <= total; i++) {
                assertThat(it.next().id()).contains(Integer.toString(i));
            }
        }
    }

    @Test
    void newlineDelimitedJsonWorksThroughTheSameApi() {
        server.enqueue(new MockResponse().setHeader("Content-Type", "application/json")
                .setBody("{\"result\":{\"event\":\"job_status\",\"data\":{\"jobId\":\"j9\",\"state\":\"JOB_STATE_NEW\"}}}\n"
                        + "{\"error\":{\"code\":14,\"message\":\"unavailable\"}}\n"));
        server.enqueue(hang());
        try (EventStream events = service.stream()) {
            Iterator<JobEvent> it = events.iterator();
            JobEvent first = it.next();
            assertThat(first.jobId()).contains("j9");
            assertThat(first.id()).isEmpty();
            JobEvent error = it.next();
            assertThat(error.isError()).isTrue();
            assertThat(error.errorCode()).contains(14);
            assertThat(error.errorMessage()).contains("unavailable");
        }
    }

    @Test
    void listenerHearsEventsReconnectsAndTheClose() throws Exception {
        server.enqueue(stream(sse("1", "j1", "JOB_STATE_RUNNING")));
        server.enqueue(hang());
        List<String> heard = new CopyOnWriteArrayList<>();
        CountDownLatch reconnecting = new CountDownLatch(1);
        CountDownLatch closed = new CountDownLatch(1);
        EventStream stream = service.subscribe(new JobEventListener() {
            @Override
            public void onEvent(JobEvent event) {
                heard.add("event " + event.id().orElse(""));
            }

            @Override
            public void onReconnecting(int attempt, long delayMillis, Throwable cause) {
                heard.add("reconnecting " + attempt);
                reconnecting.countDown();
            }

            @Override
            public void onClosed(Throwable failure) {
                heard.add("closed " + failure);
                closed.countDown();
            }
        });
        assertThat(reconnecting.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(server.takeRequest(5, TimeUnit.SECONDS)).isNotNull();
        assertThat(server.takeRequest(5, TimeUnit.SECONDS)).as("reconnected").isNotNull();
        stream.close();
        assertThat(closed.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(heard).containsExactly("event 1", "reconnecting 1", "closed null");
        assertThatThrownBy(stream::iterator).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void anErrorRetryingCannotFixEndsTheStream() {
        server.enqueue(TestServers.errorEnvelope(403, "r-1", "Forbidden", "no events for you"));
        try (EventStream events = service.stream()) {
            assertThatThrownBy(() -> events.iterator().hasNext())
                    .isInstanceOf(PermissionDeniedException.class)
                    .hasMessageContaining("customer.listenEvents");
        }
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void closeEndsIterationEvenWhileWaitingForTheServer() throws Exception {
        server.enqueue(hang());
        EventStream events = service.stream();
        Thread closer = new Thread(() -> {
            try {
                server.takeRequest(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            events.close();
        });
        closer.start();
        assertThat(events.iterator().hasNext()).isFalse();
        closer.join(5000);
    }

    @Test
    void tokenIsRenewedBeforeReconnecting() throws Exception {
        ByteNiteHttp withKey = loopback.connect(TestServers.config(server).build());
        service = new EventsService(withKey.context());
        // A 2 s token is renewed 1 s before expiry; the 1 s reconnect wait (on the test clock) reaches that.
        server.enqueue(TestServers.token("token-1", 2));
        server.enqueue(stream(sse("1", "j1", "JOB_STATE_RUNNING")));
        server.enqueue(TestServers.token("token-2", 3600));
        server.enqueue(hang());
        try (EventStream events = service.stream()) {
            events.iterator().next();
            assertThat(server.takeRequest(5, TimeUnit.SECONDS).getPath()).isEqualTo("/v1/auth/access_token");
            assertThat(server.takeRequest(5, TimeUnit.SECONDS).getHeader("Authorization")).isEqualTo("token-1");
            assertThat(server.takeRequest(5, TimeUnit.SECONDS).getPath()).isEqualTo("/v1/auth/access_token");
            RecordedRequest resumed = server.takeRequest(5, TimeUnit.SECONDS);
            assertThat(resumed.getHeader("Authorization")).isEqualTo("token-2");
            assertThat(resumed.getHeader("Last-Event-ID")).isEqualTo("1");
        } finally {
            withKey.close();
        }
    }

    @Test
    void aSilentStreamIsDroppedAfterTheIdleTimeoutAndResumed() throws Exception {
        String first = sse("1", "j1", "JOB_STATE_RUNNING");
        // The first event arrives at once, then the server goes silent for longer than the idle timeout.
        server.enqueue(stream(first + "\n".repeat(100)).throttleBody(first.length(), 2, TimeUnit.SECONDS));
        server.enqueue(hang());
        CountDownLatch reconnecting = new CountDownLatch(1);
        Throwable[] cause = new Throwable[1];
        ByteNiteHttp idle = loopback.connect(com.bytenite.sdk.core.ByteNiteConfig.builder().baseUrl(TestServers.baseUrl(server))
                .accessToken(com.bytenite.sdk.core.testing.Canary.TOKEN).streamIdleTimeout(Duration.ofMillis(300)).build());
        try (EventStream stream = new EventsService(idle.context()).subscribe(new JobEventListener() {
            @Override
            public void onReconnecting(int attempt, long delayMillis, Throwable t) {
                cause[0] = t;
                reconnecting.countDown();
            }
        })) {
            assertThat(reconnecting.await(5, TimeUnit.SECONDS)).as("dropped for silence").isTrue();
            assertThat(cause[0]).isInstanceOf(java.io.InterruptedIOException.class);
            server.takeRequest(5, TimeUnit.SECONDS);
            assertThat(server.takeRequest(5, TimeUnit.SECONDS).getHeader("Last-Event-ID")).isEqualTo("1");
        } finally {
            idle.close();
        }
    }

    @Test
    void payloadsThatAreNotTheEnvelopeAreKeptWhole() {
        JobEvent plain = EventReader.parse("7", "job", "{\"jobId\":\"j2\",\"progress\":0.5}");
        assertThat(plain.name()).isEqualTo("job");
        assertThat(plain.jobId()).contains("j2");
        assertThat(plain.data().get("progress").getAsDouble()).isEqualTo(0.5);
        JobEvent text = EventReader.parse(null, null, "keep-alive");
        assertThat(text.name()).isEqualTo("message");
        assertThat(text.data().get("raw").getAsString()).isEqualTo("keep-alive");
    }

    /** The first {@code count} events of a fresh {@code events()} stream, which is then closed. */
    private List<JobEvent> firstEvents(int count) {
        List<JobEvent> seen = new ArrayList<>();
        try (EventStream events = service.stream()) {
            Iterator<JobEvent> it = events.iterator();
            for (int i = 0; i < count; i++) {
                seen.add(it.next());
            }
        }
        return seen;
    }
}
