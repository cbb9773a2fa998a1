package com.bytenite.sdk.local.executor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.bytenite.sdk.auth.AuthService;
import com.bytenite.sdk.auth.NewSecret;
import com.bytenite.sdk.auth.SecretType;
import com.bytenite.sdk.core.ByteNiteConfig;
import com.bytenite.sdk.core.http.ByteNiteHttp;
import com.bytenite.sdk.dev.DevService;
import com.bytenite.sdk.jobs.DataDestination;
import com.bytenite.sdk.jobs.DataSource;
import com.bytenite.sdk.jobs.Job;
import com.bytenite.sdk.jobs.JobFailedException;
import com.bytenite.sdk.jobs.JobSubmissionException;
import com.bytenite.sdk.jobs.JobsService;
import com.bytenite.sdk.jobs.LogEntry;
import com.bytenite.sdk.jobs.LogsService;
import com.bytenite.sdk.local.Component;
import com.bytenite.sdk.local.ComponentRole;
import com.bytenite.sdk.local.LocalByteNite;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The seam a cluster executor plugs into: every stage of every job goes through the configured executor. */
class StageExecutorTest {
    private static final String CANARY = "stage-secret-canary-81d2";
    private static final String REGISTRY_CANARY = "registry-token-canary-5e0c";

    @Test
    void everyStageOfAJobRunsOnTheConfiguredExecutor() {
        RecordingExecutor executor = new RecordingExecutor();
        try (LocalByteNite local = LocalByteNite.builder().stageExecutor(executor).start();
                ByteNiteHttp http = ByteNiteHttp.create(ByteNiteConfig.builder().baseUrl(local.baseUrl()).apiKey(local.apiKey()).build())) {
            Job done = new JobsService(http.context()).create("echo-fanout-zip").source(DataSource.bypass()).destination(DataDestination.temporaryBucket())
                    .partitionerParams(Map.of("num_replicas", 3)).submit().awaitCompletion(Duration.ofSeconds(30));
            assertThat(done.numChunks()).hasValue(3);
        }
        assertThat(executor.stages).extracting(Stage::role).containsExactly(ComponentRole.PARTITIONER, ComponentRole.APP, ComponentRole.ASSEMBLER);
        assertThat(executor.stages).extracting(s -> s.tasks().size()).containsExactly(1, 3, 1);
        Stage app = executor.stages.get(1);
        assertThat(app.componentTag()).startsWith("echo");
        assertThat(app.tasks()).extracting(StageTask::id).containsExactly("task-0", "task-1", "task-2");
        assertThat(app.tasks().get(2).env()).containsKeys("TASK_DIR", "TASK_RESULTS_DIR", "APP_PARAMS");
        assertThat(executor.closed).as("the server closes its executor").isTrue();
    }

    @Test
    void aTaskThatExitsNonZeroFailsTheJobWithItsLastErrorLine() {
        RecordingExecutor executor = new RecordingExecutor();
        Component failing = (env, work, log) -> {
            log.line("cannot read the chunk", true);
            return 3;
        };
        try (LocalByteNite local = LocalByteNite.builder().stageExecutor(executor)
                .component(ComponentRole.APP, "broken", failing).template("broken-t", "broken", "passthrough", "passthrough").start();
                ByteNiteHttp http = ByteNiteHttp.create(ByteNiteConfig.builder().baseUrl(local.baseUrl()).apiKey(local.apiKey()).build())) {
            Job started = new JobsService(http.context()).create("broken-t").source(DataSource.bypass()).destination(DataDestination.temporaryBucket()).submit();
            assertThatThrownBy(() -> started.awaitCompletion(Duration.ofSeconds(30))).isInstanceOfSatisfying(JobFailedException.class,
                    e -> assertThat(e.job().errorMessage()).get().asString().contains("exited with status 3: cannot read the chunk"));
        }
    }

    /**
     * An executor may know a failed task's last stderr line apart from its log (a cluster's
     * termination message): the job's error quotes it when the log has no error line, and the log's
     * own line otherwise, as on this machine.
     */
    @Test
    void theTasksLogDecidesTheErrorLineAndTheExecutorsLineStandsInWhenItHasNone() {
        assertThat(errorWhenTheExecutorFails(null)).endsWith("exited with status 5: from the executor");
        assertThat(errorWhenTheExecutorFails("from the log")).endsWith("exited with status 5: from the log");
    }

    /** The error message of a job whose app task fails on the executor, which first logs {@code stderrLine} for it, if any. */
    private static String errorWhenTheExecutorFails(String stderrLine) {
        RecordingExecutor executor = new RecordingExecutor((stage, files) -> {
            if (stage.role() == ComponentRole.APP) {
                StageTask task = stage.tasks().get(0);
                if (stderrLine != null) {
                    task.log().line(stderrLine, true);
                }
                throw new StageFailedException(task.id(), 5, "from the executor");
            }
        });
        try (LocalByteNite local = LocalByteNite.builder().stageExecutor(executor).start();
                ByteNiteHttp http = ByteNiteHttp.create(ByteNiteConfig.builder().baseUrl(local.baseUrl()).apiKey(local.apiKey()).build())) {
            Job started = new JobsService(http.context()).create("echo-passthrough").source(DataSource.bypass())
                    .destination(DataDestination.temporaryBucket()).submit();
            try {
                started.awaitCompletion(Duration.ofSeconds(30));
                throw new AssertionError("the job completed");
            } catch (JobFailedException e) {
                return e.job().errorMessage().orElseThrow();
            }
        }
    }

    /** Fails its first {@code failures} attempts (leaving a partial result behind), then writes {@code done.txt}. */
    private static Component flaky(AtomicInteger attempts, int failures) {
        return (env, work, log) -> {
            int attempt = attempts.incrementAndGet();
            if (attempt <= failures) {
                Files.writeString(Path.of(env.get("TASK_RESULTS_DIR"), "partial-" + attempt + ".txt"), "half");
                log.line("attempt " + attempt + " cannot reach the model", true);
                return 4;
            }
            Files.writeString(Path.of(env.get("TASK_RESULTS_DIR"), "done.txt"), "attempt " + attempt);
            return 0;
        };
    }

    /** A server whose template {@code flaky-t} runs {@code app} with {@code config.maxTaskRetries = retries}. */
    private static LocalByteNite withRetries(StageExecutor executor, Component app, int retries, Path dir) throws Exception {
        LocalByteNite local = LocalByteNite.builder().stageExecutor(executor).component(ComponentRole.APP, "flaky", app).start();
        try (ByteNiteHttp http = ByteNiteHttp.create(ByteNiteConfig.builder().baseUrl(local.baseUrl()).apiKey(local.apiKey()).build())) {
            Path template = Files.writeString(dir.resolve("template.json"), "{\"id\":\"flaky-t\",\"app\":\"flaky\",\"partitioner\":"
                    + "\"passthrough\",\"assembler\":\"passthrough\",\"config\":{\"maxTaskRetries\":" + retries + "}}");
            new DevService(http.context()).templates().push(template);
        }
        return local;
    }

    @Test
    void aFailedTaskRunsAgainUpToTheTemplatesMaxTaskRetriesWithItsFailedOutputsDiscarded(@TempDir Path dir) throws Exception {
        RecordingExecutor executor = new RecordingExecutor();
        AtomicInteger attempts = new AtomicInteger();
        try (LocalByteNite local = withRetries(executor, flaky(attempts, 1), 1, dir);
                ByteNiteHttp http = ByteNiteHttp.create(ByteNiteConfig.builder().baseUrl(local.baseUrl()).apiKey(local.apiKey()).build())) {
            JobsService jobs = new JobsService(http.context());
            Job done = jobs.create("flaky-t").source(DataSource.bypass()).destination(DataDestination.temporaryBucket()).submit()
                    .awaitCompletion(Duration.ofSeconds(30));
            List<Path> results = done.downloadResults(dir.resolve("out"));
            assertThat(results).extracting(p -> p.getFileName().toString()).containsExactly("done.txt");
            assertThat(Files.readString(results.get(0))).isEqualTo("attempt 2");
            assertThat(new LogsService(http.context()).get(done.id()).tasks().get("task-0")).extracting(LogEntry::message)
                    .contains("task-0 exited with status 4; retry 1 of 1 (the template's maxTaskRetries)");
        }
        assertThat(attempts).hasValue(2);
        assertThat(executor.stages).extracting(Stage::maxTaskRetries).containsExactly(0, 1, 0);
    }

    @Test
    void aTaskStillFailingAfterItsRetriesFailsTheJobWithItsLastStatus(@TempDir Path dir) throws Exception {
        AtomicInteger attempts = new AtomicInteger();
        try (LocalByteNite local = withRetries(new RecordingExecutor(), flaky(attempts, Integer.MAX_VALUE), 2, dir);
                ByteNiteHttp http = ByteNiteHttp.create(ByteNiteConfig.builder().baseUrl(local.baseUrl()).apiKey(local.apiKey()).build())) {
            Job started = new JobsService(http.context()).create("flaky-t").source(DataSource.bypass())
                    .destination(DataDestination.temporaryBucket()).submit();
            assertThatThrownBy(() -> started.awaitCompletion(Duration.ofSeconds(30))).isInstanceOfSatisfying(JobFailedException.class,
                    e -> assertThat(e.job().errorMessage()).get().asString().contains("exited with status 4: attempt 3 cannot reach the model"));
        }
        assertThat(attempts).as("the first run and two retries").hasValue(3);
    }

    @Test
    void aTemplateWithNegativeRetriesIsRefusedWhenAJobIsCreatedFromIt(@TempDir Path dir) throws Exception {
        try (LocalByteNite local = withRetries(new RecordingExecutor(), flaky(new AtomicInteger(), 0), -1, dir);
                ByteNiteHttp http = ByteNiteHttp.create(ByteNiteConfig.builder().baseUrl(local.baseUrl()).apiKey(local.apiKey()).build())) {
            assertThatThrownBy(() -> new JobsService(http.context()).create("flaky-t").source(DataSource.bypass())
                    .destination(DataDestination.temporaryBucket()).submit()).isInstanceOf(JobSubmissionException.class)
                    .hasMessageContaining("template flaky-t config: maxTaskRetries must be 0 or more, was -1");
        }
    }

    @Test
    void aStageRefusesNegativeRetries() {
        assertThatThrownBy(() -> new Stage(ComponentRole.APP, "u-1", "a@1.0", (env, work, log) -> 0, null, List.of(), null, -1, null,
                StageListener.NONE)).isInstanceOf(IllegalArgumentException.class).hasMessage("maxTaskRetries: expected 0 or more but was -1");
    }

    @Test
    void aPushedComponentsManifestReachesTheExecutorWithItsSecretsNeverPrinted(@TempDir Path dir) throws Exception {
        Path folder = Files.createDirectories(dir.resolve("shout/app")).getParent();
        Files.writeString(folder.resolve("app/main.sh"), "cp \"$TASK_DIR/data.bin\" \"$TASK_RESULTS_DIR/out.bin\"\n");
        Files.writeString(folder.resolve("manifest.json"), "{\"name\":\"shout\",\"version\":\"1.0\",\"platform\":\"docker\","
                + "\"entrypoint\":\"main.sh\",\"platform_config\":{\"container\":\"registry.example:5000/shout:1\",\"secrets\":[\"vault\"],"
                + "\"private_image\":true,\"username\":\"robot\",\"token\":\"" + REGISTRY_CANARY + "\"},"
                + "\"device_requirements\":{\"min_cpu\":2,\"min_memory\":4,\"gpu\":[\"T4\"]}}");
        RecordingExecutor executor = new RecordingExecutor();
        try (LocalByteNite local = LocalByteNite.builder().stageExecutor(executor).appFolder(folder)
                .template("shout-t", "shout", "passthrough", "passthrough").start();
                ByteNiteHttp http = ByteNiteHttp.create(ByteNiteConfig.builder().baseUrl(local.baseUrl()).apiKey(local.apiKey()).build())) {
            new AuthService(http.context()).secrets().create(NewSecret.builder("vault", SecretType.OTHER).accessKey("AK-1")
                    .secretKey(CANARY).build());
            new JobsService(http.context()).create("shout-t").source(DataSource.bypass()).destination(DataDestination.temporaryBucket())
                    .submit().awaitCompletion(Duration.ofSeconds(30));
        }
        assertThat(executor.stages.get(0).container()).as("a built-in partitioner has no container").isNull();
        ContainerSpec app = executor.stages.get(1).container();
        assertThat(app.image()).isEqualTo("registry.example:5000/shout:1");
        assertThat(app.registryLogin()).isEqualTo(new RegistryLogin("robot", REGISTRY_CANARY));
        assertThat(app.toString()).contains("privateImage=true").doesNotContain(REGISTRY_CANARY);
        assertThat(app.registryLogin().toString()).doesNotContain(REGISTRY_CANARY);
        assertThat(app.entrypoint()).isEqualTo("main.sh");
        assertThat(app.minCpu()).isEqualTo("2");
        assertThat(app.minMemory()).isEqualTo("4");
        assertThat(app.gpus()).containsExactly("T4");
        assertThat(app.secretEnv()).containsEntry("VAULT_ACCESS_KEY", "AK-1").containsEntry("VAULT_SECRET_KEY", CANARY);
        assertThat(app.toString()).contains("VAULT_SECRET_KEY").doesNotContain(CANARY);
        assertThat(executor.stages.get(1).toString()).doesNotContain(CANARY).doesNotContain(REGISTRY_CANARY);
    }
}
