package com.bytenite.sdk.core.http;

import static com.bytenite.sdk.core.testing.TestServers.json;
import static com.bytenite.sdk.core.testing.TestServers.token;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.bytenite.sdk.core.ByteNiteConfig;
import com.bytenite.sdk.core.internal.AccessToken;
import com.bytenite.sdk.core.spi.Operation;
import com.bytenite.sdk.core.testing.Calls;
import com.bytenite.sdk.core.testing.Canary;
import com.bytenite.sdk.core.testing.LogCapture;
import com.bytenite.sdk.core.testing.TestServers;
import java.time.Instant;
import java.util.Map;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Canary secrets never reach logs (even at TRACE), toString() or exception messages. */
class RedactionTest {
    private final MockWebServer server = new MockWebServer();

    @BeforeEach
    void start() throws Exception {
        server.start();
    }

    @AfterEach
    void stop() throws Exception {
        server.shutdown();
    }

    @Test
    void canariesNeverAppearInTraceLogsOrExceptionMessages() {
        String signedUrl = "https://storage.example.com/bucket/result.txt?X-Goog-Signature=" + Canary.SIGNATURE;
        server.enqueue(token(Canary.TOKEN, 3600));
        // A secret created: the request carries the secret key, the answer echoes secrets back.
        server.enqueue(json(200, "{\"secret\":{\"id\":\"s1\",\"accessKey\":\"AKIA\"},\"token\":\"" + Canary.TOKEN
                + "\",\"link\":\"" + signedUrl + "\"}"));
        // An error whose description quotes the key and the token.
        server.enqueue(TestServers.errorEnvelope(400, "r-1", "bad key " + Canary.API_KEY,
                "token " + Canary.TOKEN + " secret " + Canary.SECRET_KEY));
        server.enqueue(json(200, "{}").setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST));

        StringBuilder messages = new StringBuilder();
        String logs;
        try (LogCapture capture = new LogCapture();
                ByteNiteHttp http = ByteNiteHttp.create(TestServers.config(server).build())) {
            http.treatAsSecret(Canary.SECRET_KEY); // what the secrets facade does before sending one
            String secretBody = "{\"secret\":{\"id\":\"s1\",\"secretType\":\"aws\"},\"secretKey\":\"" + Canary.SECRET_KEY + "\"}";
            Request create = new Request.Builder().url(Calls.url(http, "/v1/auth/secrets?limit=5&signature=" + Canary.SIGNATURE))
                    .post(RequestBody.create(secretBody, MediaType.get("application/json"))).build();
            Calls.send(http, Operation.nonIdempotent("auth.createSecret"), create);
            messages.append(catchThrowable(() -> Calls.get(http, "/v1/auth/user")).getMessage()).append('\n');
            messages.append(catchThrowable(() -> Calls.send(http, Operation.nonIdempotent("wallet.redeemCoupon"),
                    "POST", "/v1/wallet/redeem_coupon", "{}")).getMessage()).append('\n');
            messages.append(http.config()).append('\n');
            logs = capture.text();
        }
        assertThat(logs).contains("POST http://127.0.0.1:" + server.getPort() + "/v1/auth/secrets?limit=5&signature=[REDACTED] -> 200");
        assertThat(logs).contains("request body").contains("response body").contains("\"secretKey\":\"[REDACTED]\"");
        for (String canary : Canary.all()) {
            assertThat(logs).as("logs").doesNotContain(canary);
            assertThat(messages).as("exception messages and toString").doesNotContain(canary);
        }
    }

    @Test
    void configAndTokenToStringHideCredentials() {
        ByteNiteConfig config = ByteNiteConfig.fromEnv(Map.of(
                ByteNiteConfig.ENV_API_KEY, Canary.API_KEY,
                ByteNiteConfig.ENV_ACCESS_TOKEN, Canary.TOKEN));
        assertThat(config.toString()).doesNotContain(Canary.API_KEY).doesNotContain(Canary.TOKEN).contains("[REDACTED]");
        assertThat(new AccessToken(Canary.TOKEN, Instant.EPOCH).toString()).doesNotContain(Canary.TOKEN);
    }

    @Test
    void invalidArgumentMessageFromGeneratedClientIsRedacted() {
        try (ByteNiteHttp http = ByteNiteHttp.create(TestServers.config(server).build())) {
            Throwable t = catchThrowable(() -> http.context().execute(Operation.idempotent("x"),
                    () -> {
                        throw new Exception("bad value " + Canary.API_KEY);
                    }, null, Object.class));
            assertThat(t).isInstanceOf(IllegalArgumentException.class);
            assertThat(t.getMessage()).doesNotContain(Canary.API_KEY);
        }
    }
}
