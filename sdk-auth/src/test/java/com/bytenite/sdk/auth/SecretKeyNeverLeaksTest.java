package com.bytenite.sdk.auth;

import static com.bytenite.sdk.core.testing.TestServers.errorEnvelope;
import static com.bytenite.sdk.core.testing.TestServers.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.bytenite.sdk.core.errors.BadRequestException;
import com.bytenite.sdk.core.errors.ByteNiteApiException;
import com.bytenite.sdk.core.errors.ByteNiteNetworkException;
import com.bytenite.sdk.core.errors.MalformedResponseException;
import com.bytenite.sdk.core.errors.UnexpectedStatusException;
import com.bytenite.sdk.core.testing.Canary;
import com.bytenite.sdk.core.testing.LogCapture;
import com.bytenite.sdk.core.testing.LoopbackServer;
import java.util.ArrayList;
import java.util.List;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The secret key is sent once and then never seen again: not in logs, messages or toString(). */
class SecretKeyNeverLeaksTest {
    @RegisterExtension
    final LoopbackServer loopback = new LoopbackServer();
    private MockWebServer server;
    private AuthService auth;

    @BeforeEach
    void wire() {
        server = loopback.server();
        auth = new AuthService(loopback.http().context());
    }

    private static NewSecret canarySecret() {
        return NewSecret.builder("my_aws_secret", SecretType.AWS).name("bucket access").accessKey("AKIAIOSFODNN7EXAMPLE")
                .secretKey(Canary.SECRET_KEY).build();
    }

    @Test
    void theKeyReachesTheServerButNoLogLineAtTrace() throws Exception {
        String logs;
        try (LogCapture capture = new LogCapture()) {
            server.enqueue(json(200, "{\"ok\":true,\"message\":\"stored " + Canary.SECRET_KEY + "\"}"));
            auth.secrets().create(canarySecret());
            logs = capture.text();
        }
        assertThat(Recorded.jsonBody(Recorded.apiCall(server)).getAsJsonObject().get("secretKey").getAsString())
                .isEqualTo(Canary.SECRET_KEY);
        assertThat(logs).as("bodies were logged at TRACE").contains("request body").contains("response body");
        assertThat(logs).doesNotContain(Canary.SECRET_KEY);
    }

    @Test
    void noExceptionMessageQuotesTheKeyEvenWhenTheServerEchoesIt() {
        server.enqueue(errorEnvelope(400, "req-echo", "Bad Request", "secret key " + Canary.SECRET_KEY + " is malformed"));
        server.enqueue(json(200, "{\"ok\":false,\"requestId\":\"req-ok-false\",\"message\":\"rejected " + Canary.SECRET_KEY + "\"}"));
        server.enqueue(json(200, "<html>stored " + Canary.SECRET_KEY + "</html>"));
        server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST));

        List<Throwable> failures = new ArrayList<>();
        String logs;
        try (LogCapture capture = new LogCapture()) {
            for (int i = 0; i < 4; i++) {
                failures.add(catchThrowable(() -> auth.secrets().create(canarySecret())));
            }
            logs = capture.text();
        }

        assertThat(failures.get(0)).isInstanceOfSatisfying(BadRequestException.class, e -> {
            assertThat(e.statusCode()).isEqualTo(400);
            assertThat(e.requestId()).contains("req-echo");
            assertThat(e.getMessage()).contains("is malformed");
        });
        assertThat(failures.get(1)).isInstanceOfSatisfying(UnexpectedStatusException.class,
                e -> assertThat(e.errorMessage()).hasValueSatisfying(m -> assertThat(m).contains("rejected")));
        assertThat(failures.get(2)).isInstanceOf(MalformedResponseException.class);
        assertThat(failures.get(3)).isInstanceOfSatisfying(ByteNiteNetworkException.class,
                e -> assertThat(e.requestMayHaveBeenSent()).isTrue());
        for (Throwable t : failures) {
            for (Throwable c = t; c != null; c = c.getCause()) {
                assertThat(c.getMessage()).as(c.getClass().getSimpleName()).doesNotContain(Canary.SECRET_KEY);
            }
            if (t instanceof ByteNiteApiException api) {
                assertThat(api.details().description().orElse("") + api.details().message().orElse("")
                        + api.details().errorMessage().orElse("")).doesNotContain(Canary.SECRET_KEY);
            }
        }
        assertThat(logs).isNotEmpty().doesNotContain(Canary.SECRET_KEY);
    }

    @Test
    void theValuesNeverPrintTheKey() {
        NewSecret secret = canarySecret();
        assertThat(secret.toString()).contains("my_aws_secret").contains("secretKey=[REDACTED]").doesNotContain(Canary.SECRET_KEY);
        assertThat(String.valueOf(secret.params())).doesNotContain(Canary.SECRET_KEY);
        assertThat(List.of(secret.id(), secret.type().raw(), secret.name().orElseThrow(), secret.accessKey().orElseThrow()))
                .as("no public accessor returns it").noneMatch(v -> v.contains(Canary.SECRET_KEY));
    }
}
