package com.bytenite.sdk.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.HttpURLConnection;
import java.net.SocketTimeoutException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a crash leaves: a second server started on the same data directory while the first is still
 * running sees exactly what a restart after a crash would (the first never got to save on close).
 */
class CrashRecoveryTest {
    @TempDir
    Path data;

    private LocalByteNite start() throws IOException {
        return LocalByteNite.builder().dataDirectory(data).apiKey("crash-key").start();
    }

    @Test
    void everyAcknowledgedDraftEditIsOnDiskBeforeItsAnswer() throws IOException {
        try (LocalByteNite first = start()) {
            RawClient raw = new RawClient(first);
            String id = raw.call("POST", "/v1/customer/jobs", "{\"templateId\":\"echo-passthrough\",\"jobId\":\"draft-1\"}").object()
                    .getAsJsonObject("job").get("id").getAsString();
            assertThat(raw.call("PATCH", "/v1/customer/jobs/" + id + "/jobname", "\"renamed\"").code()).isEqualTo(200);
            assertThat(raw.call("PATCH", "/v1/customer/jobs/" + id + "/params", "{\"app\":{\"case\":\"upper\"}}").code()).isEqualTo(200);
            assertThat(raw.call("PATCH", "/v1/customer/jobs/" + id + "/configs", "{\"taskTimeout\":\"30\"}").code()).isEqualTo(200);
            assertThat(raw.call("PATCH", "/v1/customer/jobs/" + id + "/datasource", "{\"dataSource\":{\"dataSourceDescriptor\":\"url\","
                    + "\"params\":{\"url\":\"https://example.com/in.txt\"}},\"dataDestination\":{\"dataSourceDescriptor\":\"bucket\"}}").code())
                    .isEqualTo(200);
            try (LocalByteNite afterCrash = start()) {
                JsonObject job = new RawClient(afterCrash).call("GET", "/v1/customer/jobs/" + id, null).object().getAsJsonObject("job");
                assertThat(job.get("name").getAsString()).isEqualTo("renamed");
                assertThat(job.getAsJsonObject("params").getAsJsonObject("app").get("case").getAsString()).isEqualTo("upper");
                assertThat(job.getAsJsonObject("config").get("taskTimeout").getAsString()).isEqualTo("30");
                assertThat(job.getAsJsonObject("dataSource").getAsJsonObject("params").get("url").getAsString())
                        .isEqualTo("https://example.com/in.txt");
            }
        }
    }

    @Test
    void aTruncatedJobFileIsQuarantinedAndTheServerStartsAnyway() throws IOException {
        try (LocalByteNite first = start()) {
            RawClient raw = new RawClient(first);
            raw.call("POST", "/v1/customer/jobs", "{\"templateId\":\"echo-passthrough\",\"jobId\":\"cut-short\",\"name\":\"lost\"}");
            raw.call("POST", "/v1/customer/jobs", "{\"templateId\":\"echo-passthrough\",\"jobId\":\"intact\",\"name\":\"kept\"}");
        }
        Path file = data.resolve("state/jobs/cut-short.json");
        String json = Files.readString(file);
        Files.writeString(file, json.substring(0, json.length() / 2));
        Files.writeString(data.resolve("state/templates.json"), "[{\"id\":");
        try (LocalByteNite again = start()) {
            RawClient raw = new RawClient(again);
            JsonObject lost = raw.call("GET", "/v1/customer/jobs/cut-short", null).object().getAsJsonObject("job");
            assertThat(lost.get("state").getAsString()).isEqualTo("JOB_STATE_FAILED");
            assertThat(lost.get("errorMessage").getAsString()).contains("could not read this job's saved record").contains("quarantine");
            assertThat(raw.call("GET", "/v1/customer/jobs/intact", null).object().getAsJsonObject("job").get("name").getAsString())
                    .isEqualTo("kept");
        }
        try (Stream<Path> quarantined = Files.list(data.resolve("state/jobs/quarantine"))) {
            assertThat(quarantined).singleElement().satisfies(p -> assertThat(p.getFileName().toString()).startsWith("cut-short.json."));
        }
        assertThat(data.resolve("state/quarantine")).isDirectory();
    }

    @Test
    void eventIdsKeepGrowingAcrossARestartSoAResumingClientMissesNothing() throws IOException {
        String lastSeen;
        try (LocalByteNite first = start()) {
            RawClient raw = new RawClient(first);
            raw.call("POST", "/v1/customer/jobs", "{\"templateId\":\"echo-passthrough\",\"name\":\"before\"}");
            lastSeen = firstEventId(first, raw.token(), "0");
            assertThat(lastSeen).isNotNull();
        }
        try (LocalByteNite second = start()) {
            RawClient raw = new RawClient(second);
            raw.call("POST", "/v1/customer/jobs", "{\"templateId\":\"echo-passthrough\",\"name\":\"after\"}");
            String resumed = firstEventId(second, raw.token(), lastSeen);
            assertThat(resumed).as("the event after the restart reaches a client resuming from the earlier run").isNotNull();
            assertThat(Long.parseLong(resumed)).isGreaterThan(Long.parseLong(lastSeen));
        }
    }

    /** The id of the first event a stream resumed after {@code lastEventId} delivers within two seconds, or null. */
    private static String firstEventId(LocalByteNite local, String token, String lastEventId) throws IOException {
        HttpURLConnection c = (HttpURLConnection) new URL(local.baseUrl() + "/v1/customer/events").openConnection();
        c.setRequestProperty("Authorization", token);
        c.setRequestProperty("Last-Event-ID", lastEventId);
        c.setReadTimeout(2000);
        try (BufferedReader in = new BufferedReader(new InputStreamReader(c.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = in.readLine()) != null; ) {
                if (line.startsWith("id: ")) {
                    return line.substring(4);
                }
            }
        } catch (SocketTimeoutException e) {
            return null;
        } finally {
            c.disconnect();
        }
        return null;
    }
}
