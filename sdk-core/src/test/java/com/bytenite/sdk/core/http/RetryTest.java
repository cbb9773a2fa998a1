package com.bytenite.sdk.core.http;

import static com.bytenite.sdk.core.testing.TestServers.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.bytenite.sdk.core.ByteNiteConfig;
import com.bytenite.sdk.core.RetrySettings;
import com.bytenite.sdk.core.errors.ByteNiteApiException;
import com.bytenite.sdk.core.errors.ByteNiteNetworkException;
import com.bytenite.sdk.core.errors.RateLimitException;
import com.bytenite.sdk.core.spi.Operation;
import com.bytenite.sdk.core.testing.Calls;
import com.bytenite.sdk.core.testing.Canary;
import com.bytenite.sdk.core.testing.MutableClock;
import com.bytenite.sdk.core.testing.RecordingSleeper;
import com.bytenite.sdk.core.testing.TestServers;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.Socket;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import javax.net.SocketFactory;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The retry table, call by call: what is repeated, what never is, and how long it waits. */
class RetryTest {
    private final MockWebServer server = new MockWebServer();
    private final MutableClock clock = MutableClock.atEpochPlusOneDay();
    private final RecordingSleeper sleeper = new RecordingSleeper(clock);

    @BeforeEach
    void start() throws Exception {
        server.start();
    }

    @AfterEach
    void stop() throws Exception {
        server.shutdown();
    }

    /** A static token, so the only requests the server sees are the calls under test. */
    private ByteNiteHttp http() {
        return http(b -> { });
    }

    private ByteNiteHttp http(java.util.function.Consumer<okhttp3.OkHttpClient.Builder> customizer) {
        ByteNiteConfig config = ByteNiteConfig.builder()
                .baseUrl(TestServers.baseUrl(server))
                .accessToken(Canary.TOKEN)
                .retry(TestServers.fastRetries().maxTotalTime(Duration.ofSeconds(30)).build())
                .build();
        return ByteNiteHttp.builder(config).clock(clock).sleeper(sleeper).customizeOkHttp(customizer).build();
    }

    static Stream<Arguments> matrix() {
        return Stream.of(
                // method, idempotent operation?, status, expected attempts
                Arguments.of("GET", true, 429, 2),
                Arguments.of("GET", true, 502, 2),
                Arguments.of("GET", true, 503, 2),
                Arguments.of("GET", true, 504, 2),
                Arguments.of("DELETE", true, 503, 2),
                Arguments.of("PATCH", true, 503, 2),
                Arguments.of("POST", true, 429, 2),
                Arguments.of("GET", true, 500, 1),
                Arguments.of("GET", true, 400, 1),
                Arguments.of("GET", true, 404, 1),
                Arguments.of("GET", true, 409, 1),
                Arguments.of("POST", false, 429, 1),
                Arguments.of("POST", false, 502, 1),
                Arguments.of("POST", false, 503, 1),
                Arguments.of("POST", false, 504, 1),
                Arguments.of("PATCH", false, 503, 1));
    }

    @ParameterizedTest(name = "{0} idempotent={1} status {2} -> {3} attempt(s)")
    @MethodSource("matrix")
    void retryMatrixByMethodAndStatus(String method, boolean idempotent, int status, int expectedAttempts) {
        server.enqueue(TestServers.errorEnvelope(status, "r-1", "failure", "first answer"));
        server.enqueue(json(200, "{\"ok\":true}"));
        Operation op = idempotent ? Operation.idempotent("test.op") : Operation.nonIdempotent("test.op");
        String body = method.equals("GET") || method.equals("DELETE") ? null : "{}";
        try (ByteNiteHttp http = http()) {
            if (expectedAttempts == 2) {
                assertThat(Calls.send(http, op, method, "/v1/x", body).get("ok").getAsBoolean()).isTrue();
            } else {
                assertThatThrownBy(() -> Calls.send(http, op, method, "/v1/x", body))
                        .isInstanceOf(ByteNiteApiException.class)
                        .extracting(e -> ((ByteNiteApiException) e).statusCode()).isEqualTo(status);
            }
        }
        assertThat(server.getRequestCount()).isEqualTo(expectedAttempts);
    }

    @Test
    void stopsAfterMaxAttemptsAndSurfacesLastStatus() {
        for (int i = 0; i < 5; i++) {
            server.enqueue(TestServers.errorEnvelope(503, "r-" + i, "Service Unavailable", "busy"));
        }
        try (ByteNiteHttp http = http()) {
            assertThatThrownBy(() -> Calls.get(http, "/v1/x"))
                    .isInstanceOf(ByteNiteApiException.class)
                    .hasMessageContaining("requestId r-2");
        }
        assertThat(server.getRequestCount()).isEqualTo(3);
        assertThat(sleeper.waits()).containsExactly(Duration.ofMillis(100), Duration.ofMillis(200));
    }

    @Test
    void honoursRetryAfterInSeconds() {
        server.enqueue(TestServers.errorEnvelope(429, "r-1", "Too Many Requests", "slow down").setHeader("Retry-After", "7"));
        server.enqueue(json(200, "{}"));
        try (ByteNiteHttp http = http()) {
            Calls.get(http, "/v1/x");
        }
        assertThat(sleeper.waits()).containsExactly(Duration.ofSeconds(7));
    }

    @Test
    void honoursRetryAfterAsHttpDate() {
        String date = DateTimeFormatter.RFC_1123_DATE_TIME.format(clock.instant().plusSeconds(12).atOffset(ZoneOffset.UTC));
        server.enqueue(TestServers.errorEnvelope(503, "r-1", "Service Unavailable", "maintenance").setHeader("Retry-After", date));
        server.enqueue(json(200, "{}"));
        try (ByteNiteHttp http = http()) {
            Calls.get(http, "/v1/x");
        }
        assertThat(sleeper.waits()).containsExactly(Duration.ofSeconds(12));
    }

    @Test
    void retryAfterBeyondTotalTimeBudgetIsNotAwaited() {
        server.enqueue(TestServers.errorEnvelope(429, "r-1", "Too Many Requests", "come back tomorrow").setHeader("Retry-After", "86400"));
        try (ByteNiteHttp http = http()) {
            assertThatThrownBy(() -> Calls.get(http, "/v1/x"))
                    .isInstanceOfSatisfying(RateLimitException.class,
                            e -> assertThat(e.retryAfter()).contains(Duration.ofDays(1)));
        }
        assertThat(sleeper.waits()).isEmpty();
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void nonIdempotentCallIsRetriedWhenConnectionWasNeverMade() {
        server.enqueue(json(200, "{\"created\":true}"));
        AtomicInteger refused = new AtomicInteger();
        try (ByteNiteHttp http = http(b -> b.socketFactory(new RefusingFirst(refused)))) {
            var result = Calls.send(http, Operation.nonIdempotent("customer.createJob"), "POST", "/v1/customer/jobs", "{}");
            assertThat(result.get("created").getAsBoolean()).isTrue();
        }
        assertThat(refused.get()).as("sockets: one refused, one connected").isEqualTo(2);
        assertThat(server.getRequestCount()).isEqualTo(1);
        assertThat(sleeper.waits()).hasSize(1);
    }

    @Test
    void nonIdempotentCallIsNeverReplayedAfterTheRequestWasSent() {
        server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST));
        server.enqueue(json(200, "{\"created\":true}"));
        try (ByteNiteHttp http = http()) {
            assertThatThrownBy(() -> Calls.send(http, Operation.nonIdempotent("customer.createJob"), "POST", "/v1/customer/jobs", "{}"))
                    .isInstanceOfSatisfying(ByteNiteNetworkException.class, e -> {
                        assertThat(e.requestMayHaveBeenSent()).isTrue();
                        assertThat(e.getMessage()).contains("customer.createJob").contains("check before repeating it");
                    });
        }
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void idempotentCallIsRetriedAfterConnectionDrop() {
        server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST));
        server.enqueue(json(200, "{\"ok\":true}"));
        try (ByteNiteHttp http = http()) {
            assertThat(Calls.get(http, "/v1/x").get("ok").getAsBoolean()).isTrue();
        }
        assertThat(server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void connectionRefusedEverywhereBecomesNetworkErrorSayingNothingWasSent() throws Exception {
        int closedPort;
        try (MockWebServer other = new MockWebServer()) {
            other.start();
            closedPort = other.getPort();
        }
        ByteNiteConfig config = ByteNiteConfig.builder().baseUrl("http://127.0.0.1:" + closedPort).accessToken(Canary.TOKEN)
                .retry(RetrySettings.builder().maxAttempts(2).initialBackoff(Duration.ofMillis(10)).jitter(0).build()).build();
        try (ByteNiteHttp http = ByteNiteHttp.builder(config).sleeper(sleeper).build()) {
            assertThatThrownBy(() -> Calls.get(http, "/v1/x"))
                    .isInstanceOfSatisfying(ByteNiteNetworkException.class,
                            e -> assertThat(e.requestMayHaveBeenSent()).isFalse());
        }
        assertThat(sleeper.waits()).hasSize(1);
    }

    @Test
    void exponentialBackoffWithJitterStaysWithinBounds() {
        for (int i = 0; i < 4; i++) {
            server.enqueue(TestServers.errorEnvelope(503, "r", "busy", "busy"));
        }
        ByteNiteConfig config = ByteNiteConfig.builder().baseUrl(TestServers.baseUrl(server)).accessToken(Canary.TOKEN)
                .retry(RetrySettings.builder().maxAttempts(4).initialBackoff(Duration.ofMillis(1000)).multiplier(2)
                        .jitter(0.5).maxBackoff(Duration.ofSeconds(60)).build()).build();
        try (ByteNiteHttp http = ByteNiteHttp.builder(config).clock(clock).sleeper(sleeper).build()) {
            assertThatThrownBy(() -> Calls.get(http, "/v1/x")).isInstanceOf(ByteNiteApiException.class);
        }
        var waits = sleeper.waits();
        assertThat(waits).hasSize(3);
        assertThat(waits.get(0).toMillis()).isBetween(500L, 1500L);
        assertThat(waits.get(1).toMillis()).isBetween(1000L, 3000L);
        assertThat(waits.get(2).toMillis()).isBetween(2000L, 6000L);
    }

    /** Refuses the first connection attempt as if nothing listened, then connects normally. */
    private static final class RefusingFirst extends SocketFactory {
        private final AtomicInteger refused;

        RefusingFirst(AtomicInteger refused) {
            this.refused = refused;
        }

        @Override
        public Socket createSocket() {
            if (refused.getAndIncrement() == 0) {
                return new Socket() {
                    @Override
                    public void connect(java.net.SocketAddress endpoint, int timeout) throws IOException {
                        throw new ConnectException("Connection refused (test)");
                    }
                };
            }
            return new Socket();
        }

        @Override
        public Socket createSocket(String host, int port) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Socket createSocket(String host, int port, InetAddress localHost, int localPort) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Socket createSocket(InetAddress host, int port) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort) {
            throw new UnsupportedOperationException();
        }
    }
}
