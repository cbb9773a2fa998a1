package com.bytenite.sdk.auth;

import static com.bytenite.sdk.core.testing.TestServers.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.bytenite.sdk.core.errors.NotFoundException;
import com.bytenite.sdk.core.errors.UnexpectedStatusException;
import com.bytenite.sdk.core.testing.EveryField;
import java.time.Instant;
import java.util.List;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;

/** GET /api_keys and POST /api_keys/{id}/revoke. */
class ApiKeysTest extends AuthServiceTestBase {
    private static final String DOCS_ID = "acc2e66f-fa31-4e73-9c49-eedee36fcf32";

    @Test
    void listReadsEveryFieldOfTheDocsExample() throws Exception {
        server.enqueue(json(200, docs.responseExample("GET /api_keys")));
        List<ApiKeyInfo> keys = auth.apiKeys().list();

        RecordedRequest r = Recorded.apiCall(server);
        assertThat(r.getMethod()).isEqualTo("GET");
        assertThat(r.getPath()).isEqualTo("/v1/auth/api_keys");
        assertThat(r.getBodySize()).isZero();
        assertThat(keys).singleElement().satisfies(k -> {
            assertThat(k.id()).isEqualTo(DOCS_ID);
            assertThat(k.name()).isEqualTo("My API key");
            assertThat(k.issuedAt()).isEqualTo(Instant.parse("2025-12-09T19:56:17.981Z"));
            assertThat(k.expiresAt()).isEqualTo(Instant.parse("2025-12-09T19:56:17.981Z"));
            assertThat(k.userId()).isEqualTo(DOCS_ID);
            assertThat(k.revoked()).isTrue();
            assertThat(k.fingerprint()).isEqualTo("text");
            EveryField.assertSet(k);
        });
    }

    @Test
    void anAnswerWithoutKeysIsAnEmptyList() throws Exception {
        server.enqueue(json(200, "{}"));
        assertThat(auth.apiKeys().list()).isEmpty();
        assertThat(Recorded.apiCall(server).getPath()).isEqualTo("/v1/auth/api_keys");
    }

    @Test
    void revokePostsNothingToTheKeysPathWithItsIdEncoded() throws Exception {
        server.enqueue(json(200, "{\"ok\":true}"));
        auth.apiKeys().revoke("key/1");

        RecordedRequest r = Recorded.apiCall(server);
        assertThat(r.getMethod()).isEqualTo("POST");
        assertThat(r.getPath()).isEqualTo("/v1/auth/api_keys/key%2F1/revoke");
        assertThat(r.getBody().readUtf8()).as("the reference's revoke has no body").isEmpty();
    }

    @Test
    void revokingAMissingKeyIsTheTypedNotFoundWithTheDocsRequestId() {
        server.enqueue(json(404, "{\"ok\":false,\"requestId\":\"xyz-123\",\"message\":\"Request failed\","
                + "\"error\":{\"code\":404,\"message\":\"Not Found\",\"description\":\"The requested resource was not found\"}}"));
        assertThatThrownBy(() -> auth.apiKeys().revoke("missing")).isInstanceOfSatisfying(NotFoundException.class, e -> {
            assertThat(e.statusCode()).isEqualTo(404);
            assertThat(e.requestId()).contains("xyz-123");
            assertThat(e.errorCode()).contains(404);
            assertThat(e.description()).contains("The requested resource was not found");
            assertThat(e.getMessage()).contains("auth.revokeApiKey").contains("xyz-123");
        });
    }

    @Test
    void anOkFalseEnvelopeOnA200IsNotTakenForSuccess() {
        server.enqueue(json(200, "{\"ok\":false,\"requestId\":\"req-200\",\"message\":\"Request failed\","
                + "\"error\":{\"code\":409,\"message\":\"Conflict\",\"description\":\"key is locked\"}}"));
        assertThatThrownBy(() -> auth.apiKeys().revoke("k1")).isInstanceOfSatisfying(UnexpectedStatusException.class, e -> {
            assertThat(e.statusCode()).isEqualTo(200);
            assertThat(e.requestId()).contains("req-200");
            assertThat(e.errorCode()).contains(409);
            assertThat(e.getMessage()).contains("auth.revokeApiKey").contains("key is locked");
        });
    }

    @Test
    void anEmptyOrOkAnswerIsSuccess() throws Exception {
        server.enqueue(json(200, ""));
        server.enqueue(json(200, "{\"ok\":true,\"message\":\"revoked\"}"));
        auth.apiKeys().revoke("k1");
        auth.apiKeys().revoke("k2");
        assertThat(Recorded.apiCall(server).getPath()).endsWith("/k1/revoke");
        assertThat(Recorded.apiCall(server).getPath()).endsWith("/k2/revoke");
    }
}
