package com.bytenite.sdk.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.bytenite.sdk.core.ByteNiteConfig;
import com.bytenite.sdk.core.http.ByteNiteHttp;
import com.bytenite.sdk.jobs.DataDestination;
import com.bytenite.sdk.jobs.DataSource;
import com.bytenite.sdk.jobs.Job;
import com.bytenite.sdk.jobs.JobState;
import com.bytenite.sdk.jobs.JobsClient;
import com.bytenite.sdk.local.run.ComponentCatalog.Kind;
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
                .component(Kind.PARTITIONER, "whole", (env, dir, log) -> {
                    try (var in = Files.list(Path.of(env.get("SOURCE_DIR")))) {
                        Files.copy(in.findFirst().orElseThrow(), Path.of(env.get("CHUNKS_DIR"), "data_0.bin"));
                    }
                    return 0;
                })
                .component(Kind.ASSEMBLER, "first", (env, dir, log) -> {
                    Files.copy(Path.of(env.get("TASK_RESULTS_DIR"), "task-0", "chunk-0.bin"), Path.of(env.get("OUTPUT_DIR"), "out.txt"));
                    return 0;
                })
                .template("keep", "echo", "whole", "first")
                .start();
    }

    private static <T> T withJobs(LocalByteNite local, Function<JobsClient, T> use) {
        try (ByteNiteHttp http = ByteNiteHttp.create(ByteNiteConfig.builder().baseUrl(local.baseUrl()).apiKey(local.apiKey()).build())) {
            return use.apply(new JobsClient(http));
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
}
