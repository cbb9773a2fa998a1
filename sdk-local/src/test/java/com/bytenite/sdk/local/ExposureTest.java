package com.bytenite.sdk.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.stream.Stream;
import java.util.zip.ZipInputStream;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the server hands out: links from its own address, never a registry token, and a bounded number of event streams. */
class ExposureTest {
    private static final String CANARY = "registry-token-canary-7f3a";

    @TempDir
    Path data;

    @Test
    void theRegistryTokenIsNeverStoredNorServedBack() throws IOException {
        String manifest = "{\"name\":\"private\",\"version\":\"1.0\",\"entrypoint\":\"main.sh\",\"platform_config\":{\"container\":\"r/img\","
                + "\"private_image\":true,\"username\":\"bot\",\"token\":\"" + CANARY + "\"}}";
        try (LocalByteNite local = LocalByteNite.builder().dataDirectory(data).start()) {
            RawClient raw = new RawClient(local);
            RawClient.Answer pushed = raw.call("POST", "/v1/dev/apps", "{\"data\":\"" + Archives.base64Zip(Map.of("manifest.json", manifest,
                    "app/main.sh", "echo hi")) + "\"}");
            assertThat(pushed.code()).isEqualTo(200);
            assertThat(pushed.body().toString()).doesNotContain(CANARY);
            assertThat(raw.call("GET", "/v1/dev/apps/private", null).body().toString()).doesNotContain(CANARY);
            String data = raw.call("GET", "/v1/dev/apps/private/download", null).object().get("appData").getAsString();
            try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(Base64.getDecoder().decode(data)))) {
                for (var e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                    String content = new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                    assertThat(content).as(e.getName()).doesNotContain(CANARY);
                    if (e.getName().equals("manifest.json")) {
                        assertThat(content).contains("\"username\": \"bot\"");
                    }
                }
            }
        }
        try (Stream<Path> files = Files.walk(data)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                assertThat(Files.readString(f, StandardCharsets.ISO_8859_1)).as(f.toString()).doesNotContain(CANARY);
            }
        }
    }

    @Test
    void linksComeFromTheServersAddressNotTheHostHeader() throws IOException {
        try (LocalByteNite local = LocalByteNite.builder().start()) {
            String tempUrl = tempUrl(local, "evil.example:666");
            assertThat(tempUrl).startsWith(local.baseUrl() + "/local/uploads/");
        }
        try (LocalByteNite local = LocalByteNite.builder().publicUrl("http://build-host.internal:8080/").start()) {
            assertThat(local.baseUrl()).isEqualTo("http://build-host.internal:8080");
            assertThat(tempUrl(local, null)).startsWith("http://build-host.internal:8080/local/uploads/");
        }
    }

    /** Creates a job with a file source, sending {@code host} as the Host header, and returns its upload link. */
    private static String tempUrl(LocalByteNite local, String host) throws IOException {
        String base = "http://127.0.0.1:" + local.port();
        OkHttpClient http = new OkHttpClient();
        String token;
        try (Response r = http.newCall(new Request.Builder().url(base + "/v1/auth/access_token")
                .post(RequestBody.create("{\"apiKey\":\"" + local.apiKey() + "\"}", okhttp3.MediaType.get("application/json"))).build()).execute()) {
            token = com.google.gson.JsonParser.parseString(r.body().string()).getAsJsonObject().get("token").getAsString();
        }
        Request.Builder create = new Request.Builder().url(base + "/v1/customer/jobs").header("Authorization", token)
                .post(RequestBody.create("{\"templateId\":\"echo-passthrough\",\"dataSource\":{\"dataSourceDescriptor\":\"file\"}}",
                        okhttp3.MediaType.get("application/json")));
        if (host != null) {
            create.header("Host", host);
        }
        try (Response r = http.newCall(create.build()).execute()) {
            JsonObject job = com.google.gson.JsonParser.parseString(r.body().string()).getAsJsonObject().getAsJsonObject("job");
            return job.getAsJsonObject("dataSource").getAsJsonObject("params").get("tempUrl").getAsString();
        }
    }

    @Test
    void bindingEveryAddressWarnsAndLinksStillUseLoopback() throws IOException {
        List<String> warnings = new ArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                warnings.add(record.getMessage());
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger logger = Logger.getLogger("com.bytenite.sdk.local.internal.server.LoopbackServer");
        logger.addHandler(capture);
        try (LocalByteNite local = LocalByteNite.builder().host("0.0.0.0").start()) {
            assertThat(local.baseUrl()).isEqualTo("http://127.0.0.1:" + local.port());
            assertThat(warnings).anySatisfy(w -> assertThat(w).contains("bound to 0.0.0.0, not to loopback"));
        } finally {
            logger.removeHandler(capture);
        }
    }

    @Test
    void eventStreamsBeyondTheLimitAreRefused() throws IOException {
        try (LocalByteNite local = LocalByteNite.builder().maxEventStreams(1).start()) {
            String token = new RawClient(local).token();
            HttpURLConnection first = events(local, token);
            try {
                assertThat(first.getResponseCode()).isEqualTo(200);
                first.getInputStream().read();
                HttpURLConnection second = events(local, token);
                assertThat(second.getResponseCode()).isEqualTo(503);
                second.disconnect();
            } finally {
                first.disconnect();
            }
        }
    }

    private static HttpURLConnection events(LocalByteNite local, String token) throws IOException {
        HttpURLConnection c = (HttpURLConnection) new URL(local.baseUrl() + "/v1/customer/events").openConnection();
        c.setRequestProperty("Authorization", token);
        c.setReadTimeout(5000);
        return c;
    }
}
