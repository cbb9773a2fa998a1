package com.bytenite.sdk.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okio.BufferedSink;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bodies are capped per route and never read before the token and the declared length are checked. */
class BodyLimitsTest {
    private static final long HUGE = 600L * 1024 * 1024;

    @TempDir
    Path data;

    private LocalByteNite local;
    private RawClient raw;

    @BeforeEach
    void start() throws IOException {
        local = LocalByteNite.builder().dataDirectory(data).bodyLimits(1024, 4096, 2048).start();
        raw = new RawClient(local);
    }

    @AfterEach
    void stop() {
        local.close();
    }

    /** Sends only the head of a request declaring a huge body, and reads the status line the server answers with. */
    private String statusLineForHeadOnly(String method, String path, String authorization) throws IOException {
        URI base = URI.create(local.baseUrl());
        try (Socket s = new Socket(base.getHost(), base.getPort())) {
            s.setSoTimeout(5_000);
            OutputStream out = s.getOutputStream();
            out.write((method + " " + path + " HTTP/1.1\r\nHost: " + base.getAuthority() + "\r\n"
                    + (authorization == null ? "" : "Authorization: " + authorization + "\r\n")
                    + "Content-Type: application/json\r\nContent-Length: " + HUGE + "\r\n\r\n{\"templateId\":").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            return new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.US_ASCII)).readLine();
        }
    }

    @Test
    void aHugeDeclaredBodyIsRefusedWithoutWaitingForIt() throws IOException {
        assertThat(statusLineForHeadOnly("POST", "/v1/customer/jobs", raw.token())).startsWith("HTTP/1.1 413 ");
    }

    @Test
    void theTokenIsCheckedBeforeAnyBodyIsRead() throws IOException {
        assertThat(statusLineForHeadOnly("POST", "/v1/customer/jobs", "not-a-token")).startsWith("HTTP/1.1 401");
        assertThat(statusLineForHeadOnly("POST", "/v1/customer/jobs", null)).startsWith("HTTP/1.1 401");
    }

    @Test
    void aChunkedBodyPastTheLimitIsAnsweredWithTheEnvelope() throws IOException {
        String padding = "x".repeat(2000);
        try (Response r = chunkedPost("/v1/customer/jobs", "{\"templateId\":\"echo-passthrough\",\"name\":\"" + padding + "\"}", raw.token())) {
            assertThat(r.code()).isEqualTo(413);
            assertThat(r.body().string()).contains("\"ok\":false").contains("larger than this route accepts (1024 bytes)");
        }
    }

    @Test
    void anUploadPastItsLimitIsRefusedAndLeavesNoFile() throws IOException {
        RawClient.Answer job = raw.call("POST", "/v1/customer/jobs", "{\"templateId\":\"echo-passthrough\","
                + "\"dataSource\":{\"dataSourceDescriptor\":\"file\"}}");
        String tempUrl = job.object().getAsJsonObject("job").getAsJsonObject("dataSource").getAsJsonObject("params").get("tempUrl").getAsString();
        String id = job.object().getAsJsonObject("job").get("id").getAsString();
        Request put = new Request.Builder().url(tempUrl).put(chunked("y".repeat(3000))).build();
        try (Response r = new OkHttpClient().newCall(put).execute()) {
            assertThat(r.code()).isEqualTo(413);
        }
        try (Stream<Path> files = Files.walk(data.resolve("jobs").resolve(id))) {
            assertThat(files.filter(Files::isRegularFile)).isEmpty();
        }
        Request small = new Request.Builder().url(tempUrl).put(chunked("fits")).build();
        try (Response r = new OkHttpClient().newCall(small).execute()) {
            assertThat(r.code()).as("the upload route's own limit, above the JSON one").isEqualTo(200);
        }
    }

    private Response chunkedPost(String path, String body, String token) throws IOException {
        Request post = new Request.Builder().url(local.baseUrl() + path).header("Authorization", token).post(chunked(body)).build();
        return new OkHttpClient().newCall(post).execute();
    }

    /** A body of unknown length, sent chunked, so only counting while reading can stop it. */
    private static RequestBody chunked(String text) {
        return new RequestBody() {
            @Override
            public MediaType contentType() {
                return MediaType.get("application/json");
            }

            @Override
            public long contentLength() {
                return -1;
            }

            @Override
            public void writeTo(BufferedSink sink) throws IOException {
                sink.writeUtf8(text);
            }
        };
    }
}
