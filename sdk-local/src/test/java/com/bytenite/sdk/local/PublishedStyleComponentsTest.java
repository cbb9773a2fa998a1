package com.bytenite.sdk.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.bytenite.sdk.core.ByteNiteConfig;
import com.bytenite.sdk.core.http.ByteNiteHttp;
import com.bytenite.sdk.dev.DevService;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipInputStream;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Python components of our own that read the contract the way ByteNite's published ones do (the
 * top-level files of a folder, chunks by index, params as JSON), pushed and run through the HTTP API:
 * the image tutorial's flow, a three-stage URL pipeline, and a failing task.
 */
class PublishedStyleComponentsTest {
    private static final long WAIT_MILLIS = 60_000;

    private LocalByteNite local;
    private RawClient raw;
    private ByteNiteHttp http;
    private DevService dev;

    @BeforeAll
    static void needsPython() throws InterruptedException {
        PublishedStyle.assumePython();
    }

    @BeforeEach
    void start() throws IOException {
        local = LocalByteNite.builder().start();
        raw = new RawClient(local);
        http = ByteNiteHttp.create(ByteNiteConfig.builder().baseUrl(local.baseUrl()).apiKey(local.apiKey()).build());
        dev = new DevService(http.context());
    }

    @AfterEach
    void stop() {
        http.close();
        local.close();
    }

    private static Path folder(String name) {
        try {
            return Path.of(PublishedStyleComponentsTest.class.getResource("/published-style/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private void pushEngine(String folder, String tag) {
        dev.engines().push(folder(folder));
        dev.engines().activate(tag);
    }

    private void pushApp(String folder, String tag) {
        dev.apps().push(folder(folder));
        dev.apps().activate(tag);
    }

    private JsonObject job(String id) throws IOException {
        return raw.call("GET", "/v1/customer/jobs/" + id, null).object().getAsJsonObject("job");
    }

    private JsonObject awaitEnd(String id) throws IOException, InterruptedException {
        long deadline = System.currentTimeMillis() + WAIT_MILLIS;
        while (System.currentTimeMillis() < deadline) {
            JsonObject job = job(id);
            String state = job.get("state").getAsString();
            if (state.equals("JOB_STATE_COMPLETE") || state.equals("JOB_STATE_FAILED") || state.equals("JOB_STATE_ABORTED")) {
                return job;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("job " + id + " did not end");
    }

    private byte[] download(String id, String name) throws IOException {
        for (JsonElement r : raw.call("GET", "/v1/customer/jobs/" + id + "/results", null).object().getAsJsonArray("results")) {
            if (r.getAsJsonObject().get("name").getAsString().equals(name)) {
                try (Response response = new OkHttpClient().newCall(new Request.Builder().url(r.getAsJsonObject().get("link").getAsString()).build())
                        .execute()) {
                    return response.body().bytes();
                }
            }
        }
        throw new AssertionError("no result " + name);
    }

    private JsonObject logs(String id) throws IOException {
        return raw.call("POST", "/v1/customer/logs", "{\"jobId\":\"" + id + "\"}").object();
    }

    @Test
    void theImageTutorialMakesFiveImagesFromABypassSourceWithTheTemplatesDefaults() throws Exception {
        // Pushed engines named like ByteNite's public ones shadow the built-ins.
        pushEngine("fanout", "fanout-replica@0.1");
        pushEngine("zip", "zipper@0.1");
        pushApp("imagegen", "imagegen@1.0");
        assertThat(raw.call("POST", "/v1/dev/templates", "{\"id\":\"images-t\",\"app\":\"imagegen@1\",\"partitioner\":\"fanout-replica\","
                + "\"assembler\":\"zipper\",\"dataSource\":{\"dataSourceDescriptor\":\"bypass\"},\"dataDestination\":{\"dataSourceDescriptor\":"
                + "\"bucket\"},\"params\":{\"partitioner\":{\"num_replicas\":5},\"assembler\":{},\"app\":{\"prompt\":\"a lighthouse\"}},"
                + "\"config\":{\"isTestJob\":true,\"jobTimeout\":3600,\"taskTimeout\":600},\"default_params\":{}}").object()
                .getAsJsonArray("warnings")).hasSize(1);

        String id = raw.call("POST", "/v1/customer/jobs", "{\"templateId\":\"images-t\",\"name\":\"five images\"}").object()
                .getAsJsonObject("job").get("id").getAsString();
        assertThat(raw.call("POST", "/v1/customer/jobs/" + id + "/run", "{\"isTestJob\":true}").code()).isEqualTo(200);
        JsonObject done = awaitEnd(id);

        assertThat(done.get("state").getAsString()).as(String.valueOf(done.get("errorMessage"))).isEqualTo("JOB_STATE_COMPLETE");
        assertThat(done.get("numChunks").getAsString()).isEqualTo("5");
        assertThat(done.getAsJsonObject("config").get("taskTimeout").getAsString()).isEqualTo("600");
        List<String> entries = new ArrayList<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(download(id, "results_archive.zip")))) {
            for (var e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                entries.add(e.getName() + "=" + new String(zip.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        assertThat(entries).containsExactly("output_image.png=a lighthouse, variation 0", "output_image_1.png=a lighthouse, variation 1",
                "output_image_2.png=a lighthouse, variation 2", "output_image_3.png=a lighthouse, variation 3",
                "output_image_4.png=a lighthouse, variation 4");

        JsonObject logs = logs(id);
        assertThat(logs.getAsJsonArray("partitioner").get(0).getAsJsonObject().get("log").getAsString())
                .startsWith("Local ByteNite runs fanout-replica@0.1 (pushed by local-user): the container image python:latest is not pulled");
        JsonArray task3 = logs.getAsJsonObject("taskrunner").getAsJsonObject("task-3").getAsJsonArray("logs");
        assertThat(task3).anySatisfy(e -> {
            JsonObject entry = e.getAsJsonObject();
            assertThat(entry.get("log").getAsString()).endsWith("a preview, not a real image");
            assertThat(entry.get("level").getAsString()).isEqualTo("WARNING");
            assertThat(entry.get("container").getAsString()).isEqualTo("imagegen@1.0 (app task 3)");
        });
    }

    @Test
    void aThreeStageUrlPipelineMergesTheChunkResultFiles() throws Exception {
        try (PublishedStyle.PageSite site = new PublishedStyle.PageSite()) {
            pushEngine("urls", "fanout-urls@0.5");
            pushApp("scrape", "scraper@0.6");
            pushEngine("merge", "merger@0.3");
            raw.call("POST", "/v1/dev/templates", "{\"id\":\"scrape-t\",\"app\":\"scraper\",\"partitioner\":\"fanout-urls@0.5\","
                    + "\"assembler\":\"merger\",\"params\":{\"partitioner\":{\"chunk_size\":2}}}");
            String id = raw.call("POST", "/v1/customer/jobs", "{\"templateId\":\"scrape-t\",\"dataSource\":{\"dataSourceDescriptor\":\"url\","
                    + "\"params\":{\"url\":\"" + site.urlList() + "\"}},\"dataDestination\":{\"dataSourceDescriptor\":\"bucket\"}}").object()
                    .getAsJsonObject("job").get("id").getAsString();
            // The demo web app's shape: wrapped, with the numbers as strings.
            assertThat(raw.call("POST", "/v1/customer/jobs/" + id + "/run", "{\"config\":{\"taskTimeout\":\"600\",\"jobTimeout\":\"3600\","
                    + "\"isTestJob\":false}}").code()).isEqualTo(200);
            JsonObject done = awaitEnd(id);
            assertThat(done.get("state").getAsString()).as(String.valueOf(done.get("errorMessage"))).isEqualTo("JOB_STATE_COMPLETE");
            assertThat(done.get("numChunks").getAsString()).isEqualTo("2");
            JsonArray merged = JsonParser.parseString(new String(download(id, "merged.json"), StandardCharsets.UTF_8)).getAsJsonArray();
            assertThat(merged).extracting(p -> p.getAsJsonObject().get("text").getAsString()).containsExactly("page /p/1", "page /p/2", "page /p/3");
        }
    }

    @Test
    void aFailingTasksLastErrorLineReachesTheErrorMessage() throws Exception {
        pushApp("strict", "strict@1.0");
        raw.call("POST", "/v1/dev/templates", "{\"id\":\"strict-t\",\"app\":\"strict\",\"partitioner\":\"passthrough\",\"assembler\":\"passthrough\","
                + "\"dataSource\":{\"dataSourceDescriptor\":\"bypass\"},\"dataDestination\":{\"dataSourceDescriptor\":\"bucket\"}}");
        String id = raw.call("POST", "/v1/customer/jobs", "{\"templateId\":\"strict-t\"}").object().getAsJsonObject("job").get("id").getAsString();
        raw.call("POST", "/v1/customer/jobs/" + id + "/run", "{\"taskTimeout\":3600,\"jobTimeout\":86400,\"isTestJob\":true}");
        JsonObject done = awaitEnd(id);
        assertThat(done.get("state").getAsString()).isEqualTo("JOB_STATE_FAILED");
        assertThat(done.get("numChunks").getAsString()).as("bypass and passthrough: exactly one task").isEqualTo("1");
        assertThat(done.get("errorMessage").getAsString()).isEqualTo("strict@1.0 (app task 0) exited with status 1: KeyError: 'case'");
        JsonArray task = logs(id).getAsJsonObject("taskrunner").getAsJsonObject("task-0").getAsJsonArray("logs");
        assertThat(task).anySatisfy(e -> assertThat(e.getAsJsonObject().get("log").getAsString()).startsWith("Traceback"));
    }

    @Test
    void anUnknownVersionIsRefusedWhenTheJobIsCreated() throws IOException {
        raw.call("POST", "/v1/dev/templates", "{\"id\":\"old-zip\",\"app\":\"echo\",\"partitioner\":\"passthrough\",\"assembler\":\"zipper@3\"}");
        RawClient.Answer refused = raw.call("POST", "/v1/customer/jobs", "{\"templateId\":\"old-zip\"}");
        assertThat(refused.code()).isEqualTo(400);
        assertThat(refused.errorDescription()).isEqualTo("template old-zip names assembler zipper@3, but no such version is available to you: "
                + "the newest zipper is zipper@1.0 (built in)");
    }
}
