package com.bytenite.sdk.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.bytenite.sdk.core.ByteNiteConfig;
import com.bytenite.sdk.core.http.ByteNiteHttp;
import com.bytenite.sdk.jobs.DataDestination;
import com.bytenite.sdk.jobs.DataSource;
import com.bytenite.sdk.jobs.JobsService;
import com.bytenite.sdk.local.ComponentRole;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A component printing without end keeps the job's logs bounded, and says what was dropped. */
class LogLimitsTest {
    @TempDir
    Path dir;

    @Test
    void logsKeepTheLastLinesOfEachComponent() throws IOException {
        try (LocalByteNite local = LocalByteNite.builder()
                .component(ComponentRole.PARTITIONER, "chatty-split", (env, work, log) -> {
                    for (int i = 0; i < 25_000; i++) {
                        log.accept("partition line " + i);
                    }
                    Files.writeString(Path.of(env.get("CHUNKS_DIR"), "data_0.bin"), "x");
                    return 0;
                })
                .component(ComponentRole.APP, "chatty-app", (env, work, log) -> {
                    for (int i = 0; i < 600_000; i++) {
                        log.accept("task line " + i);
                    }
                    log.accept("y".repeat(100_000));
                    return 0;
                })
                .component(ComponentRole.ASSEMBLER, "quiet", (env, work, log) -> 0)
                .template("chatty", "chatty-app", "chatty-split", "quiet")
                .start();
                ByteNiteHttp http = ByteNiteHttp.create(ByteNiteConfig.builder().baseUrl(local.baseUrl()).apiKey(local.apiKey()).build())) {
            Path input = Files.writeString(dir.resolve("in.txt"), "in");
            String id = new JobsService(http.context()).create("chatty").source(DataSource.upload(input)).destination(DataDestination.temporaryBucket())
                    .submit().awaitCompletion(Duration.ofSeconds(60)).id();
            JsonObject logs = new RawClient(local).call("POST", "/v1/customer/logs", "{\"jobId\":\"" + id + "\"}").object();
            JsonArray partitioner = logs.getAsJsonArray("partitioner");
            assertThat(partitioner).hasSize(10_001);
            // 25,000 lines and Local ByteNite's own line saying which partitioner ran.
            assertThat(line(partitioner, 0)).isEqualTo("15001 earlier lines were dropped: Local ByteNite keeps the last 10000 lines here");
            assertThat(line(partitioner, 10_000)).isEqualTo("partition line 24999");
            JsonArray task = logs.getAsJsonObject("taskrunner").getAsJsonObject("task-0").getAsJsonArray("logs");
            assertThat(task).hasSize(1_001);
            assertThat(line(task, 0)).isEqualTo("599002 earlier lines were dropped: Local ByteNite keeps the last 1000 lines here");
            assertThat(line(task, 1_000)).hasSize(16 * 1024 + 1).endsWith("y…");
        }
    }

    private static String line(JsonArray entries, int i) {
        return entries.get(i).getAsJsonObject().get("log").getAsString();
    }
}
