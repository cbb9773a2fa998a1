package com.bytenite.sdk.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.bytenite.sdk.core.ByteNiteConfig;
import com.bytenite.sdk.core.http.ByteNiteHttp;
import com.bytenite.sdk.jobs.DataDestination;
import com.bytenite.sdk.jobs.DataSource;
import com.bytenite.sdk.jobs.Job;
import com.bytenite.sdk.jobs.JobState;
import com.bytenite.sdk.jobs.JobsService;
import com.bytenite.sdk.local.ComponentRole;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** With a data directory, jobs and their results survive a restart. */
class RestartTest {
    @TempDir
    Path data;
    @TempDir
    Path work;

    private LocalByteNite start() throws IOException {
        return LocalByteNite.builder().dataDirectory(data).apiKey("restart-key")
                .component(ComponentRole.PARTITIONER, "whole", (env, dir, log) -> {
                    try (var in = Files.list(Path.of(env.get("SOURCE_DIR")))) {
                        Files.copy(in.findFirst().orElseThrow(), Path.of(env.get("CHUNKS_DIR"), "data_0.bin"));
                    }
                    return 0;
                })
                .component(ComponentRole.ASSEMBLER, "first", (env, dir, log) -> {
                    Files.copy(Path.of(env.get("TASK_RESULTS_DIR"), "chunk-0.bin"), Path.of(env.get("OUTPUT_DIR"), "out.txt"));
                    return 0;
                })
                .template("keep", "echo", "whole", "first")
                .start();
    }

    private static <T> T withJobs(LocalByteNite local, Function<JobsService, T> use) {
        try (ByteNiteHttp http = ByteNiteHttp.create(ByteNiteConfig.builder().baseUrl(local.baseUrl()).apiKey(local.apiKey()).build())) {
            return use.apply(new JobsService(http.context()));
        }
    }

    @Test
    void aCompletedJobAndItsResultAreStillThereAfterARestart() throws IOException {
        Path input = Files.writeString(work.resolve("in.txt"), "kept across restarts");
        String id;
        try (LocalByteNite local = start()) {
            id = withJobs(local, jobs -> jobs.create("keep").source(DataSource.upload(input))
                    .destination(DataDestination.temporaryBucket()).submit().awaitCompletion(Duration.ofSeconds(30)).id());
        }
        try (LocalByteNite again = start()) {
            Job job = withJobs(again, jobs -> jobs.get(id));
            assertThat(job.state()).get().extracting(JobState::kind).isEqualTo(JobState.Kind.COMPLETE);
            Path out = withJobs(again, jobs -> jobs.get(id).downloadResults(work.resolve("out")).get(0));
            assertThat(Files.readString(out)).isEqualTo("kept across restarts");
        }
    }

    @Test
    void pushedAppsTemplatesAndTheLedgerSurviveARestartButSecretsDoNot() throws Exception {
        String manifest = "{\"name\":\"cat\",\"version\":\"1.0\",\"platform\":\"docker\",\"entrypoint\":\"main.sh\","
                + "\"platform_config\":{\"container\":\"alpine\"},\"device_requirements\":{\"min_cpu\":1,\"min_memory\":1}}";
        String data = Archives.base64Zip(java.util.Map.of("manifest.json", manifest,
                "app/main.sh", "cat \"$TASK_DIR/data.bin\" > \"$TASK_RESULTS_DIR/copy.txt\"\n"));
        try (LocalByteNite local = start()) {
            RawClient raw = new RawClient(local);
            assertThat(raw.call("POST", "/v1/dev/apps", "{\"data\":\"" + data + "\"}").code()).isEqualTo(200);
            assertThat(raw.call("POST", "/v1/dev/apps/cat/activate", "{}").code()).isEqualTo(200);
            assertThat(raw.call("POST", "/v1/dev/templates", "{\"id\":\"cat-t\",\"app\":\"cat\",\"partitioner\":\"passthrough\","
                    + "\"assembler\":\"passthrough\"}").code()).isEqualTo(200);
            assertThat(raw.call("POST", "/v1/wallet/redeem_coupon", "{\"couponCode\":\"hello-world\"}").code()).isEqualTo(200);
            assertThat(raw.call("POST", "/v1/auth/secrets", "{\"secret\":{\"id\":\"s\",\"secretType\":\"other\"},\"secretKey\":\"k\"}")
                    .code()).isEqualTo(200);
        }
        try (LocalByteNite again = start()) {
            RawClient raw = new RawClient(again);
            assertThat(raw.call("GET", "/v1/dev/apps/cat/status", null).object().get("appStatus").getAsString()).isEqualTo("active");
            assertThat(raw.call("GET", "/v1/wallet/balance", null).object().get("totalBalance").getAsBigDecimal()).isEqualByComparingTo("110");
            assertThat(raw.call("GET", "/v1/auth/secrets", null).object().getAsJsonArray("secrets")).as("secret keys never touch the disk").isEmpty();
            Path input = Files.writeString(work.resolve("cat.txt"), "still here");
            Path out = withJobs(again, jobs -> jobs.create("cat-t").source(DataSource.upload(input)).destination(DataDestination.temporaryBucket())
                    .submit().awaitCompletion(Duration.ofSeconds(30)).downloadResults(work.resolve("cat-out")).get(0));
            assertThat(Files.readString(out)).isEqualTo("still here");
        }
    }
}
