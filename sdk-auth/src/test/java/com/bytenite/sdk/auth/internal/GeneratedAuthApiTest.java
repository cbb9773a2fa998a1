package com.bytenite.sdk.auth.internal;

import static com.bytenite.sdk.core.http.Arguments.requirePathSegment;
import static com.bytenite.sdk.core.testing.TestServers.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.bytenite.sdk.auth.internal.generated.model.SecretListDto;
import com.bytenite.sdk.auth.internal.generated.model.UserResponseDto;
import com.bytenite.sdk.core.http.ByteNiteHttp;
import com.bytenite.sdk.core.testing.Canary;
import com.bytenite.sdk.core.testing.LoopbackServer;
import com.bytenite.sdk.core.testing.SpecContract;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class GeneratedAuthApiTest {
    private static final String MODELS = "com.bytenite.sdk.auth.internal.generated.model";

    @RegisterExtension
    final LoopbackServer loopback = new LoopbackServer();
    private MockWebServer server;
    private ByteNiteHttp http;
    private GeneratedAuthApi api;

    @BeforeEach
    void wire() {
        server = loopback.server();
        http = loopback.http();
        api = new GeneratedAuthApi(http.context());
    }

    private SpecContract spec() throws Exception {
        return SpecContract.load("auth.json", MODELS, GeneratedAuthApi.gson());
    }

    @Test
    void specDescribesTheElevenDocumentedOperations() throws Exception {
        assertThat(spec().basePath()).isEqualTo("/v1/auth");
        assertThat(spec().operations()).containsExactlyInAnyOrder("POST /access_token", "GET /api_keys",
                "POST /api_keys/{id}/revoke", "GET /info", "GET /secrets", "POST /secrets",
                "DELETE /secrets/{secretType}/{id}", "POST /signout", "GET /skip", "GET /user", "PATCH /user");
        spec().assertWellFormed();
    }

    @Test
    void operationTableNeverReplaysSecretCreation() throws Exception {
        spec().assertOperationTable(AuthOperations.class, "auth", Set.of("createSecret"));
        // The name sdk-core's own exchange reports in errors and logs (TokenRenewalTest holds core to it).
        assertThat(AuthOperations.GET_ACCESS_TOKEN.name()).isEqualTo("auth.getAccessToken");
    }

    @Test
    void everyDocumentedExampleParsesWithNoUndescribedField() throws Exception {
        assertThat(spec().assertEveryExampleIsFullyDescribed()).isGreaterThanOrEqualTo(9);
    }

    @Test
    void unknownFieldsAndUnknownEnumValuesKeepTheirRawValue() throws Exception {
        server.enqueue(json(200, "{\"secrets\":[{\"id\":\"s1\",\"secretType\":\"azure\",\"rotation\":{\"days\":30}}],\"nextToken\":\"n\"}"));
        SecretListDto list = http.context().execute(AuthOperations.LIST_SECRETS,
                () -> api.secrets().listSecretsCall("azure", null).request(), GeneratedAuthApi.gson(), SecretListDto.class);
        assertThat(list.getSecrets().get(0).getSecretType()).isEqualTo("azure");
        assertThat(list.getSecrets().get(0).getAdditionalProperties()).containsKey("rotation");
        assertThat(list.getAdditionalProperties()).containsEntry("nextToken", "n");
        RecordedRequest request = server.takeRequest(5, TimeUnit.SECONDS);
        assertThat(request.getPath()).isEqualTo("/v1/auth/secrets?secretType=azure");
        assertThat(request.getHeader("Authorization")).isEqualTo(Canary.TOKEN);
    }

    @Test
    void unknownRoleKeepsItsRawValue() throws Exception {
        server.enqueue(json(200, "{\"user\":{\"id\":\"u1\",\"role\":\"ROLE_AUDITOR\",\"contactInfo\":{\"city\":\"Rome\",\"fax\":\"1\"}}}"));
        UserResponseDto user = http.context().execute(AuthOperations.GET_USER,
                () -> api.users().getUserCall(null).request(), GeneratedAuthApi.gson(), UserResponseDto.class);
        assertThat(user.getUser().getRole()).isEqualTo("ROLE_AUDITOR");
        assertThat(user.getUser().getContactInfo().getAdditionalProperties()).containsEntry("fax", "1");
    }

    @Test
    void deleteSecretEncodesBothPathParameters() throws Exception {
        server.enqueue(json(200, "{}"));
        http.context().execute(AuthOperations.DELETE_SECRET, () -> api.secrets().deleteSecretCall(
                requirePathSegment("secretType", "aws"), requirePathSegment("id", "my secret/1"), null).request(),
                GeneratedAuthApi.gson(), Object.class);
        RecordedRequest request = server.takeRequest(5, TimeUnit.SECONDS);
        assertThat(request.getMethod()).isEqualTo("DELETE");
        assertThat(request.getPath()).isEqualTo("/v1/auth/secrets/aws/my%20secret%2F1");
    }
}
