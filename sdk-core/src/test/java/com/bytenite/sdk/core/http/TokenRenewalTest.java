package com.bytenite.sdk.core.http;

import static com.bytenite.sdk.core.testing.TestServers.json;
import static com.bytenite.sdk.core.testing.TestServers.token;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.bytenite.sdk.core.AuthScheme;
import com.bytenite.sdk.core.ByteNiteConfig;
import com.bytenite.sdk.core.errors.AuthenticationException;
import com.bytenite.sdk.core.spi.Operation;
import com.bytenite.sdk.core.testing.Calls;
import com.bytenite.sdk.core.testing.Canary;
import com.bytenite.sdk.core.testing.MutableClock;
import com.bytenite.sdk.core.testing.RecordingSleeper;
import com.bytenite.sdk.core.testing.TestServers;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TokenRenewalTest {
    private final MockWebServer server = new MockWebServer();
    private final MutableClock clock = MutableClock.atEpochPlusOneDay();

    @BeforeEach
    void start() throws Exception {
        server.start();
    }

    @AfterEach
    void stop() throws Exception {
        server.shutdown();
    }

    private ByteNiteHttp http(AuthScheme scheme) {
        return ByteNiteHttp.builder(TestServers.config(server).authScheme(scheme).build())
                .clock(clock).sleeper(new RecordingSleeper(clock)).build();
    }

    @Test
    void exchangesApiKeyOnceAndSendsBareTokenByDefault() throws Exception {
        server.enqueue(token(Canary.TOKEN, 3600));
        server.enqueue(json(200, "{}"));
        server.enqueue(json(200, "{}"));
        try (ByteNiteHttp http = http(AuthScheme.BARE)) {
            Calls.get(http, "/v1/customer/jobs");
            Calls.get(http, "/v1/customer/jobs");
        }
        RecordedRequest exchange = server.takeRequest(5, TimeUnit.SECONDS);
        assertThat(exchange.getMethod()).isEqualTo("POST");
        assertThat(exchange.getPath()).isEqualTo("/v1/auth/access_token");
        assertThat(exchange.getHeader("Authorization")).isNull();
        assertThat(exchange.getBody().readUtf8()).isEqualTo("{\"apiKey\":\"" + Canary.API_KEY + "\"}");
        assertThat(server.takeRequest(5, TimeUnit.SECONDS).getHeader("Authorization")).isEqualTo(Canary.TOKEN);
        assertThat(server.takeRequest(5, TimeUnit.SECONDS).getHeader("Authorization")).isEqualTo(Canary.TOKEN);
        assertThat(server.getRequestCount()).isEqualTo(3);
    }

    @Test
    void bearerSchemePrefixesToken() throws Exception {
        server.enqueue(token(Canary.TOKEN, 3600));
        server.enqueue(json(200, "{}"));
        try (ByteNiteHttp http = http(AuthScheme.BEARER)) {
            Calls.get(http, "/v1/customer/jobs");
        }
        server.takeRequest(5, TimeUnit.SECONDS);
        assertThat(server.takeRequest(5, TimeUnit.SECONDS).getHeader("Authorization")).isEqualTo("Bearer " + Canary.TOKEN);
    }

    @Test
    void renewsBeforeExpiryUsingExpiresInSentAsString() throws Exception {
        server.enqueue(token("first-token", 3600));
        server.enqueue(json(200, "{}"));
        server.enqueue(token("second-token", 3600));
        server.enqueue(json(200, "{}"));
        try (ByteNiteHttp http = http(AuthScheme.BARE)) {
            Calls.get(http, "/a");
            clock.advance(Duration.ofSeconds(3600 - 30)); // inside the 60 s renewal margin
            Calls.get(http, "/b");
        }
        server.takeRequest(5, TimeUnit.SECONDS);
        assertThat(server.takeRequest(5, TimeUnit.SECONDS).getHeader("Authorization")).isEqualTo("first-token");
        assertThat(server.takeRequest(5, TimeUnit.SECONDS).getPath()).isEqualTo("/v1/auth/access_token");
        assertThat(server.takeRequest(5, TimeUnit.SECONDS).getHeader("Authorization")).isEqualTo("second-token");
    }

    @Test
    void twoHundredConcurrentCallsWithExpiredTokenCauseExactlyOneExchange() throws Exception {
        AtomicInteger exchanges = new AtomicInteger();
        AtomicInteger staleTokenSeen = new AtomicInteger();
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                if ("/v1/auth/access_token".equals(request.getPath())) {
                    int n = exchanges.incrementAndGet();
                    try {
                        Thread.sleep(50); // keep the renewal in flight while the others pile up
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return token("token-" + n, 3600);
                }
                if (!"token-2".equals(request.getHeader("Authorization"))) {
                    staleTokenSeen.incrementAndGet();
                }
                return json(200, "{\"ok\":true}");
            }
        });
        ExecutorService pool = Executors.newFixedThreadPool(200);
        try (ByteNiteHttp http = http(AuthScheme.BARE)) {
            http.accessToken();
            clock.advance(Duration.ofHours(2)); // token-1 has expired
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Boolean>> results = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                results.add(pool.submit(() -> {
                    go.await();
                    return Calls.get(http, "/v1/customer/jobs").get("ok").getAsBoolean();
                }));
            }
            go.countDown();
            for (Future<Boolean> f : results) {
                assertThat(f.get(30, TimeUnit.SECONDS)).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(exchanges.get()).as("token requests: the initial one and exactly one renewal").isEqualTo(2);
        assertThat(staleTokenSeen.get()).isZero();
    }

    @Test
    void on401RenewsOnceAndReplaysOnce() throws Exception {
        server.enqueue(token("old-token", 3600));
        server.enqueue(TestServers.errorEnvelope(401, "r-1", "Unauthorized", "token revoked"));
        server.enqueue(token("new-token", 3600));
        server.enqueue(json(200, "{\"ok\":true}"));
        try (ByteNiteHttp http = http(AuthScheme.BARE)) {
            // A non-idempotent call is replayed too: a 401 means the server refused it.
            var result = Calls.send(http, Operation.nonIdempotent("customer.createJob"), "POST", "/v1/customer/jobs", "{}");
            assertThat(result.get("ok").getAsBoolean()).isTrue();
        }
        server.takeRequest(5, TimeUnit.SECONDS);
        assertThat(server.takeRequest(5, TimeUnit.SECONDS).getHeader("Authorization")).isEqualTo("old-token");
        assertThat(server.takeRequest(5, TimeUnit.SECONDS).getPath()).isEqualTo("/v1/auth/access_token");
        RecordedRequest replay = server.takeRequest(5, TimeUnit.SECONDS);
        assertThat(replay.getHeader("Authorization")).isEqualTo("new-token");
        assertThat(replay.getBody().readUtf8()).isEqualTo("{}");
        assertThat(server.getRequestCount()).isEqualTo(4);
    }

    @Test
    void second401SurfacesAsAuthenticationError() throws Exception {
        server.enqueue(token("old-token", 3600));
        server.enqueue(TestServers.errorEnvelope(401, "r-1", "Unauthorized", "token revoked"));
        server.enqueue(token("new-token", 3600));
        server.enqueue(TestServers.errorEnvelope(401, "r-2", "Unauthorized", "still not"));
        try (ByteNiteHttp http = http(AuthScheme.BARE)) {
            assertThatThrownBy(() -> Calls.get(http, "/v1/customer/jobs"))
                    .isInstanceOf(AuthenticationException.class)
                    .satisfies(e -> {
                        AuthenticationException a = (AuthenticationException) e;
                        assertThat(a.statusCode()).isEqualTo(401);
                        assertThat(a.requestId()).contains("r-2");
                    });
        }
        assertThat(server.getRequestCount()).isEqualTo(4);
    }

    @Test
    void staticAccessTokenWithoutApiKeyIsNotRenewedOn401() throws Exception {
        server.enqueue(TestServers.errorEnvelope(401, "r-9", "Unauthorized", "expired"));
        ByteNiteHttp http = ByteNiteHttp.create(ByteNiteConfig.builder()
                .baseUrl(TestServers.baseUrl(server)).accessToken(Canary.TOKEN).build());
        try (http) {
            assertThatThrownBy(() -> Calls.get(http, "/v1/customer/jobs")).isInstanceOf(AuthenticationException.class);
        }
        assertThat(server.takeRequest(5, TimeUnit.SECONDS).getHeader("Authorization")).isEqualTo(Canary.TOKEN);
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void failedExchangeIsSharedByWaitingThreadsAndNotRetriedByEach() throws Exception {
        server.enqueue(TestServers.errorEnvelope(401, "r-key", "Unauthorized", "invalid api key"));
        try (ByteNiteHttp http = http(AuthScheme.BARE)) {
            assertThatThrownBy(() -> Calls.get(http, "/v1/customer/jobs"))
                    .isInstanceOf(AuthenticationException.class)
                    .hasMessageContaining("auth.getAccessToken")
                    .hasMessageContaining("invalid api key");
        }
        assertThat(server.getRequestCount()).isEqualTo(1);
    }
}
