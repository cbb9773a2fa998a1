package com.bytenite.sdk.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Dev API's templates, apps and engines over raw HTTP. */
class DevRoutesTest {
    private LocalByteNite local;
    private RawClient raw;

    @BeforeEach
    void start() throws IOException {
        local = LocalByteNite.builder().start();
        raw = new RawClient(local);
    }

    @AfterEach
    void stop() {
        local.close();
    }

    private static String manifest(String name, String version, String type) {
        return "{\"Name\":\"" + name + "\",\"Version\":\"" + version + "\",\"platform\":\"docker\",\"entrypoint\":\"main.py\""
                + (type == null ? "" : ",\"type\":\"" + type + "\"") + ",\"platformConfig\":{\"container\":\"python:3.12\",\"token\":\"REGISTRY-CANARY\"}}";
    }

    private RawClient.Answer push(String plural, String manifest) throws IOException {
        return raw.call("POST", "/v1/dev/" + plural, "{\"data\":\"" + Archives.base64Zip(Map.of("manifest.json", manifest, "app/main.py", "print('hi')")) + "\"}");
    }

    @Test
    void templatesArePushedReadAndListed() throws IOException {
        assertThat(raw.call("POST", "/v1/dev/templates", "{\"id\":\"mine\",\"app\":\"a@1.0\",\"partitioner\":\"passthrough\","
                + "\"assembler\":\"passthrough\",\"description\":\"d\",\"params\":{\"app\":{\"case\":\"lower\"}}}").code()).isEqualTo(200);
        JsonObject t = raw.call("GET", "/v1/dev/templates/mine", null).object();
        assertThat(t.get("owner").getAsString()).isEqualTo("local-user");
        assertThat(t.getAsJsonObject("params").getAsJsonObject("app").get("case").getAsString()).isEqualTo("lower");
        assertThat(t.has("createdAt")).isTrue();
        JsonObject page = raw.call("GET", "/v1/dev/templates?limit=1", null).object();
        assertThat(page.getAsJsonArray("templates")).hasSize(1);
        assertThat(page.getAsJsonObject("pagination").get("hasNext").getAsBoolean()).isTrue();
        assertThat(raw.call("POST", "/v1/dev/templates", "{\"id\":\"x\",\"app\":\"a\"}").errorDescription()).contains("partitioner");
        assertThat(raw.call("GET", "/v1/dev/templates/none", null).code()).isEqualTo(404);
    }

    @Test
    void tagsResolveToTheHighestMatchingVersion() throws IOException {
        push("apps", manifest("tool", "1.0", null));
        push("apps", manifest("tool", "1.3", null));
        push("apps", manifest("tool", "2.1", null));
        assertThat(raw.call("GET", "/v1/dev/apps/tool", null).object().getAsJsonObject("app").get("version").getAsString()).isEqualTo("2.1");
        assertThat(raw.call("GET", "/v1/dev/apps/tool@1", null).object().getAsJsonObject("app").get("version").getAsString()).isEqualTo("1.3");
        assertThat(raw.call("GET", "/v1/dev/apps/tool@1.0", null).object().getAsJsonObject("app").get("version").getAsString()).isEqualTo("1.0");
        assertThat(raw.call("GET", "/v1/dev/apps/tool@3", null).code()).isEqualTo(404);
        assertThat(raw.call("GET", "/v1/dev/apps/tool@1.x", null).errorDescription()).contains("name@major.minor");
        JsonObject page = raw.call("GET", "/v1/dev/apps?limit=2&orderBy=-name", null).object();
        assertThat(page.getAsJsonArray("apps")).hasSize(2);
        assertThat(page.getAsJsonObject("pagination").get("total").getAsString()).isEqualTo("3");
    }

    @Test
    void enginesNeedATypeAndReportStatusDownloadAndActivation() throws IOException {
        assertThat(push("engines", manifest("splitter", "1.0", null)).errorDescription()).contains("type");
        assertThat(push("engines", manifest("splitter", "1.0", "mixer")).errorDescription()).contains("partitioner or assembler");
        JsonObject engine = push("engines", manifest("splitter", "1.0", "partitioner")).object();
        assertThat(engine.get("type").getAsString()).isEqualTo("partitioner");
        assertThat(engine.toString()).as("the registry token is never shown").doesNotContain("REGISTRY-CANARY");
        assertThat(raw.call("GET", "/v1/dev/engines/splitter/status", null).object().get("engineStatus").getAsString()).isEqualTo("inactive");
        assertThat(raw.call("POST", "/v1/dev/engines/splitter/activate", "{}").object().get("engineStatus").getAsString()).isEqualTo("active");
        assertThat(raw.call("POST", "/v1/dev/engines/splitter@1.0/deactivate", "{}").object().get("engineStatus").getAsString())
                .isEqualTo("inactive");
        String data = raw.call("GET", "/v1/dev/engines/splitter/download", null).object().get("engineData").getAsString();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(Base64.getDecoder().decode(data)))) {
            var entry = zip.getNextEntry();
            assertThat(entry.getName()).isEqualTo("app/main.py");
            assertThat(new String(zip.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("print('hi')");
        }
        assertThat(raw.call("GET", "/v1/dev/engines", null).object().getAsJsonArray("engines")).hasSize(1);
    }

    @Test
    void badPushesAre400NamingTheManifestField() throws IOException {
        assertThat(push("apps", manifest("tool", "1", null)).errorDescription()).contains("version must be major.minor");
        assertThat(push("apps", manifest("../x", "1.0", null)).errorDescription()).contains("name");
        assertThat(raw.call("POST", "/v1/dev/apps", "{\"data\":\"not base64!\"}").errorDescription()).contains("base64");
        assertThat(raw.call("POST", "/v1/dev/apps", "{}").errorDescription()).contains("data is required");
    }
}
