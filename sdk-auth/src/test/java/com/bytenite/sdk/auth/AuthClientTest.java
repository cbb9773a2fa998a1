package com.bytenite.sdk.auth;

import static com.bytenite.sdk.core.testing.TestServers.errorEnvelope;
import static com.bytenite.sdk.core.testing.TestServers.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.bytenite.sdk.auth.internal.GeneratedAuthApi;
import com.bytenite.sdk.core.errors.ByteNiteApiException;
import com.bytenite.sdk.core.testing.Canary;
import com.bytenite.sdk.core.testing.EveryField;
import com.bytenite.sdk.core.testing.LogCapture;
import com.bytenite.sdk.core.testing.LoopbackServer;
import com.bytenite.sdk.core.testing.MutableClock;
import com.bytenite.sdk.core.testing.SpecContract;
import com.bytenite.sdk.core.testing.TestServers;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class AuthClientTest {
    private static final String SECRET_CANARY = "canary-secret-key-5b1e77";

    @RegisterExtension
    final LoopbackServer loopback = new LoopbackServer();

    private MockWebServer server;
    private AuthClient auth;
    private SpecContract docs;

    @BeforeEach
    void wire() throws Exception {
        server = loopback.server();
        auth = new AuthClient(loopback.http());
        docs = SpecContract.load("auth.json", "com.bytenite.sdk.auth.internal.generated.model", GeneratedAuthApi.gson());
    }

    private RecordedRequest next() throws InterruptedException {
        RecordedRequest r = server.takeRequest(5, TimeUnit.SECONDS);
        assertThat(r).as("a request reached the server").isNotNull();
        return r;
    }

    private RecordedRequest nextApiCall() throws InterruptedException {
        RecordedRequest r = next();
        assertThat(r.getHeader("Authorization")).isEqualTo(Canary.TOKEN);
        return r;
    }

    private static JsonObject body(RecordedRequest r) {
        return JsonParser.parseString(r.getBody().readUtf8()).getAsJsonObject();
    }

    @Test
    void exchangeApiKeyReturnsTheRawTokenButNeverPrintsIt() throws Exception {
        server.enqueue(json(200, "{\"token\":\"raw-token-canary-91\",\"expiresIn\":\"3600\",\"scope\":\"all\"}"));
        AccessTokenGrant grant = auth.exchangeApiKey("key-canary-44");
        RecordedRequest r = next();
        assertThat(r.getMethod() + " " + r.getPath()).isEqualTo("POST /v1/auth/access_token");
        assertThat(body(r)).isEqualTo(JsonParser.parseString("{\"apiKey\":\"key-canary-44\"}"));
        assertThat(grant.token()).isEqualTo("raw-token-canary-91");
        assertThat(grant.expiresIn()).isEqualTo(Duration.ofHours(1));
        EveryField.assertSet(grant);
        assertThat(grant.toString()).doesNotContain("raw-token-canary-91");
        assertThat(loopback.http().redact("echo raw-token-canary-91 key-canary-44")).doesNotContain("raw-token-canary-91", "key-canary-44");
        assertThatThrownBy(() -> auth.exchangeApiKey(" ")).hasMessageContaining("apiKey");
    }

    @Test
    void apiKeysAreListedAndRevoked() throws Exception {
        server.enqueue(json(200, docs.responseExample("GET /api_keys")));
        List<ApiKeyInfo> keys = auth.apiKeys();
        assertThat(nextApiCall().getPath()).isEqualTo("/v1/auth/api_keys");
        assertThat(keys).singleElement().satisfies(k -> {
            assertThat(k.id()).isEqualTo("acc2e66f-fa31-4e73-9c49-eedee36fcf32");
            assertThat(k.name()).isEqualTo("My API key");
            assertThat(k.revoked()).isTrue();
            assertThat(k.issuedAt()).isEqualTo(Instant.parse("2025-12-09T19:56:17.981Z"));
            EveryField.assertSet(k);
        });
        server.enqueue(json(200, "{\"ok\":true}"));
        auth.revokeApiKey("k/1");
        RecordedRequest r = nextApiCall();
        assertThat(r.getMethod() + " " + r.getPath()).isEqualTo("POST /v1/auth/api_keys/k%2F1/revoke");
    }

    @Test
    void secretsAreListedFilteredByTypeAndKeepUnknownTypes() throws Exception {
        server.enqueue(json(200, docs.responseExample("GET /secrets")));
        Secret s = auth.secrets().get(0);
        assertThat(nextApiCall().getPath()).isEqualTo("/v1/auth/secrets");
        assertThat(s.id()).isEqualTo("s3-secret");
        assertThat(s.type()).isEqualTo(SecretType.S3);
        assertThat(s.accessKey()).isEqualTo("AKIAIOSFODNN7EXAMPLE");
        assertThat(s.expiresAt()).isEqualTo(Instant.parse("2025-12-29T18:02:27.140Z"));
        assertThat(s.params()).containsEntry("ANY_ADDITIONAL_PROPERTY", "text");
        EveryField.assertSet(s);

        server.enqueue(json(200, "{\"secrets\":[{\"id\":\"x\",\"secretType\":\"azure\"}]}"));
        Secret unknown = auth.secrets(SecretType.of("azure")).get(0);
        assertThat(nextApiCall().getPath()).isEqualTo("/v1/auth/secrets?secretType=azure");
        assertThat(unknown.type().name()).isEqualTo("azure");
        assertThat(unknown.type().isKnown()).isFalse();
        assertThat(SecretType.of("AWS")).isSameAs(SecretType.AWS);
    }

    @Test
    void createSendsTheDocumentedBodyAndTheSecretKeyNeverLeaks() throws Exception {
        NewSecret secret = NewSecret.builder("s3-secret", SecretType.S3).name("My S3 Secret").accessKey("AKIAIOSFODNN7EXAMPLE")
                .secretKey(SECRET_CANARY).expiresAt(Instant.now().plus(Duration.ofDays(30))).param("region", "us-east-1").build();
        assertThat(secret.toString()).doesNotContain(SECRET_CANARY);
        server.enqueue(errorEnvelope(400, "req-echo", "Bad Request", "secret " + SECRET_CANARY + " is too short"));
        String logs;
        try (LogCapture capture = new LogCapture()) {
            assertThatThrownBy(() -> auth.createSecret(secret))
                    .isInstanceOfSatisfying(ByteNiteApiException.class, e -> {
                        assertThat(e.statusCode()).isEqualTo(400);
                        assertThat(e.requestId()).contains("req-echo");
                        assertThat(e.getMessage()).doesNotContain(SECRET_CANARY).contains("too short");
                    });
            logs = capture.text();
        }
        assertThat(logs).doesNotContain(SECRET_CANARY);
        RecordedRequest r = nextApiCall();
        assertThat(r.getMethod() + " " + r.getPath()).isEqualTo("POST /v1/auth/secrets");
        JsonObject sent = body(r);
        assertThat(sent.get("secretKey").getAsString()).isEqualTo(SECRET_CANARY);
        assertThat(sent.getAsJsonObject("secret").get("secretType").getAsString()).isEqualTo("s3");
        assertThat(sent.getAsJsonObject("secret").getAsJsonObject("params").get("region").getAsString()).isEqualTo("us-east-1");
        assertThat(TestServers.settledRequestCount(server)).as("create is never replayed").isEqualTo(1);
    }

    @Test
    void createSendsTheDocsRequestExampleFieldForField() throws Exception {
        MutableClock beforeTheExpiry = new MutableClock(Instant.parse("2025-01-01T00:00:00Z"));
        try (var http = com.bytenite.sdk.core.http.ByteNiteHttp.builder(com.bytenite.sdk.core.ByteNiteConfig.builder()
                .baseUrl(TestServers.baseUrl(server)).accessToken(Canary.TOKEN).build()).clock(beforeTheExpiry).build()) {
            server.enqueue(json(200, "{}"));
            new AuthClient(http).createSecret(NewSecret.builder("s3-secret", SecretType.S3).name("My S3 Secret").accessKey("AKIAIOSFODNN7EXAMPLE")
                    .secretKey("wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY").expiresAt(Instant.parse("2025-12-29T18:02:27.140Z"))
                    .param("ANY_ADDITIONAL_PROPERTY", "text").build());
            assertThat(body(nextApiCall())).isEqualTo(docs.requestExample("POST /secrets"));
        }
    }

    @Test
    void badSecretsAreRefusedBeforeAnyRequest() {
        assertThatThrownBy(() -> NewSecret.builder(" ", SecretType.AWS)).hasMessageContaining("id");
        assertThatThrownBy(() -> SecretType.of("")).hasMessageContaining("secretType");
        assertThatThrownBy(() -> auth.createSecret(NewSecret.builder("s", SecretType.GCP).expiresAt(Instant.parse("2001-01-01T00:00:00Z")).build()))
                .hasMessageContaining("expiresAt");
        assertThatThrownBy(() -> auth.deleteSecret(SecretType.AWS, "..")).hasMessageContaining("id");
        assertThat(server.getRequestCount()).isZero();
    }

    @Test
    void deleteUsesTypeAndIdInThePath() throws Exception {
        server.enqueue(json(200, "{}"));
        auth.deleteSecret(SecretType.STORJ, "my secret");
        RecordedRequest r = nextApiCall();
        assertThat(r.getMethod() + " " + r.getPath()).isEqualTo("DELETE /v1/auth/secrets/storj/my%20secret");
    }

    @Test
    void userIsReadAndUpdatedWithTheDocumentedBody() throws Exception {
        server.enqueue(json(200, docs.responseExample("GET /user")));
        User u = auth.user();
        assertThat(nextApiCall().getPath()).isEqualTo("/v1/auth/user");
        assertThat(u.email()).isEqualTo("john@example.com");
        assertThat(u.role()).isEqualTo("ROLE_NONE");
        assertThat(u.createdAt()).isEqualTo(Instant.parse("2020-01-01T00:00:00Z"));
        assertThat(u.contactInfo()).containsEntry("company", "ByteNite").containsEntry("zip", "94107").hasSize(9);
        EveryField.assertSet(u);

        server.enqueue(json(200, docs.responseExample("PATCH /user")));
        auth.updateUser(new UserUpdate().firstName("John").lastName("Doe").userName("johndoe").contact("company", "ByteNite")
                .contact("jobTitle", "Software Engineer").contact("phoneNumber", "1234567890").contact("address1", "1234 Main St")
                .contact("address2", "Apt 123").contact("city", "San Francisco").contact("state", "CA").contact("zip", "94107")
                .contact("country", "United States").onboardingAnswer(1, java.util.Map.of()));
        RecordedRequest r = nextApiCall();
        assertThat(r.getMethod()).isEqualTo("PATCH");
        assertThat(body(r)).as("the docs' request example, field for field").isEqualTo(docs.requestExample("PATCH /user"));
        assertThatThrownBy(() -> auth.updateUser(new UserUpdate())).hasMessageContaining("at least one field");
        assertThatThrownBy(() -> new UserUpdate().contact("email", "x")).hasMessageContaining("email");
    }

    @Test
    void signOutSkipAndInfo() throws Exception {
        server.enqueue(json(200, "{}"));
        auth.signOut();
        RecordedRequest r = nextApiCall();
        assertThat(r.getMethod() + " " + r.getPath()).isEqualTo("POST /v1/auth/signout");
        server.enqueue(json(200, docs.responseExample("GET /skip")));
        AuthClient.SkipLogin skip = auth.skipLogin();
        assertThat(nextApiCall().getPath()).isEqualTo("/v1/auth/skip");
        assertThat(skip.skip()).isTrue();
        assertThat(skip.redirectTo()).isEqualTo("text");
        server.enqueue(json(200, docs.responseExample("GET /info")));
        assertThat(auth.info().version()).isEqualTo("1.0.0");
        assertThat(nextApiCall().getPath()).isEqualTo("/v1/auth/info");
    }
}
