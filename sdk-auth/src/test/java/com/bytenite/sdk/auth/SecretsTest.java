package com.bytenite.sdk.auth;

import static com.bytenite.sdk.core.testing.TestServers.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.bytenite.sdk.core.errors.ServerException;
import com.bytenite.sdk.core.errors.UnexpectedStatusException;
import com.bytenite.sdk.core.testing.EveryField;
import com.bytenite.sdk.core.testing.MutableClock;
import com.bytenite.sdk.core.testing.TestServers;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;

/** GET, POST /secrets and DELETE /secrets/{secretType}/{id}. */
class SecretsTest extends AuthServiceTestBase {
    /** Before the docs' example expiry (2025-12-29), so that example is still in the future. */
    SecretsTest() {
        super(new MutableClock(Instant.parse("2025-01-01T00:00:00Z")));
    }

    private static NewSecret docsSecret() {
        return NewSecret.builder("s3-secret", SecretType.S3).name("My S3 Secret").accessKey("AKIAIOSFODNN7EXAMPLE")
                .secretKey("wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY").expiresAt(Instant.parse("2025-12-29T18:02:27.140Z"))
                .param("ANY_ADDITIONAL_PROPERTY", "text").build();
    }

    @Test
    void listReadsEveryFieldOfTheDocsExample() throws Exception {
        server.enqueue(json(200, docs.responseExample("GET /secrets")));
        List<Secret> secrets = auth.secrets().list();

        RecordedRequest r = Recorded.apiCall(server);
        assertThat(r.getMethod()).isEqualTo("GET");
        assertThat(r.getPath()).as("no filter, no query").isEqualTo("/v1/auth/secrets");
        assertThat(secrets).singleElement().satisfies(s -> {
            assertThat(s.id()).isEqualTo("s3-secret");
            assertThat(s.name()).isEqualTo("My S3 Secret");
            assertThat(s.type()).isEqualTo(SecretType.S3);
            assertThat(s.type().isAws()).isTrue();
            assertThat(s.accessKey()).isEqualTo("AKIAIOSFODNN7EXAMPLE");
            assertThat(s.expiresAt()).isEqualTo(Instant.parse("2025-12-29T18:02:27.140Z"));
            assertThat(s.expiry()).contains(Instant.parse("2025-12-29T18:02:27.140Z"));
            assertThat(s.params()).containsExactly(Map.entry("ANY_ADDITIONAL_PROPERTY", "text"));
            assertThat(s.isExpiredAt(clock.instant())).isFalse();
            EveryField.assertSet(s);
        });
    }

    @Test
    void filteringByTypeSendsTheTypeAsTheQuery() throws Exception {
        server.enqueue(json(200, "{\"secrets\":[{\"id\":\"a\",\"secretType\":\"aws\"}]}"));
        server.enqueue(json(200, "{\"secrets\":[]}"));
        assertThat(auth.secrets().list(SecretType.AWS)).extracting(Secret::id).containsExactly("a");
        assertThat(auth.secrets().list(SecretType.STORJ)).isEmpty();
        assertThat(Recorded.apiCall(server).getPath()).isEqualTo("/v1/auth/secrets?secretType=aws");
        assertThat(Recorded.apiCall(server).getPath()).isEqualTo("/v1/auth/secrets?secretType=storj");
    }

    @Test
    void anUnknownTypeIsKeptRawAndSentBackAsReceived() throws Exception {
        server.enqueue(json(200, "{\"secrets\":[{\"id\":\"vault\",\"secretType\":\"Azure-Blob\",\"params\":{\"tier\":\"hot\",\"gone\":null}}]}"));
        server.enqueue(json(200, "{}"));
        Secret s = auth.secrets().list().get(0);
        assertThat(s.type().raw()).isEqualTo("Azure-Blob");
        assertThat(s.type().isKnown()).isFalse();
        assertThat(s.params()).containsExactly(Map.entry("tier", "hot"));
        assertThat(s.expiry()).isEmpty();
        Recorded.apiCall(server);

        auth.secrets().delete(s);
        RecordedRequest delete = Recorded.apiCall(server);
        assertThat(delete.getMethod()).isEqualTo("DELETE");
        assertThat(delete.getPath()).isEqualTo("/v1/auth/secrets/Azure-Blob/vault");
    }

    @Test
    void createSendsTheDocsRequestExampleFieldForField() throws Exception {
        server.enqueue(json(200, "{}"));
        auth.secrets().create(docsSecret());

        RecordedRequest r = Recorded.apiCall(server);
        assertThat(r.getMethod()).isEqualTo("POST");
        assertThat(r.getPath()).isEqualTo("/v1/auth/secrets");
        assertThat(Recorded.jsonBody(r)).isEqualTo(docs.requestExample("POST /secrets"));
    }

    @Test
    void createSendsOnlyTheFieldsThatAreSet() throws Exception {
        server.enqueue(json(200, "{\"ok\":true}"));
        auth.secrets().create(NewSecret.builder("my_gcp_secret", SecretType.GCP).secretKey("gcp-secret-value").build());
        assertThat(Recorded.jsonBody(Recorded.apiCall(server)).toString())
                .isEqualTo("{\"secret\":{\"id\":\"my_gcp_secret\",\"secretType\":\"gcp\"},\"secretKey\":\"gcp-secret-value\"}");
    }

    @Test
    void deleteIsRetriedButCreateNeverIs() throws Exception {
        server.enqueue(json(503, "{}"));
        server.enqueue(json(200, "{}"));
        auth.secrets().delete(SecretType.AWS, "x");
        assertThat(TestServers.settledRequestCount(server)).as("delete: one 503, then the retry").isEqualTo(2);

        server.enqueue(json(503, "{}"));
        server.enqueue(json(200, "{}"));
        assertThatThrownBy(() -> auth.secrets().create(docsSecret())).isInstanceOfSatisfying(ServerException.class,
                e -> assertThat(e.statusCode()).isEqualTo(503));
        assertThat(TestServers.settledRequestCount(server)).as("a create that may have happened is not repeated").isEqualTo(3);
    }

    @Test
    void deletePutsTypeAndIdInThePathEncoded() throws Exception {
        server.enqueue(json(200, "{}"));
        auth.secrets().delete(SecretType.STORJ, "my secret/1");
        RecordedRequest r = Recorded.apiCall(server);
        assertThat(r.getMethod()).isEqualTo("DELETE");
        assertThat(r.getPath()).isEqualTo("/v1/auth/secrets/storj/my%20secret%2F1");
        assertThat(r.getBodySize()).isZero();
    }

    @Test
    void aCreateTheServerReportsAsFailedIsAnError() {
        server.enqueue(json(200, "{\"ok\":false,\"requestId\":\"req-ok-false\",\"message\":\"Request failed\"}"));
        assertThatThrownBy(() -> auth.secrets().create(docsSecret())).isInstanceOfSatisfying(UnexpectedStatusException.class, e -> {
            assertThat(e.requestId()).contains("req-ok-false");
            assertThat(e.getMessage()).contains("auth.createSecret");
        });
    }
}
