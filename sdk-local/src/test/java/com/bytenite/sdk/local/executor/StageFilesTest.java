package com.bytenite.sdk.local.executor;

import static org.assertj.core.api.Assertions.assertThat;

import com.bytenite.sdk.core.ByteNiteConfig;
import com.bytenite.sdk.core.http.ByteNiteHttp;
import com.bytenite.sdk.jobs.DataDestination;
import com.bytenite.sdk.jobs.DataSource;
import com.bytenite.sdk.jobs.JobsService;
import com.bytenite.sdk.local.ComponentRole;
import com.bytenite.sdk.local.LocalByteNite;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * What an executor whose tasks run elsewhere sees of a job's folders: capability URLs that list,
 * read and (for outputs) write them, confined to the folder, and ended with the job.
 */
class StageFilesTest {
    private final HttpClient http = HttpClient.newHttpClient();
    private final Map<String, Object> seen = new ConcurrentHashMap<>();

    private void probe(URI stage, StageTask task) throws InterruptedException {
        try {
            URI input = URI.create(stage + "/0/TASK_DIR");
            URI output = URI.create(stage + "/0/TASK_RESULTS_DIR");
            seen.put("stage", stage);
            seen.put("listing", get(input).body());
            seen.put("chunk", get(URI.create(input + "/data.bin")).body());
            seen.put("putOutput", put(URI.create(output + "/sub%2Fextra.txt"), "from a pod").statusCode());
            seen.put("extraOnDisk", Files.readString(Path.of(task.env().get("TASK_RESULTS_DIR"), "sub", "extra.txt")));
            seen.put("putInput", put(URI.create(input + "/data.bin"), "overwrite").statusCode());
            seen.put("escape", put(URI.create(output + "/..%2F..%2Fescape.txt"), "x").statusCode());
            seen.put("otherIndex", get(URI.create(stage + "/1/TASK_DIR")).statusCode());
            seen.put("otherFolder", get(URI.create(stage + "/0/OUTPUT_DIR")).statusCode());
            seen.put("badIndex", get(URI.create(stage + "/first/TASK_DIR")).statusCode());
            seen.put("unknownToken", get(URI.create(stage.toString().replaceAll("[0-9a-f]{8}$", "00000000") + "/0/TASK_DIR")).statusCode());
        } catch (java.io.IOException e) {
            seen.put("error", e.toString());
        }
    }

    private HttpResponse<String> get(URI uri) throws java.io.IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> put(URI uri, String body) throws java.io.IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri).PUT(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aTasksFoldersAreListedReadAndWrittenThroughTheirUrlsOnlyWhileTheJobRuns() throws Exception {
        try (LocalByteNite local = LocalByteNite.builder().stageExecutor(new RecordingExecutor((stage, files) -> {
            if (stage.role() == ComponentRole.APP) {
                probe(files.stageUrl(stage), stage.tasks().get(0));
            }
        })).start();
                ByteNiteHttp client = ByteNiteHttp.create(ByteNiteConfig.builder().baseUrl(local.baseUrl()).apiKey(local.apiKey()).build())) {
            Path in = Files.writeString(Files.createTempFile("stage-files", ".txt"), "chunk body");
            new JobsService(client.context()).create("echo-passthrough").source(DataSource.upload(in))
                    .destination(DataDestination.temporaryBucket()).submit().awaitCompletion(Duration.ofSeconds(30));

            assertThat(seen).doesNotContainKey("error");
            assertThat(seen.get("stage").toString()).startsWith(local.baseUrl() + "/local/stages/");
            assertThat(seen.get("listing")).isEqualTo("data.bin\n");
            assertThat(seen.get("chunk")).isEqualTo("chunk body");
            assertThat(seen.get("putOutput")).isEqualTo(200);
            assertThat(seen.get("extraOnDisk")).isEqualTo("from a pod");
            assertThat(seen.get("putInput")).as("an input folder only reads").isEqualTo(409);
            assertThat(seen.get("escape")).as("nothing outside the folder").isEqualTo(400);
            assertThat(seen.get("otherIndex")).as("the job has one task").isEqualTo(404);
            assertThat(seen.get("otherFolder")).as("an app task has no OUTPUT_DIR").isEqualTo(404);
            assertThat(seen.get("badIndex")).isEqualTo(400);
            assertThat(seen.get("unknownToken")).isEqualTo(404);
            assertThat(get(URI.create(seen.get("stage") + "/0/TASK_DIR")).statusCode()).as("the URL ends with the job").isEqualTo(404);
        }
    }

    /**
     * A job's stages are closed after it is seen ended and before its folders are deleted: the URL
     * must already be over then, so that no client reads a half-deleted folder (it answered 500).
     */
    @Test
    void theUrlEndsBeforeTheJobIsSeenEnded() throws Exception {
        RecordingExecutor recording = new RecordingExecutor((stage, files) -> {
            if (stage.role() == ComponentRole.APP) {
                seen.put("stage", files.stageUrl(stage));
            }
        });
        CountDownLatch checked = new CountDownLatch(1);
        recording.beforeJobCloses(() -> {
            try {
                seen.put("atClose", get(URI.create(seen.get("stage") + "/0/TASK_DIR")).statusCode());
            } catch (java.io.IOException | InterruptedException e) {
                seen.put("error", e.toString());
            }
            checked.countDown();
        });
        try (LocalByteNite local = LocalByteNite.builder().stageExecutor(recording).start();
                ByteNiteHttp client = ByteNiteHttp.create(ByteNiteConfig.builder().baseUrl(local.baseUrl()).apiKey(local.apiKey()).build())) {
            Path in = Files.writeString(Files.createTempFile("stage-files", ".txt"), "chunk body");
            new JobsService(client.context()).create("echo-passthrough").source(DataSource.upload(in))
                    .destination(DataDestination.temporaryBucket()).submit().awaitCompletion(Duration.ofSeconds(30));
            // Closing the server interrupts a job still ending; the check runs to its end first.
            assertThat(checked.await(10, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(seen).doesNotContainKey("error");
        assertThat(seen.get("atClose")).isEqualTo(404);
    }
}
