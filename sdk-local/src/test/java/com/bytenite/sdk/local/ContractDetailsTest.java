package com.bytenite.sdk.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.bytenite.sdk.core.ByteNiteConfig;
import com.bytenite.sdk.core.http.ByteNiteHttp;
import com.bytenite.sdk.jobs.DataDestination;
import com.bytenite.sdk.jobs.DataSource;
import com.bytenite.sdk.jobs.Job;
import com.bytenite.sdk.jobs.JobsService;
import com.bytenite.sdk.local.ComponentRole;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Details of the container contract a component notices: what a bypass source gives, file names, the shared cache. */
class ContractDetailsTest {
    @TempDir
    Path dir;

    private static <T> T withJobs(LocalByteNite local, java.util.function.Function<JobsService, T> use) {
        try (ByteNiteHttp http = ByteNiteHttp.create(ByteNiteConfig.builder().baseUrl(local.baseUrl()).apiKey(local.apiKey()).build())) {
            return use.apply(new JobsService(http.context()));
        }
    }

    @Test
    void theBuiltInFanOutMakesNumReplicasTasksFromABypassSource() throws IOException {
        try (LocalByteNite local = LocalByteNite.builder().start()) {
            Job done = withJobs(local, jobs -> jobs.create("echo-fanout-zip").source(DataSource.bypass())
                    .destination(DataDestination.temporaryBucket()).partitionerParams(Map.of("num_replicas", 5)).submit()
                    .awaitCompletion(Duration.ofSeconds(30)));
            assertThat(done.numChunks()).hasValue(5);
        }
    }

    @Test
    void anUploadedFileKeepsItsNameInSourceDir() throws IOException {
        List<String> seen = new CopyOnWriteArrayList<>();
        try (LocalByteNite local = LocalByteNite.builder()
                .component(ComponentRole.PARTITIONER, "names", (env, work, log) -> {
                    try (var files = Files.list(Path.of(env.get("SOURCE_DIR")))) {
                        files.forEach(f -> seen.add(f.getFileName().toString()));
                    }
                    return 0;
                })
                .template("names-t", "echo", "names", "passthrough").start()) {
            Path photo = Files.writeString(dir.resolve("holiday photo.jpg"), "pixels");
            withJobs(local, jobs -> jobs.create("names-t").source(DataSource.upload(photo)).destination(DataDestination.temporaryBucket())
                    .submit().awaitCompletion(Duration.ofSeconds(30)));
        }
        assertThat(seen).containsExactly("holiday photo.jpg");
    }

    @Test
    void appsReadTheOperatorsSharedResources() throws IOException {
        Path shared = Files.createDirectories(dir.resolve("models"));
        Files.writeString(shared.resolve("model.gguf"), "weights");
        try (LocalByteNite local = LocalByteNite.builder().sharedCache(shared)
                .component(ComponentRole.APP, "uses-model", (env, work, log) -> {
                    String model = Files.readString(Path.of(env.get("SHARED_CACHE_DIR"), "model.gguf"));
                    Files.writeString(Path.of(env.get("TASK_RESULTS_DIR"), "answer.txt"), "loaded " + model);
                    return 0;
                })
                .template("model-t", "uses-model", "passthrough", "passthrough").start()) {
            Job done = withJobs(local, jobs -> jobs.create("model-t").source(DataSource.bypass()).destination(DataDestination.temporaryBucket())
                    .submit().awaitCompletion(Duration.ofSeconds(30)));
            List<Path> out = withJobs(local, jobs -> jobs.downloadResults(done.id(), dir.resolve("out"),
                    com.bytenite.sdk.jobs.TransferListener.NONE));
            assertThat(out.get(0)).hasContent("loaded weights");
        }
    }

    @Test
    void theServersOwnSharedCacheIsReadOnly() throws IOException {
        try (LocalByteNite local = LocalByteNite.builder().dataDirectory(dir).start()) {
            Path shared = dir.resolve("cache/shared");
            assertThat(shared).isDirectory();
            assertThat(Files.getPosixFilePermissions(shared)).noneMatch(p -> p.name().endsWith("WRITE"));
        }
    }
}
