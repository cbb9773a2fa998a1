package com.bytenite.sdk.core.http;

import static com.bytenite.sdk.core.testing.TestServers.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.bytenite.sdk.core.ByteNiteConfig;
import com.bytenite.sdk.core.errors.ByteNiteNetworkException;
import com.bytenite.sdk.core.errors.ServerException;
import com.bytenite.sdk.core.errors.UnexpectedStatusException;
import com.bytenite.sdk.core.spi.Operation;
import com.bytenite.sdk.core.testing.Calls;
import com.bytenite.sdk.core.testing.Canary;
import com.bytenite.sdk.core.testing.MutableClock;
import com.bytenite.sdk.core.testing.RecordingSleeper;
import com.bytenite.sdk.core.testing.TestServers;
import java.time.Duration;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Servers that behave as real ones do and ours did not: closing connections, answering 503 with odd
 * Retry-After values, cutting bodies off. Each test counts the requests that reached the server:
 * a call that must not be repeated reaches it exactly once.
 */
class TransportFaultsTest {
    private static final Operation CREATE = Operation.nonIdempotent("test.create");
    private static final Operation READ = Operation.idempotent("test.read");

    private final MockWebServer server = new MockWebServer();
    private final MutableClock clock = MutableClock.atEpochPlusOneDay();
    private final RecordingSleeper sleeper = new RecordingSleeper(clock);
    private ByteNiteHttp http;

    @BeforeEach
    void start() throws Exception {
        server.start();
        ByteNiteConfig config = ByteNiteConfig.builder()
                .baseUrl(TestServers.baseUrl(server))
                .accessToken(Canary.TOKEN)
                .retry(TestServers.fastRetries().maxTotalTime(Duration.ofSeconds(30)).build())
                .build();
        http = ByteNiteHttp.builder(config).clock(clock).sleeper(sleeper).build();
    }

    @AfterEach
    void stop() throws Exception {
        http.close();
        server.shutdown();
    }

    /** Lets the server's close reach the client's pool, as it does between real calls. */
    private static void pause() throws InterruptedException {
        Thread.sleep(100);
    }

    @Test
    void callsThatMustNotRepeatSucceedOnceEachAgainstAServerThatClosesAfterEveryAnswer() throws Exception {
        for (int i = 0; i < 4; i++) {
            server.enqueue(json(200, "{\"n\":" + i + "}").setSocketPolicy(SocketPolicy.DISCONNECT_AT_END));
        }
        assertThat(Calls.send(http, READ, "GET", "/v1/x", null).get("n").getAsInt()).isZero();
        for (int i = 1; i < 4; i++) {
            pause();
            assertThat(Calls.send(http, CREATE, "POST", "/v1/jobs", "{}").get("n").getAsInt()).isEqualTo(i);
        }
        assertThat(TestServers.settledRequestCount(server)).isEqualTo(4);
    }

    @Test
    void theTokenExchangeNeverLendsItsConnectionToTheCallThatNeededIt() throws Exception {
        ByteNiteConfig withKey = ByteNiteConfig.builder().baseUrl(TestServers.baseUrl(server)).apiKey(Canary.API_KEY).build();
        server.enqueue(json(200, "{\"token\":\"t-1\",\"expiresIn\":\"3600\"}"));
        server.enqueue(json(200, "{\"n\":1}"));
        try (ByteNiteHttp keyed = ByteNiteHttp.builder(withKey).clock(clock).sleeper(sleeper).build()) {
            assertThat(Calls.send(keyed, CREATE, "POST", "/v1/jobs", "{}").get("n").getAsInt()).isEqualTo(1);
        }
        assertThat(server.takeRequest().getPath()).isEqualTo("/v1/auth/access_token");
        // A server closing each connection after answering could close the exchange's connection
        // just as the create went out on it: the create always goes on a connection of its own pool.
        assertThat(server.takeRequest().getSequenceNumber()).as("the create's position on its connection").isZero();
    }

    @Test
    void anHttp10AnswerWithoutKeepAliveEndsItsConnection() throws Exception {
        for (int i = 0; i < 3; i++) {
            server.enqueue(json(200, "{\"n\":" + i + "}").setStatus("HTTP/1.0 200 OK").setSocketPolicy(SocketPolicy.DISCONNECT_AT_END));
        }
        for (int i = 0; i < 3; i++) {
            assertThat(Calls.send(http, READ, "GET", "/v1/x", null).get("n").getAsInt()).isEqualTo(i);
            pause();
        }
        assertThat(sleeper.waits()).as("no attempt failed on a closed connection").isEmpty();
        assertThat(server.getRequestCount()).isEqualTo(3);
    }

    @Test
    void aServiceUnavailableWithRetryAfterZeroIsNeverReplayedForACreate() throws Exception {
        server.enqueue(TestServers.errorEnvelope(503, "r-1", "Unavailable", "busy").setHeader("Retry-After", "0"));
        server.enqueue(json(200, "{\"created\":true}"));
        assertThatThrownBy(() -> Calls.send(http, CREATE, "POST", "/v1/jobs", "{}"))
                .isInstanceOfSatisfying(ServerException.class, e -> assertThat(e.statusCode()).isEqualTo(503));
        assertThat(TestServers.settledRequestCount(server)).isEqualTo(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"9999999999999999", "3000000000", "99999999999999999999999"})
    void hugeRetryAfterValuesEndAsTheServersError(String retryAfter) throws Exception {
        server.enqueue(TestServers.errorEnvelope(503, "r-1", "Unavailable", "busy").setHeader("Retry-After", retryAfter));
        assertThatThrownBy(() -> Calls.send(http, CREATE, "POST", "/v1/jobs", "{}")).isInstanceOf(ServerException.class);
        server.enqueue(TestServers.errorEnvelope(503, "r-2", "Unavailable", "busy").setHeader("Retry-After", retryAfter));
        assertThatThrownBy(() -> Calls.send(http, READ, "GET", "/v1/x", null))
                .isInstanceOfSatisfying(ServerException.class, e -> assertThat(e.requestId()).contains("r-2"));
        assertThat(TestServers.settledRequestCount(server)).isEqualTo(2);
    }

    @Test
    void aBodyCutOffMidWayIsReadAgainForAnIdempotentCall() throws Exception {
        server.enqueue(json(200, "{\"job\":\"" + "x".repeat(20_000) + "\"}").setSocketPolicy(SocketPolicy.DISCONNECT_DURING_RESPONSE_BODY));
        server.enqueue(json(200, "{\"job\":\"whole\"}"));
        assertThat(Calls.send(http, READ, "GET", "/v1/jobs/1", null).get("job").getAsString()).isEqualTo("whole");
        assertThat(server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void aBodyCutOffMidWayIsNotResentForACreate() throws Exception {
        server.enqueue(json(200, "{\"job\":\"" + "x".repeat(20_000) + "\"}").setSocketPolicy(SocketPolicy.DISCONNECT_DURING_RESPONSE_BODY));
        server.enqueue(json(200, "{\"job\":\"second\"}"));
        assertThatThrownBy(() -> Calls.send(http, CREATE, "POST", "/v1/jobs", "{}"))
                .isInstanceOfSatisfying(ByteNiteNetworkException.class, e -> assertThat(e.requestMayHaveBeenSent()).isTrue());
        assertThat(TestServers.settledRequestCount(server)).isEqualTo(1);
    }

    @Test
    void aRedirectOfACallThatMustNotRepeatIsNotFollowedButReported() throws Exception {
        server.enqueue(new MockResponse().setResponseCode(307).setHeader("Location", "/v1/customer/jobs-elsewhere"));
        assertThatThrownBy(() -> Calls.send(http, CREATE, "POST", "/v1/customer/jobs", "{}"))
                .isInstanceOfSatisfying(UnexpectedStatusException.class, e -> {
                    assertThat(e.statusCode()).isEqualTo(307);
                    assertThat(e.getMessage()).contains("redirected this call to /v1/customer/jobs-elsewhere", "not sent again");
                });
        assertThat(TestServers.settledRequestCount(server)).as("the create reached one address, once").isEqualTo(1);
    }

    @Test
    void aRedirectOfAReadIsFollowed() throws Exception {
        server.enqueue(new MockResponse().setResponseCode(308).setHeader("Location", "/v1/customer/info-moved"));
        server.enqueue(json(200, "{\"moved\":true}"));
        assertThat(Calls.send(http, READ, "GET", "/v1/customer/info", null).get("moved").getAsBoolean()).isTrue();
        assertThat(server.takeRequest().getPath()).isEqualTo("/v1/customer/info");
        assertThat(server.takeRequest().getPath()).isEqualTo("/v1/customer/info-moved");
    }
}
