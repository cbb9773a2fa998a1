package com.bytenite.sdk.dev.internal;

import static com.bytenite.sdk.core.http.Arguments.requirePathSegment;
import static com.bytenite.sdk.core.testing.TestServers.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.bytenite.sdk.core.http.ByteNiteHttp;
import com.bytenite.sdk.core.spi.Operation;
import com.bytenite.sdk.core.testing.Canary;
import com.bytenite.sdk.core.testing.LoopbackServer;
import com.bytenite.sdk.core.testing.SpecContract;
import com.bytenite.sdk.dev.internal.generated.model.AppListDto;
import com.bytenite.sdk.dev.internal.generated.model.AppResponseDto;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class GeneratedDevApiTest {
    @RegisterExtension
    final LoopbackServer loopback = new LoopbackServer();
    private MockWebServer server;
    private ByteNiteHttp http;
    private GeneratedDevApi api;

    @BeforeEach
    void wire() {
        server = loopback.server();
        http = loopback.http();
        api = new GeneratedDevApi(http.context());
    }

    @Test
    void specDescribesTheEighteenDocumentedOperations() throws Exception {
        SpecContract spec = SpecContract.load("dev.json", "com.bytenite.sdk.dev.internal.generated.model", GeneratedDevApi.gson());
        assertThat(spec.basePath()).isEqualTo("/v1/dev");
        assertThat(spec.operations()).containsExactlyInAnyOrder(
                "GET /apps", "POST /apps", "GET /apps/{appTag}", "POST /apps/{appTag}/activate",
                "POST /apps/{appTag}/deactivate", "GET /apps/{appTag}/download", "GET /apps/{appTag}/status",
                "GET /engines", "POST /engines", "GET /engines/{engineTag}", "POST /engines/{engineTag}/activate",
                "POST /engines/{engineTag}/deactivate", "GET /engines/{engineTag}/download",
                "GET /engines/{engineTag}/status", "GET /info", "GET /templates", "POST /templates", "GET /templates/{id}");
        spec.assertWellFormed();
    }

    @Test
    void operationTableCoversEveryOperationAndNeverReplaysPushes() throws Exception {
        SpecContract spec = SpecContract.load("dev.json", "com.bytenite.sdk.dev.internal.generated.model", GeneratedDevApi.gson());
        spec.assertOperationTable(DevOperations.class, "dev", Set.of("pushApp", "pushEngine", "pushTemplate"));
    }

    @Test
    void everyDocumentedExampleParsesWithNoUndescribedField() throws Exception {
        SpecContract spec = SpecContract.load("dev.json", "com.bytenite.sdk.dev.internal.generated.model", GeneratedDevApi.gson());
        assertThat(spec.assertEveryExampleIsFullyDescribed()).isGreaterThanOrEqualTo(8);
    }

    @Test
    void unknownFieldsAndUnknownEnumValuesKeepTheirRawValue() throws Exception {
        server.enqueue(json(200, "{\"app\":{\"id\":\"a1\",\"status\":\"STATUS_QUARANTINED\",\"platform\":\"wasm\","
                + "\"deviceRequirements\":{\"minCpu\":2,\"tpu\":{\"count\":\"9007199254740993\"}},"
                + "\"futureField\":[1,2]},\"envelopeExtra\":true}"));
        AppResponseDto response = http.context().execute(Operation.idempotent("dev.getApp"),
                () -> api.apps().getAppCall("hello@1.0", null).request(), GeneratedDevApi.gson(), AppResponseDto.class);

        assertThat(response.getApp().getStatus()).isEqualTo("STATUS_QUARANTINED");
        assertThat(response.getApp().getPlatform()).isEqualTo("wasm");
        assertThat(response.getApp().getAdditionalProperties()).containsKey("futureField");
        assertThat(response.getAdditionalProperties()).containsEntry("envelopeExtra", true);
        @SuppressWarnings("unchecked")
        Map<String, Object> tpu = (Map<String, Object>) response.getApp().getDeviceRequirements().getAdditionalProperties().get("tpu");
        assertThat(tpu.get("count").toString()).isEqualTo("9007199254740993");

        RecordedRequest request = server.takeRequest(5, TimeUnit.SECONDS);
        assertThat(request.getMethod()).isEqualTo("GET");
        assertThat(request.getPath()).isEqualTo("/v1/dev/apps/hello%401.0");
        assertThat(request.getHeader("Authorization")).isEqualTo(Canary.TOKEN);
        assertThat(request.getHeader("User-Agent")).startsWith("bytenite-java/");
    }

    @Test
    void listSendsItsQueryParameters() throws Exception {
        server.enqueue(json(200, "{\"pagination\":{\"total\":\"1\",\"offset\":\"0\",\"hasNext\":false},\"apps\":[{\"id\":\"a1\"}]}"));
        AppListDto list = http.context().execute(Operation.idempotent("dev.listApps"),
                () -> api.apps().listAppsCall("name", 20, 40, true, null).request(), GeneratedDevApi.gson(), AppListDto.class);
        assertThat(list.getApps()).hasSize(1);
        assertThat(server.takeRequest(5, TimeUnit.SECONDS).getPath())
                .isEqualTo("/v1/dev/apps?orderBy=name&limit=20&offset=40&isPublic=true");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "a/b|a%2Fb",
            "a?b=c|a%3Fb%3Dc",
            "a#frag|a%23frag",
            "with space|with%20space",
            "ünïcødé|%C3%BCn%C3%AFc%C3%B8d%C3%A9",
            "../../auth/secrets|..%2F..%2Fauth%2Fsecrets",
            "...|..."})
    void pathParametersAreEncodedAndStayInTheirSegment(String tag, String encoded) throws Exception {
        server.enqueue(json(200, "{}"));
        http.context().execute(Operation.idempotent("dev.getAppStatus"),
                () -> api.apps().getAppStatusCall(requirePathSegment("appTag", tag), null).request(),
                GeneratedDevApi.gson(), Object.class);
        assertThat(server.takeRequest(5, TimeUnit.SECONDS).getPath()).isEqualTo("/v1/dev/apps/" + encoded + "/status");
    }

    @ParameterizedTest
    @ValueSource(strings = {"..", ".", "", " "})
    void dotSegmentsAndBlankPathParametersAreRefusedBeforeAnyRequest(String tag) {
        assertThatThrownBy(() -> http.context().execute(Operation.idempotent("dev.getAppStatus"),
                () -> api.apps().getAppStatusCall(requirePathSegment("appTag", tag), null).request(),
                GeneratedDevApi.gson(), Object.class))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("appTag");
        assertThat(server.getRequestCount()).isZero();
    }
}
