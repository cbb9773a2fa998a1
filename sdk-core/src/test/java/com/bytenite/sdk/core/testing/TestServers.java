package com.bytenite.sdk.core.testing;

import com.bytenite.sdk.core.ByteNiteConfig;
import com.bytenite.sdk.core.RetrySettings;
import java.time.Duration;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;

/** Configurations and canned answers for tests against a loopback MockWebServer. */
public final class TestServers {
    private TestServers() {
    }

    /** The server's base URL: {@code http://127.0.0.1:<port>}. */
    public static String baseUrl(MockWebServer server) {
        return "http://127.0.0.1:" + server.getPort();
    }

    /** An API-key configuration for {@code server} with fast, jitter-free retries. */
    public static ByteNiteConfig.Builder config(MockWebServer server) {
        return ByteNiteConfig.builder()
                .baseUrl(baseUrl(server))
                .apiKey(Canary.API_KEY)
                .readTimeout(Duration.ofSeconds(5))
                .retry(fastRetries().build());
    }

    /** Three attempts, 100 ms first backoff, 2 s at most, no jitter: retries a test can count and time. */
    public static RetrySettings.Builder fastRetries() {
        return RetrySettings.builder()
                .maxAttempts(3)
                .initialBackoff(Duration.ofMillis(100))
                .maxBackoff(Duration.ofSeconds(2))
                .jitter(0);
    }

    /**
     * The number of requests {@code server} received, once it has stopped growing: a request the
     * server drops mid-body is counted a moment after the client already saw the failure.
     */
    public static int settledRequestCount(MockWebServer server) throws InterruptedException {
        int count = server.getRequestCount();
        for (int quietChecks = 0; quietChecks < 5; ) {
            Thread.sleep(20);
            int now = server.getRequestCount();
            quietChecks = now == count ? quietChecks + 1 : 0;
            count = now;
        }
        return count;
    }

    public static MockResponse json(int status, String body) {
        return new MockResponse().setResponseCode(status).setHeader("Content-Type", "application/json").setBody(body);
    }

    public static MockResponse token(String token, long expiresInSeconds) {
        return json(200, "{\"token\":\"" + token + "\",\"expiresIn\":\"" + expiresInSeconds + "\",\"scope\":\"all\"}");
    }

    public static MockResponse errorEnvelope(int status, String requestId, String message, String description) {
        return json(status, "{\"ok\":false,\"requestId\":\"" + requestId + "\",\"message\":\"Request failed\","
                + "\"error\":{\"code\":" + status + ",\"message\":\"" + message + "\",\"description\":\"" + description + "\"}}");
    }
}
