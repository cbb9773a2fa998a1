package com.bytenite.sdk.dev;

import static com.bytenite.sdk.core.testing.TestServers.errorEnvelope;
import static com.bytenite.sdk.core.testing.TestServers.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.bytenite.sdk.core.errors.ByteNiteApiException;
import com.bytenite.sdk.core.testing.Canary;
import com.bytenite.sdk.core.testing.EveryField;
import com.bytenite.sdk.core.testing.LoopbackServer;
import com.bytenite.sdk.core.testing.SpecContract;
import com.bytenite.sdk.core.testing.TestServers;
import com.bytenite.sdk.dev.internal.GeneratedDevApi;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DevServiceTest {
    @RegisterExtension
    final LoopbackServer loopback = new LoopbackServer();
    @TempDir
    Path dir;

    private MockWebServer server;
    private DevService dev;
    private SpecContract docs;

    @BeforeEach
    void wire() throws Exception {
        server = loopback.server();
        dev = new DevService(loopback.http().context());
        docs = SpecContract.load("dev.json", "com.bytenite.sdk.dev.internal.generated.model", GeneratedDevApi.gson());
    }

    /** Tags travel percent-encoded ({@code @} as {@code %40}), as the generated client writes path segments. */
    private RecordedRequest next() throws InterruptedException {
        RecordedRequest r = server.takeRequest(5, TimeUnit.SECONDS);
        assertThat(r).as("a request reached the server").isNotNull();
        assertThat(r.getHeader("Authorization")).isEqualTo(Canary.TOKEN);
        return r;
    }

    private Path appFolder(boolean withTemplate) throws IOException {
        Path folder = Files.createDirectories(dir.resolve("hello"));
        Files.createDirectories(folder.resolve("app"));
        Files.writeString(folder.resolve("app/main.py"), "print('hello')\n");
        Files.writeString(folder.resolve("app/helper.py"), "X = 1\n");
        Files.writeString(folder.resolve("manifest.json"), ManifestTest.VALID);
        Files.writeString(folder.resolve("schema.json"), "{\"type\":\"object\"}");
        if (withTemplate) {
            Files.writeString(folder.resolve("template.json"), "{\"id\":\"hello-template\",\"app\":\"hello@1.0\",\"partitioner\":\"passthrough\","
                    + "\"assembler\":\"passthrough\",\"description\":\"says hello\"}");
        }
        return folder;
    }

    private static Map<String, String> unzip(byte[] zip) throws IOException {
        Map<String, String> files = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                files.put(e.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return files;
    }

    private static String zipOf(Map<String, String> files) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, String> f : files.entrySet()) {
                zip.putNextEntry(new ZipEntry(f.getKey()));
                zip.write(f.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return Base64.getEncoder().encodeToString(bytes.toByteArray());
    }

    @Test
    void pushSendsTheWholeFolderThenItsTemplate() throws Exception {
        server.enqueue(json(200, docs.responseExample("POST /apps")));
        server.enqueue(json(200, "{}"));
        PushResult result = dev.apps().push(appFolder(true));

        RecordedRequest push = next();
        assertThat(push.getMethod() + " " + push.getPath()).isEqualTo("POST /v1/dev/apps");
        String data = JsonParser.parseString(push.getBody().readUtf8()).getAsJsonObject().get("data").getAsString();
        assertThat(unzip(Base64.getDecoder().decode(data))).containsOnlyKeys("app/helper.py", "app/main.py", "manifest.json", "schema.json",
                "template.json").containsEntry("app/main.py", "print('hello')\n");
        RecordedRequest template = next();
        assertThat(template.getMethod() + " " + template.getPath()).isEqualTo("POST /v1/dev/templates");
        JsonObject sent = JsonParser.parseString(template.getBody().readUtf8()).getAsJsonObject();
        assertThat(sent.get("id").getAsString()).isEqualTo("hello-template");
        assertThat(sent.get("description").getAsString()).isEqualTo("says hello");
        assertThat(result.component().name()).isEqualTo("video-transcoding");
        assertThat(result.component().minMemory()).isEqualByComparingTo("2");
        assertThat(result.pushedTemplate()).get().extracting(Template::app).isEqualTo("hello@1.0");
    }

    @Test
    void anInvalidManifestSendsNothing() throws Exception {
        Path folder = appFolder(false);
        Files.writeString(folder.resolve("manifest.json"), "{\"name\":\"hello\"}");
        assertThatThrownBy(() -> dev.apps().push(folder)).isInstanceOf(ManifestException.class).hasMessageContaining("$.version");
        assertThat(server.getRequestCount()).isZero();
    }

    @Test
    void aLinkOutOfTheFolderIsNeverPackaged() throws Exception {
        Path folder = appFolder(false);
        Path outside = Files.writeString(dir.resolve("secret.txt"), "not yours");
        Files.createSymbolicLink(folder.resolve("app/link.txt"), outside);
        assertThatThrownBy(() -> dev.apps().push(folder)).hasMessageContaining("outside the folder");
        assertThat(server.getRequestCount()).isZero();
    }

    @Test
    void aPushIsNeverRetried() throws Exception {
        server.enqueue(errorEnvelope(503, "req-push", "Unavailable", "busy"));
        assertThatThrownBy(() -> dev.apps().push(appFolder(false))).isInstanceOfSatisfying(ByteNiteApiException.class, e -> {
            assertThat(e.statusCode()).isEqualTo(503);
            assertThat(e.requestId()).contains("req-push");
        });
        assertThat(TestServers.settledRequestCount(server)).isEqualTo(1);
    }

    @Test
    void pullUnpacksIntoTheTarget() throws Exception {
        server.enqueue(json(200, "{\"appId\":\"a1\",\"appTag\":\"hello@1.0\",\"appData\":\"" + zipOf(Map.of("manifest.json", "{}", "app/main.py", "x"))
                + "\"}"));
        List<Path> files = dev.apps().pull("hello@1.0", dir.resolve("pulled"));
        assertThat(next().getPath()).isEqualTo("/v1/dev/apps/hello%401.0/download");
        assertThat(files).hasSize(2);
        assertThat(Files.readString(dir.resolve("pulled/app/main.py"))).isEqualTo("x");
    }

    @Test
    void pullFailuresAreTheSdksExceptions() throws Exception {
        server.enqueue(json(200, "{\"ok\":false,\"requestId\":\"r-7\",\"message\":\"Not Found\",\"error\":{\"code\":5,"
                + "\"message\":\"Not Found\",\"description\":\"no such engine\"}}"));
        assertThatThrownBy(() -> dev.apps().pull("hello@1.0", dir.resolve("a")))
                .isInstanceOf(com.bytenite.sdk.core.errors.UnexpectedStatusException.class).hasMessageContaining("no such engine");
        server.enqueue(json(200, "{\"appId\":\"a1\"}"));
        assertThatThrownBy(() -> dev.apps().pull("hello@1.0", dir.resolve("b")))
                .isInstanceOf(com.bytenite.sdk.core.errors.MalformedResponseException.class).hasMessageContaining("{\"appId\":\"a1\"}");
        server.enqueue(json(200, "{\"engineData\":\"" + Base64.getEncoder().encodeToString("not a zip at all".getBytes(StandardCharsets.UTF_8))
                + "\"}"));
        assertThatThrownBy(() -> dev.engines().pull("splitter", dir.resolve("c")))
                .isInstanceOf(com.bytenite.sdk.core.errors.ByteNiteException.class).hasMessageContaining("not a zip archive");
        try (var files = Files.walk(dir)) {
            assertThat(files.filter(Files::isRegularFile)).isEmpty();
        }
    }

    @Test
    void aZipBombIsRefusedBeforeWritingAnything() throws Exception {
        ByteArrayOutputStream bomb = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bomb)) {
            zip.putNextEntry(new ZipEntry("app/weights.bin"));
            zip.write(new byte[8 << 20]);
            zip.closeEntry();
        }
        server.enqueue(json(200, "{\"engineData\":\"" + Base64.getEncoder().encodeToString(bomb.toByteArray()) + "\"}"));
        assertThatThrownBy(() -> dev.engines().pull("splitter", dir.resolve("target")))
                .hasRootCauseInstanceOf(com.bytenite.sdk.core.archive.ArchiveRejectedException.class)
                .hasMessageContaining("more than 100 times its size");
        try (var files = Files.walk(dir)) {
            assertThat(files.filter(Files::isRegularFile)).isEmpty();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"../escaped.txt", "/tmp/absolute.txt", "app/../../escaped.txt", "C:/windows.txt"})
    void aMaliciousArchiveIsRefusedBeforeWritingAnything(String entry) throws Exception {
        server.enqueue(json(200, "{\"engineData\":\"" + zipOf(Map.of("ok.txt", "fine", entry, "evil")) + "\"}"));
        Path target = dir.resolve("target");
        assertThatThrownBy(() -> dev.engines().pull("splitter", target)).hasMessageContaining("archive entry '" + entry + "'");
        assertThat(dir.resolve("escaped.txt")).doesNotExist();
        try (var files = Files.walk(dir)) {
            assertThat(files.filter(Files::isRegularFile)).as("nothing written, not even the harmless entry").isEmpty();
        }
    }

    @Test
    void anArchiveCannotWriteThroughALinkAlreadyInTheTarget() throws Exception {
        Path target = Files.createDirectories(dir.resolve("target"));
        Path outside = Files.createDirectories(dir.resolve("outside"));
        Files.createSymbolicLink(target.resolve("app"), outside);
        server.enqueue(json(200, "{\"appData\":\"" + zipOf(Map.of("app/main.py", "evil")) + "\"}"));
        assertThatThrownBy(() -> dev.apps().pull("hello", target)).hasMessageContaining("outside");
        assertThat(outside.resolve("main.py")).doesNotExist();
    }

    @Test
    void appsAreListedWithTheirQueryAndReadByTag() throws Exception {
        server.enqueue(json(200, docs.responseExample("GET /apps").replace("\"hasNext\": true", "\"hasNext\": false")));
        List<ComponentInfo> list = dev.apps().list(true, "name").stream().toList();
        assertThat(next().getPath()).isEqualTo("/v1/dev/apps?orderBy=name&limit=50&offset=0&isPublic=true");
        assertThat(list).singleElement().satisfies(a -> {
            assertThat(a.tag()).isEqualTo(Tag.parse("video-transcoding@1.0"));
            assertThat(a.isActive()).isTrue();
            assertThat(a.gpu()).containsExactly("tesla t4", "nvidia a100-sxm4-40gb");
            assertThat(a.container()).isEqualTo("python:latest");
            EveryField.assertSet(a, "type");
        });
        server.enqueue(json(200, docs.responseExample("GET /apps/{appTag}")));
        assertThat(dev.apps().get("video-transcoding@1").entrypoint()).isEqualTo("main.py");
        assertThat(next().getPath()).isEqualTo("/v1/dev/apps/video-transcoding%401");
        assertThatThrownBy(() -> dev.apps().get("bad tag")).hasMessageContaining("name@major.minor");
    }

    @Test
    void statusActivateAndDeactivateForAppsAndEngines() throws Exception {
        server.enqueue(json(200, "{\"appId\":\"a1\",\"appTag\":\"hello@1.0\",\"appStatus\":\"active\"}"));
        assertThat(dev.apps().activate("hello@1.0").isActive()).isTrue();
        RecordedRequest activate = next();
        assertThat(activate.getMethod() + " " + activate.getPath()).isEqualTo("POST /v1/dev/apps/hello%401.0/activate");
        server.enqueue(json(200, "{}"));
        assertThat(dev.apps().deactivate("hello").status()).isNull();
        assertThat(next().getPath()).isEqualTo("/v1/dev/apps/hello/deactivate");
        server.enqueue(json(200, "{}"));
        dev.apps().status("hello");
        assertThat(next().getPath()).isEqualTo("/v1/dev/apps/hello/status");
        server.enqueue(json(200, docs.responseExample("GET /engines/{engineTag}/status")));
        ComponentStatus engine = dev.engines().status("splitter@2");
        assertThat(next().getPath()).isEqualTo("/v1/dev/engines/splitter%402/status");
        assertThat(engine.tag()).isEqualTo("text");
        EveryField.assertSet(engine);
        server.enqueue(json(200, "{\"engineStatus\":\"active\"}"));
        assertThat(dev.engines().activate("splitter").isActive()).isTrue();
        assertThat(next().getPath()).isEqualTo("/v1/dev/engines/splitter/activate");
        server.enqueue(json(200, "{\"engineStatus\":\"inactive\"}"));
        assertThat(dev.engines().deactivate("splitter").isActive()).isFalse();
        assertThat(next().getPath()).isEqualTo("/v1/dev/engines/splitter/deactivate");
    }

    @Test
    void enginesAreListedReadAndPushed() throws Exception {
        server.enqueue(json(200, docs.responseExample("GET /engines").replace("\"hasNext\": true", "\"hasNext\": false")));
        assertThat(dev.engines().list().stream().toList()).singleElement().satisfies(e -> assertThat(e.kind()).isEqualTo(ComponentKind.ENGINE));
        assertThat(next().getPath()).isEqualTo("/v1/dev/engines?limit=50&offset=0");
        server.enqueue(json(200, docs.responseExample("GET /engines/{engineTag}")));
        ComponentInfo engine = dev.engines().get("text");
        assertThat(engine.engineType()).contains("text");
        EveryField.assertSet(engine);
        next();
        Path folder = appFolder(false);
        JsonObject m = JsonParser.parseString(ManifestTest.VALID).getAsJsonObject();
        m.addProperty("type", "partitioner");
        Files.writeString(folder.resolve("manifest.json"), m.toString());
        server.enqueue(json(200, docs.responseExample("POST /engines")));
        assertThat(dev.engines().push(folder).pushedTemplate()).isEmpty();
        assertThat(next().getPath()).isEqualTo("/v1/dev/engines");
    }

    @Test
    void templatesArePushedReadAndListed() throws Exception {
        Template t = Template.builder("mine", "hello@1.0", "passthrough", "passthrough").description("d").isPublic(false)
                .params("app", JsonParser.parseString("{\"case\":\"upper\"}").getAsJsonObject()).build();
        server.enqueue(json(200, "{}"));
        dev.templates().push(t);
        RecordedRequest r = next();
        assertThat(r.getMethod() + " " + r.getPath()).isEqualTo("POST /v1/dev/templates");
        assertThat(JsonParser.parseString(r.getBody().readUtf8())).isEqualTo(t.toJson());

        server.enqueue(json(200, docs.responseExample("GET /templates/{id}")));
        Template read = dev.templates().get("text");
        assertThat(read.toJson().getAsJsonObject("config").get("maxTaskRetries").getAsInt()).isEqualTo(1);
        assertThat(next().getPath()).isEqualTo("/v1/dev/templates/text");
        server.enqueue(json(200, docs.responseExample("GET /templates").replace("\"hasNext\": true", "\"hasNext\": false")));
        assertThat(dev.templates().list(true, "id").stream().toList()).hasSize(1);
        assertThat(next().getPath()).isEqualTo("/v1/dev/templates?orderBy=id&limit=50&offset=0&isPublic=true");
        assertThatThrownBy(() -> Template.fromJson(JsonParser.parseString("{\"id\":\"x\",\"app\":\"a\"}").getAsJsonObject()))
                .hasMessageContaining("template.partitioner");
    }

    @Test
    void aTemplateIsPushedAsTheDocsRequestExampleFieldForField() throws Exception {
        JsonObject example = docs.requestExample("POST /templates").getAsJsonObject();
        server.enqueue(json(200, "{}"));
        dev.templates().push(Template.fromJson(example));
        assertThat(JsonParser.parseString(next().getBody().readUtf8())).isEqualTo(example);
    }

    @Test
    void infoReadsTheVersion() throws Exception {
        server.enqueue(json(200, docs.responseExample("GET /info")));
        assertThat(dev.info().version()).isEqualTo("1.0.0");
        assertThat(next().getPath()).isEqualTo("/v1/dev/info");
    }
}
