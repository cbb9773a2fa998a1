package com.bytenite.sdk.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.bytenite.sdk.core.ByteNiteConfig;
import com.bytenite.sdk.core.http.ByteNiteHttp;
import com.bytenite.sdk.jobs.DataDestination;
import com.bytenite.sdk.jobs.DataSource;
import com.bytenite.sdk.jobs.EventsService;
import com.bytenite.sdk.jobs.Job;
import com.bytenite.sdk.jobs.JobEvent;
import com.bytenite.sdk.jobs.JobEventListener;
import com.bytenite.sdk.jobs.JobFailedException;
import com.bytenite.sdk.jobs.JobLogs;
import com.bytenite.sdk.jobs.JobState;
import com.bytenite.sdk.jobs.JobsService;
import com.bytenite.sdk.local.ComponentRole;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The SDK's JobsService against a real Local ByteNite: the whole lifecycle over loopback HTTP. */
class JobsEndToEndTest {
    private static final Duration WAIT = Duration.ofSeconds(30);

    @TempDir
    Path dir;

    private LocalByteNite local;
    private ByteNiteHttp http;
    private JobsService jobs;
    private final CountDownLatch slowTaskStarted = new CountDownLatch(1);

    @BeforeEach
    void start() throws IOException {
        local = LocalByteNite.builder()
                .component(ComponentRole.PARTITIONER, "lines", (env, work, log) -> {
                    List<String> lines = Files.readAllLines(Files.list(Path.of(env.get("SOURCE_DIR"))).findFirst().orElseThrow());
                    for (int i = 0; i < lines.size(); i++) {
                        Files.writeString(Path.of(env.get("CHUNKS_DIR"), "data_" + i + ".bin"), lines.get(i));
                    }
                    log.accept("split into " + lines.size() + " chunks");
                    return 0;
                })
                .component(ComponentRole.APP, "upper", (env, work, log) -> {
                    String text = Files.readString(Path.of(env.get("TASK_DIR"), "data.bin"));
                    Files.writeString(Path.of(env.get("TASK_RESULTS_DIR"), "line.txt"), text.toUpperCase() + "\n");
                    log.accept("chunk " + env.get("CHUNK_NUMBER") + " params " + env.get("APP_PARAMS"));
                    return 0;
                })
                .component(ComponentRole.APP, "fails", (env, work, log) -> {
                    log.accept("about to fail");
                    log.line("ValueError: no input to read", true);
                    return 3;
                })
                .component(ComponentRole.APP, "slow", (env, work, log) -> {
                    slowTaskStarted.countDown();
                    Thread.sleep(60_000);
                    return 0;
                })
                .component(ComponentRole.ASSEMBLER, "concat", (env, work, log) -> {
                    StringBuilder all = new StringBuilder();
                    // As ByteNite's assemblers do: the regular files directly in TASK_RESULTS_DIR (line.txt, line_1.txt, …).
                    try (var results = Files.list(Path.of(env.get("TASK_RESULTS_DIR")))) {
                        for (Path result : results.filter(Files::isRegularFile).sorted().toList()) {
                            all.append(Files.readString(result));
                        }
                    }
                    Files.writeString(Path.of(env.get("OUTPUT_DIR"), "all.txt"), all);
                    return 0;
                })
                .template("upper-lines", "upper", "lines", "concat")
                .template("failing", "fails", "lines", "concat")
                .template("slow", "slow", "lines", "concat")
                .template("ghost", "no-such-app", "lines", "concat")
                .start();
        http = ByteNiteHttp.create(ByteNiteConfig.builder().baseUrl(local.baseUrl()).apiKey(local.apiKey()).build());
        jobs = new JobsService(http.context());
    }

    @AfterEach
    void stop() {
        http.close();
        local.close();
    }

    private Path input(String text) throws IOException {
        return Files.writeString(dir.resolve("input.txt"), text);
    }

    @Test
    void submitWithUploadRunsEveryComponentAndServesTheResults() throws Exception {
        List<JobEvent> events = new CopyOnWriteArrayList<>();
        CountDownLatch connected = new CountDownLatch(1);
        try (var stream = new EventsService(http.context()).subscribe(new JobEventListener() {
            @Override
            public void onConnected() {
                connected.countDown();
            }

            @Override
            public void onEvent(JobEvent event) {
                events.add(event);
            }
        })) {
            assertThat(connected.await(10, TimeUnit.SECONDS)).isTrue();
            Job job = jobs.create("upper-lines").name("e2e").source(DataSource.upload(input("hello\nworld\nagain")))
                    .destination(DataDestination.temporaryBucket()).appParams(Map.of("case", "upper")).submit();
            Job done = job.awaitCompletion(WAIT);

            assertThat(done.state()).get().extracting(JobState::kind).isEqualTo(JobState.Kind.COMPLETE);
            assertThat(done.numChunks()).hasValue(3);
            assertThat(done.paymentAmount()).get().satisfies(p -> assertThat(p.signum()).isPositive());
            List<Path> files = done.downloadResults(dir.resolve("out"));
            assertThat(files).extracting(p -> p.getFileName().toString()).containsExactly("all.txt");
            assertThat(Files.readString(files.get(0), StandardCharsets.UTF_8)).isEqualTo("HELLO\nWORLD\nAGAIN\n");

            JobLogs logs = done.logs();
            assertThat(logs.partitioner()).anySatisfy(e -> assertThat(e.message()).isEqualTo("split into 3 chunks"));
            assertThat(logs.tasks()).hasSize(3);
            assertThat(logs.tasks().get("task-1")).anySatisfy(e -> assertThat(e.message()).contains("chunk 1").contains("\"case\":\"upper\""));
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
            while (events.stream().noneMatch(e -> e.state().map(JobState::isTerminal).orElse(false)) && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertThat(events).filteredOn(e -> e.jobId().orElse("").equals(job.id())).extracting(e -> e.state().map(JobState::raw).orElse(""))
                    .contains("JOB_STATE_PARTITIONING", "JOB_STATE_RUNNING", "JOB_STATE_ASSEMBLING", "JOB_STATE_COMPLETE");
            assertThat(events).filteredOn(e -> e.name().equals("task_state") && e.data().get("taskState").getAsString().equals("TASK_STATE_COMPLETE"))
                    .extracting(e -> e.data().get("taskId").getAsString()).containsExactlyInAnyOrder("task-0", "task-1", "task-2");
        }
    }

    @Test
    void aFailingTaskFailsTheJobWithItsMessage() throws IOException {
        Job job = jobs.create("failing").source(DataSource.upload(input("x"))).destination(DataDestination.temporaryBucket()).submit();
        assertThatThrownBy(() -> job.awaitCompletion(WAIT))
                .isInstanceOfSatisfying(JobFailedException.class, e -> assertThat(e.getMessage())
                        .contains("fails@1.0 (app task 0) exited with status 3: ValueError: no input to read"));
        assertThat(job.logs().tasks().get("task-0")).anySatisfy(e -> assertThat(e.message()).isEqualTo("about to fail"));
        assertThat(job.logs().tasks().get("task-0")).anySatisfy(e -> {
            assertThat(e.message()).isEqualTo("ValueError: no input to read");
            assertThat(e.level()).contains("ERROR");
            assertThat(e.container()).contains("fails@1.0 (app task 0)");
        });
    }

    @Test
    void abortStopsRunningTasks() throws Exception {
        Job job = jobs.create("slow").source(DataSource.upload(input("x"))).destination(DataDestination.temporaryBucket()).submit();
        assertThat(slowTaskStarted.await(10, TimeUnit.SECONDS)).isTrue();
        job.abort();
        assertThatThrownBy(() -> job.awaitCompletion(WAIT)).isInstanceOf(JobFailedException.class);
        assertThat(job.refresh().state()).get().extracting(JobState::kind).isEqualTo(JobState.Kind.ABORTED);
    }

    @Test
    void aTaskTimeoutFailsTheJob() throws IOException {
        Job job = jobs.create("slow").source(DataSource.upload(input("x"))).destination(DataDestination.temporaryBucket())
                .taskTimeout(Duration.ofSeconds(1)).submit();
        assertThatThrownBy(() -> job.awaitCompletion(WAIT)).isInstanceOf(JobFailedException.class).hasMessageContaining("timed out");
    }

    @Test
    void cloudStorageIsAcceptedButFailsAtRunTimeWithAClearMessage() {
        Job job = jobs.create("upper-lines").source(DataSource.aws("bucket", "in.txt", "us-east-1", "my-secret"))
                .destination(DataDestination.temporaryBucket()).submit();
        assertThatThrownBy(() -> job.awaitCompletion(WAIT)).isInstanceOf(JobFailedException.class)
                .hasMessageContaining("not available locally");
    }

    @Test
    void aComponentThatDoesNotExistFailsTheJobNamingIt() throws IOException {
        Job job = jobs.create("ghost").source(DataSource.upload(input("x"))).destination(DataDestination.temporaryBucket()).submit();
        assertThatThrownBy(() -> job.awaitCompletion(WAIT)).isInstanceOf(JobFailedException.class)
                .hasMessageContaining("app 'no-such-app' of template ghost");
    }

    @Test
    void theBuiltInEchoTemplateReturnsTheInputUnchanged() throws IOException {
        Job done = jobs.create("echo-passthrough").source(DataSource.upload(input("as it was"))).destination(DataDestination.temporaryBucket())
                .submit().awaitCompletion(WAIT);
        List<Path> files = done.downloadResults(dir.resolve("echo"));
        assertThat(files).extracting(p -> p.getFileName().toString()).containsExactly("chunk-0.bin");
        assertThat(Files.readString(files.get(0))).isEqualTo("as it was");
    }

    @Test
    void theBuiltInFanOutAndZipperEnginesRunTheirTemplate() throws Exception {
        Job done = jobs.create("echo-fanout-zip").source(DataSource.upload(input("copy me"))).destination(DataDestination.temporaryBucket())
                .partitionerParams(Map.of("num_replicas", 3)).submit().awaitCompletion(WAIT);
        assertThat(done.numChunks()).hasValue(3);
        List<Path> files = done.downloadResults(dir.resolve("zip"));
        assertThat(files).extracting(p -> p.getFileName().toString()).containsExactly("results_archive.zip");
        List<String> entries = new java.util.ArrayList<>();
        try (var zip = new java.util.zip.ZipInputStream(Files.newInputStream(files.get(0)))) {
            for (var e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                entries.add(e.getName() + "=" + new String(zip.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        assertThat(entries).containsExactly("chunk-0.bin=copy me", "chunk-1.bin=copy me", "chunk-2.bin=copy me");
    }
}
