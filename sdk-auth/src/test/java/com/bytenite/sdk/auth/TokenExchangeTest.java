package com.bytenite.sdk.auth;

import static com.bytenite.sdk.core.testing.TestServers.errorEnvelope;
import static com.bytenite.sdk.core.testing.TestServers.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.bytenite.sdk.core.errors.AuthenticationException;
import com.bytenite.sdk.core.errors.MalformedResponseException;
import com.bytenite.sdk.core.http.AccessTokenGrant;
import com.bytenite.sdk.core.http.ByteNiteHttp;
import com.bytenite.sdk.core.testing.Canary;
import com.bytenite.sdk.core.testing.EveryField;
import com.bytenite.sdk.core.testing.LogCapture;
import com.bytenite.sdk.core.testing.MutableClock;
import com.bytenite.sdk.core.testing.TestServers;
import java.time.Duration;
import java.time.Instant;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;












/** POST /access_token: the raw token for callers who need one, through sdk-core's own exchange. */
class TokenExchangeTest extends AuthServiceTestBase {
    private static final Instant NOW = Instant.parse("2026-01-02T00:00:00Z");
    private static final String ISSUED = "issued-token-canary-5e21";

    TokenExchangeTest() {
        super(new MutableClock(NOW));
    }

    @Test
    void sendsTheDocsBodyWithoutAnyTokenAndReadsEveryFieldOfTheDocsAnswer() throws Exception {
        String docsKey = docs.requestExample("POST /access_token").getAsJsonObject().get("apiKey").getAsString();
        server.enqueue(json(200, docs.responseExample("POST /access_token")));

        AccessTokenGrant grant = auth.exchangeApiKey(docsKey);

        RecordedRequest r = Recorded.any(server);
        assertThat(r.getMethod()).isEqualTo("POST");
        assertThat(r.getPath()).isEqualTo("/v1/auth/access_token");
        assertThat(r.getHeader("Authorization")).as("the exchange is the one call without a token").isNull();
        assertThat(Recorded.jsonBody(r)).isEqualTo(docs.requestExample("POST /access_token"));
        assertThat(grant.token()).isEqualTo("eyJjcnYiOiJQLTM4NCIsImQiOiJyM1VFQ21naUNiNjI1c19CZWc3emdULUlCajJUOUZW...");
        assertThat(grant.expiresIn()).isEqualTo(Duration.ofHours(1));
        assertThat(grant.expiresAt()).isEqualTo(NOW.plusSeconds(3600));
        assertThat(grant.scope()).isEqualTo("text");
        EveryField.assertSet(grant);
        assertThat(grant.isExpired(clock)).isFalse();
        clock.advance(Duration.ofHours(1));
        assertThat(grant.isExpired(clock)).isTrue();
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void theConfiguredKeyIsExchangedOnceAndNeitherKeyNorTokenIsLogged() throws Exception {
        try (ByteNiteHttp keyed = loopback.connect(TestServers.config(server).build()); LogCapture logs = new LogCapture()) {
            server.enqueue(TestServers.token(ISSUED, 7200));
            AccessTokenGrant grant = new AuthService(keyed.context()).exchangeApiKey();

            RecordedRequest r = Recorded.any(server);
            assertThat(r.getHeader("Authorization")).isNull();
            assertThat(Recorded.jsonBody(r).getAsJsonObject().get("apiKey").getAsString()).isEqualTo(Canary.API_KEY);
            assertThat(TestServers.settledRequestCount(server)).as("no second exchange for the SDK's own token").isEqualTo(1);
            assertThat(grant.token()).isEqualTo(ISSUED);
            assertThat(grant.expiresIn()).isEqualTo(Duration.ofHours(2));
            assertThat(grant.toString()).contains("expiresIn=PT2H").doesNotContain(ISSUED);
            assertThat(logs.text()).contains("access_token").doesNotContain(ISSUED, Canary.API_KEY);
            assertThat(keyed.redact("echo " + ISSUED)).as("masked from then on").doesNotContain(ISSUED);
        }
    }

    @Test
    void withoutAConfiguredKeyTheNoArgumentExchangeIsRefused() {
        assertThatThrownBy(() -> auth.exchangeApiKey()).isInstanceOf(IllegalStateException.class).hasMessageContaining("apiKey");
        assertThat(server.getRequestCount()).isZero();
    }

    @Test
    void aRefusedKeyIsAnAuthenticationErrorWithTheRequestIdAndNoKey() {
        server.enqueue(errorEnvelope(401, "req-401", "Unauthorized", "invalid api key " + Canary.API_KEY));
        assertThatThrownBy(() -> auth.exchangeApiKey(Canary.API_KEY)).isInstanceOfSatisfying(AuthenticationException.class, e -> {
            assertThat(e.statusCode()).isEqualTo(401);
            assertThat(e.requestId()).contains("req-401");
            assertThat(e.getMessage()).contains("auth.getAccessToken").doesNotContain(Canary.API_KEY);
        });
        assertThat(server.getRequestCount()).as("no renew-and-replay for the exchange").isEqualTo(1);
    }

    @Test
    void aNumericLifetimeIsReadAndAMissingOneIsTheDocumentedHour() {
        server.enqueue(json(200, "{\"token\":\"t-numeric-1\",\"expiresIn\":90}"));
        server.enqueue(json(200, "{\"token\":\"t-missing-2\"}"));
        AccessTokenGrant numeric = auth.exchangeApiKey("key-one");
        AccessTokenGrant missing = auth.exchangeApiKey("key-two");
        assertThat(numeric.expiresIn()).isEqualTo(Duration.ofSeconds(90));
        assertThat(numeric.expiresAt()).isEqualTo(NOW.plusSeconds(90));
        assertThat(numeric.scope()).isNull();
        assertThat(missing.expiresIn()).isEqualTo(Duration.ofHours(1));
        assertThat(missing.expiresAt()).isEqualTo(NOW.plusSeconds(3600));
    }

    @Test
    void anAnswerWithoutATokenIsMalformedAndQuotesNoCredential() {
        server.enqueue(json(200, "{\"expiresIn\":\"3600\",\"apiKey\":\"" + Canary.API_KEY + "\"}"));
        assertThatThrownBy(() -> auth.exchangeApiKey(Canary.API_KEY)).isInstanceOfSatisfying(MalformedResponseException.class, e -> {
            assertThat(e.statusCode()).isEqualTo(200);
            assertThat(e.getMessage()).contains("auth.getAccessToken").doesNotContain(Canary.API_KEY);
        });
    }

    @Test
    void currentAccessTokenIsTheOneTheStackSends() {
        assertThat(auth.currentAccessToken()).isEqualTo(Canary.TOKEN);
        assertThat(server.getRequestCount()).isZero();
    }
}
