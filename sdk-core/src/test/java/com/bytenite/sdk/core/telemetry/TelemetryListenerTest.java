package com.bytenite.sdk.core.telemetry;

import static com.bytenite.sdk.core.testing.TestServers.json;
import static com.bytenite.sdk.core.testing.TestServers.token;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.bytenite.sdk.core.errors.ByteNiteNetworkException;
import com.bytenite.sdk.core.http.ByteNiteHttp;
import com.bytenite.sdk.core.testing.Calls;
import com.bytenite.sdk.core.testing.Canary;
import com.bytenite.sdk.core.testing.MutableClock;
import com.bytenite.sdk.core.testing.RecordingSleeper;
import com.bytenite.sdk.core.testing.TestServers;
import com.google.gson.JsonObject;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What the stack reports to a {@link TelemetryListener}: calls, retries, token renewals; and that a failing listener harms nothing. */
class TelemetryListenerTest {
    private final List<Object> events = new CopyOnWriteArrayList<>();
    private final TelemetryListener recorder = new TelemetryListener() {
        @Override
        public void callStarted(CallStarted call) {
            events.add(call);
        }

        @Override
        public void retryScheduled(RetryScheduled retry) {
            events.add(retry);
        }

        @Override
        public void callEnded(CallEnded call) {
            events.add(call);
        }

        @Override
        public void tokenRenewed(TokenRenewed renewal) {
            events.add(renewal);
        }
    };
    private MockWebServer server;

    @BeforeEach
    void start() throws Exception {
        server = new MockWebServer();
        server.start();
    }

    @AfterEach
    void stop() throws Exception {
        server.shutdown();
    }

    private ByteNiteHttp stack(TelemetryListener listener) {
        MutableClock clock = MutableClock.atEpochPlusOneDay();
        return ByteNiteHttp.builder(TestServers.config(server).build()).clock(clock).sleeper(new RecordingSleeper(clock))
                .telemetry(listener).build();
    }

    @Test
    void aRetriedCallReportsItsStartEachRetryAndItsEndWithOneId() {
        server.enqueue(token(Canary.TOKEN, 3600));
        server.enqueue(json(503, "{}"));
        server.enqueue(json(200, "{\"ok\":true}"));
        try (ByteNiteHttp http = stack(recorder)) {
            Calls.get(http, "/v1/customer/jobs/j-1?limit=5");
        }
        TokenRenewed renewal = only(TokenRenewed.class);
        assertThat(renewal.failure()).isEmpty();
        assertThat(ends()).extracting(CallEnded::operation).as("the exchange, made inside the call, ends first")
                .containsExactly("auth.getAccessToken", "test.get");

        CallStarted start = starts().get(0);
        assertThat(start.operation()).isEqualTo("test.get");
        assertThat(start.method()).isEqualTo("GET");
        assertThat(start.path()).isEqualTo("/v1/customer/jobs/j-1");
        RetryScheduled retry = only(RetryScheduled.class);
        assertThat(retry.callId()).isEqualTo(start.callId());
        assertThat(retry.attempt()).isEqualTo(1);
        assertThat(retry.reason()).isEqualTo("HTTP 503");
        assertThat(retry.delay()).isPositive();
        CallEnded end = ends().get(1);
        assertThat(end.callId()).isEqualTo(start.callId());
        assertThat(end.statusCode()).isEqualTo(200);
        assertThat(end.attempts()).isEqualTo(2);
        assertThat(end.succeeded()).isTrue();
        assertThat(events.toString()).doesNotContain(Canary.TOKEN, Canary.API_KEY);
    }

    @Test
    void aCallWithoutAnswerEndsWithStatusZeroAndTheCallersException() throws Exception {
        server.enqueue(token(Canary.TOKEN, 3600));
        try (ByteNiteHttp http = stack(recorder)) {
            http.accessToken();
            server.shutdown();
            assertThatThrownBy(() -> Calls.get(http, "/v1/customer/jobs")).isInstanceOf(ByteNiteNetworkException.class);
        }
        CallEnded end = ends().get(ends().size() - 1);
        assertThat(end.statusCode()).isZero();
        assertThat(end.failure()).get().isInstanceOf(ByteNiteNetworkException.class);
        assertThat(end.attempts()).isEqualTo(3);
    }

    @Test
    void aListenerThatThrowsNeverFailsTheCall() {
        server.enqueue(token(Canary.TOKEN, 3600));
        server.enqueue(json(200, "{\"n\":1}"));
        TelemetryListener broken = new TelemetryListener() {
            @Override
            public void callStarted(CallStarted call) {
                throw new IllegalStateException("listener bug");
            }

            @Override
            public void callEnded(CallEnded call) {
                throw new IllegalStateException("listener bug");
            }
        };
        try (ByteNiteHttp http = stack(broken)) {
            JsonObject answer = Calls.get(http, "/v1/customer/info");
            assertThat(answer.get("n").getAsInt()).isEqualTo(1);
        }
    }

    @Test
    void allListenersHearEveryEventEvenWhenOneThrows() {
        server.enqueue(token(Canary.TOKEN, 3600));
        server.enqueue(json(200, "{\"n\":1}"));
        List<String> second = new CopyOnWriteArrayList<>();
        TelemetryListener broken = new TelemetryListener() {
            @Override
            public void callStarted(CallStarted call) {
                throw new IllegalStateException("listener bug");
            }
        };
        TelemetryListener counting = new TelemetryListener() {
            @Override
            public void callStarted(CallStarted call) {
                second.add("started " + call.operation());
            }

            @Override
            public void callEnded(CallEnded call) {
                second.add("ended " + call.operation());
            }
        };
        try (ByteNiteHttp http = stack(TelemetryListener.all(recorder, broken, counting))) {
            assertThat(Calls.get(http, "/v1/customer/info").get("n").getAsInt()).isEqualTo(1);
        }
        assertThat(second).as("the token exchange runs inside the call").containsExactly("started test.get", "started auth.getAccessToken",
                "ended auth.getAccessToken", "ended test.get");
        assertThat(ends()).extracting(CallEnded::operation).containsExactly("auth.getAccessToken", "test.get");
        assertThatThrownBy(() -> TelemetryListener.all(recorder, null)).isInstanceOf(NullPointerException.class);
    }

    private List<CallStarted> starts() {
        return events.stream().filter(CallStarted.class::isInstance).map(CallStarted.class::cast).toList();
    }

    private List<CallEnded> ends() {
        return events.stream().filter(CallEnded.class::isInstance).map(CallEnded.class::cast).toList();
    }

    private <T> T only(Class<T> type) {
        List<T> found = events.stream().filter(type::isInstance).map(type::cast).toList();
        assertThat(found).hasSize(1);
        return found.get(0);
    }
}
