package com.bytenite.sdk.local.kubernetes;

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
import com.bytenite.sdk.jobs.JobState;
import com.bytenite.sdk.jobs.JobsService;
import com.bytenite.sdk.jobs.LogEntry;
import com.bytenite.sdk.jobs.LogsService;
import com.bytenite.sdk.local.LocalByteNite;
import com.bytenite.sdk.local.executor.StageExecutor;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.ConfigBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.fabric8.mockwebserver.http.RecordedRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Local ByteNite with the Kubernetes executor against fabric8's mock API server (CRUD mode), with
 * {@link TestKubelet} playing the cluster: the pods' real commands run here, moving the task's
 * folders through the stage file URLs with {@code curl} as they would on a cluster. The same jobs
 * also run on this machine's executor, and what users see (results, logs, errors) must be the same.
 */
@EnableKubernetesMockClient(crud = true)
class KubernetesStageExecutorTest {
    static KubernetesClient client;
    static KubernetesMockServer server;

    private static final String NS = "bytenite";
    private static final String REGISTRY_CANARY = "registry-token-canary-k8s-77";
    private static final String VAULT_CANARY = "vault-secret-canary-k8s-31";

    @TempDir
    Path dir;

    /** What one job showed its user. */
    private record Outcome(Map<String, String> results, String error, Map<String, List<String>> taskLogs) {
    }

    /**
     * An app folder: its {@code main.sh} runs {@code before}, then upper-cases its chunk into
     * {@code shouted-<CHUNK_NUMBER>.txt} and says whether it got the vault secret. A private image.
     */
    private Path app(String name, String before) throws Exception {
        Path folder = Files.createDirectories(dir.resolve(name + "/app")).getParent();
        Files.writeString(folder.resolve("app/main.sh"), before + "\n"
                + "tr a-z A-Z < \"$TASK_DIR/data.bin\" > \"$TASK_RESULTS_DIR/shouted-$CHUNK_NUMBER.txt\"\n"
                + "[ -n \"$VAULT_SECRET_KEY\" ] && echo \"chunk $CHUNK_NUMBER has the vault key\"\n"
                + "echo \"shouted chunk $CHUNK_NUMBER\"\n");
        Files.writeString(folder.resolve("manifest.json"), "{\"name\":\"shout\",\"version\":\"1.0\",\"platform\":\"docker\","
                + "\"entrypoint\":\"main.sh\",\"platform_config\":{\"container\":\"registry.example:5000/shout:1.0\",\"secrets\":[\"vault\"],"
                + "\"private_image\":true,\"username\":\"robot\",\"token\":\"" + REGISTRY_CANARY + "\"},"
                + "\"device_requirements\":{\"min_cpu\":1,\"min_memory\":2}}");
        return folder;
    }

    /** An app whose first attempt at each chunk fails with a partial result left behind. */
    private Path flakyApp(String name) throws Exception {
        Path markers = Files.createDirectories(dir.resolve(name + "-markers"));
        return app(name, "m=\"" + markers + "/$CHUNK_NUMBER\"; if [ ! -f \"$m\" ]; then touch \"$m\"; echo half > \"$TASK_RESULTS_DIR/partial.txt\"; "
                + "echo \"ERROR: the model is not ready\"; exit 3; fi");
    }

    private static StageExecutor cluster() {
        return cluster(KubernetesSettings.in(NS));
    }

    private static StageExecutor cluster(KubernetesSettings settings) {
        return new KubernetesStageExecutor(client, settings, StageExecutor.onThisMachine(2), Clock.systemUTC(), Duration.ofMillis(20), false);
    }

    /** Runs template {@code shout-t} (fan-out of {@code chunks}, the app, passthrough) on {@code executor}. */
    private Outcome run(StageExecutor executor, Path app, int chunks, String config) throws Exception {
        try (LocalByteNite local = LocalByteNite.builder().stageExecutor(executor).appFolder(app).start();
                ByteNiteHttp http = ByteNiteHttp.create(ByteNiteConfig.builder().baseUrl(local.baseUrl()).apiKey(local.apiKey()).build())) {
            new AuthService(http.context()).secrets().create(NewSecret.builder("vault", SecretType.OTHER).accessKey("AK-1")
                    .secretKey(VAULT_CANARY).build());
            Path template = Files.writeString(dir.resolve("template.json"), "{\"id\":\"shout-t\",\"app\":\"shout\",\"partitioner\":"
                    + "\"fanout-replica\",\"assembler\":\"passthrough\",\"config\":" + config + "}");
            new DevService(http.context()).templates().push(template);
            Job job = new JobsService(http.context()).create("shout-t").source(DataSource.upload(Files.writeString(dir.resolve("in.txt"), "hello")))
                    .partitionerParams(Map.of("num_replicas", chunks)).destination(DataDestination.temporaryBucket()).submit();
            Map<String, String> results = new TreeMap<>();
            String error = null;
            try {
                Path out = Files.createDirectories(dir.resolve("out-" + System.nanoTime()));
                for (Path p : job.awaitCompletion(Duration.ofSeconds(60)).downloadResults(out)) {
                    results.put(p.getFileName().toString(), Files.readString(p));
                }
            } catch (JobFailedException e) {
                error = e.job().errorMessage().orElse(null);
            }
            Map<String, List<String>> logs = new TreeMap<>();
            new LogsService(http.context()).get(job.id()).tasks().forEach((task, entries) ->
                    logs.put(task, entries.stream().map(LogEntry::message).toList()));
            return new Outcome(results, error, logs);
        }
    }

    /**
     * Each task's log lines, sorted: stdout and stderr are read apart on both executors, so the
     * order across them is not kept; without the first line of task 0, which names the executor.
     */
    private static Map<String, List<String>> comparable(Map<String, List<String>> logs) {
        return logs.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                e -> e.getValue().stream().filter(line -> !line.startsWith("Local ByteNite runs ")).sorted().toList(), (a, b) -> a, TreeMap::new));
    }

    @Test
    void theAppStageRunsAsAnIndexedJobWhosePodsRunTheComponentWithTheContract() throws Exception {
        Outcome outcome;
        TestKubelet kubelet = new TestKubelet(client, server, NS, dir.resolve("kubelet"), TestKubelet.Mode.RUN);
        try (kubelet) {
            outcome = run(cluster(), app("shout", "printf 'chunk %s' \"$CHUNK_NUMBER\" > \"$TASK_RESULTS_DIR/50% of #$CHUNK_NUMBER (\u00fc) & co.txt\""), 3, "{}");
        }
        assertThat(outcome.error()).isNull();
        assertThat(outcome.results()).as("any file name survives the trip").containsExactlyEntriesOf(new TreeMap<>(Map.of(
                "shouted-0.txt", "HELLO", "shouted-1.txt", "HELLO", "shouted-2.txt", "HELLO", "50% of #0 (\u00fc) & co.txt", "chunk 0",
                "50% of #1 (\u00fc) & co.txt", "chunk 1", "50% of #2 (\u00fc) & co.txt", "chunk 2")));
        assertThat(outcome.taskLogs().get("task-1")).containsExactly("chunk 1 has the vault key", "shouted chunk 1");
        assertThat(outcome.taskLogs().get("task-0").get(0)).contains("runs on Kubernetes as Job bn-", "in namespace bytenite",
                "image registry.example:5000/shout:1.0");

        assertThat(kubelet.jobs).hasSize(1);
        var job = kubelet.jobs.get(0);
        assertThat(job.getSpec().getCompletionMode()).isEqualTo("Indexed");
        assertThat(job.getSpec().getCompletions()).isEqualTo(3);
        assertThat(job.getSpec().getBackoffLimitPerIndex()).isZero();
        assertThat(job.getSpec().getMaxFailedIndexes()).isZero();
        var podSpec = job.getSpec().getTemplate().getSpec();
        assertThat(podSpec.getContainers().get(0).getImage()).isEqualTo("registry.example:5000/shout:1.0");
        assertThat(podSpec.getImagePullSecrets()).extracting(r -> r.getName()).containsExactly(job.getMetadata().getName() + "-pull");
        assertThat(kubelet.pods).extracting(p -> p.getMetadata().getAnnotations().get(StageJobs.INDEX_ANNOTATION))
                .containsExactlyInAnyOrder("0", "1", "2");
        assertThat(kubelet.pods).extracting(Pod::getMetadata).allSatisfy(m -> assertThat(m.getOwnerReferences()).singleElement()
                .satisfies(o -> assertThat(o.getName()).isEqualTo(job.getMetadata().getName())));
        assertThat(kubelet.secrets).extracting(s -> s.getMetadata().getName(), Secret::getType).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple(job.getMetadata().getName(), "Opaque"),
                org.assertj.core.groups.Tuple.tuple(job.getMetadata().getName() + "-pull", "kubernetes.io/dockerconfigjson"));
        assertThat(kubelet.secrets).allSatisfy(s -> assertThat(s.getMetadata().getOwnerReferences()).singleElement()
                .satisfies(o -> assertThat(o.getUid()).isEqualTo(job.getMetadata().getUid())));
        assertThat(job.toString()).doesNotContain(VAULT_CANARY).doesNotContain(REGISTRY_CANARY).doesNotContain("/local/stages/");
        assertThat(outcome.taskLogs().toString()).doesNotContain(VAULT_CANARY).doesNotContain(REGISTRY_CANARY);

        assertThat(List.<List<? extends HasMetadata>>of(client.batch().v1().jobs().inNamespace(NS).list().getItems(),
                client.secrets().inNamespace(NS).list().getItems()))
                .as("the Job and both Secrets are deleted once done").allSatisfy(items -> assertThat(items).isEmpty());
        assertThat(client.configMaps().inNamespace(NS).list().getItems()).as("nothing grows with the tasks").isEmpty();
    }

    @Test
    void aSecretTheComponentPrintsIsMaskedInItsLogAndErrorOnTheClusterAsHere() throws Exception {
        Path leaky = app("leaky", "echo \"using $VAULT_SECRET_KEY\"; echo \"rejected $VAULT_SECRET_KEY\" >&2; exit 2");
        Outcome cluster;
        try (TestKubelet kubelet = new TestKubelet(client, server, NS, dir.resolve("kubelet"), TestKubelet.Mode.RUN)) {
            cluster = run(cluster(), leaky, 1, "{}");
        }
        Outcome here = run(StageExecutor.onThisMachine(2), leaky, 1, "{}");

        assertThat(cluster.error()).isEqualTo("shout@1.0 (app task 0) exited with status 2: rejected [REDACTED]");
        assertThat(cluster.taskLogs().get("task-0")).contains("using [REDACTED]", "rejected [REDACTED]");
        assertThat(cluster.toString()).doesNotContain(VAULT_CANARY);
        assertThat(cluster.error()).isEqualTo(here.error());
        assertThat(comparable(cluster.taskLogs())).isEqualTo(comparable(here.taskLogs()));
    }

    @Test
    void aClusterThatReportsOnlyPodPhasesStillEndsTheJobFromItsPods() throws Exception {
        Outcome done;
        Outcome failed;
        try (TestKubelet kubelet = new TestKubelet(client, server, NS, dir.resolve("kubelet"), TestKubelet.Mode.RUN_PHASES_ONLY)) {
            done = run(cluster(), app("shout", ""), 2, "{}");
            failed = run(cluster(), app("broken", "[ \"$CHUNK_NUMBER\" = 1 ] && exit 3"), 2, "{}");
            assertThat(kubelet.jobs).allSatisfy(j -> assertThat(client.batch().v1().jobs().inNamespace(NS).withName(j.getMetadata().getName())
                    .get()).as("deleted once done").isNull());
        }
        assertThat(done.error()).isNull();
        assertThat(done.results()).containsOnlyKeys("shouted-0.txt", "shouted-1.txt");
        assertThat(done.taskLogs().get("task-1")).contains("shouted chunk 1");
        assertThat(failed.error()).isEqualTo("task-1 failed on the cluster: no reason given");
    }

    @Test
    void appTasksRunSideBySideUpToTheParallelism() throws Exception {
        Outcome outcome;
        TestKubelet kubelet = new TestKubelet(client, server, NS, dir.resolve("kubelet"), TestKubelet.Mode.RUN);
        try (kubelet) {
            outcome = run(cluster(KubernetesSettings.in(NS).withParallelism(2)), app("shout", "sleep 1"), 5, "{}");
        }
        assertThat(outcome.error()).isNull();
        assertThat(outcome.results()).containsOnlyKeys("shouted-0.txt", "shouted-1.txt", "shouted-2.txt", "shouted-3.txt", "shouted-4.txt");
        assertThat(kubelet.jobs.get(0).getSpec().getParallelism()).isEqualTo(2);
        assertThat(kubelet.mostPodsAtOnce).as("each pod takes over a second, so two overlap").hasValue(2);
        assertThat(outcome.taskLogs()).hasSize(5).allSatisfy((task, lines) -> assertThat(lines).contains("shouted chunk " + task.substring(5)));
    }

    /** An engine folder whose {@code main.sh} is {@code script}, in a public image. */
    private Path engine(String name, String type, String script) throws Exception {
        Path folder = Files.createDirectories(dir.resolve(name + "/app")).getParent();
        Files.writeString(folder.resolve("app/main.sh"), script);
        Files.writeString(folder.resolve("manifest.json"), "{\"name\":\"" + name + "\",\"version\":\"1.0\",\"platform\":\"docker\","
                + "\"type\":\"" + type + "\",\"entrypoint\":\"main.sh\",\"platform_config\":{\"container\":\"alpine:3.20\"}}");
        return folder;
    }

    @Test
    void aPushedPartitionerAndAssemblerRunOnTheClusterToo() throws Exception {
        Path lines = engine("lines", "partitioner", "i=0; for f in \"$SOURCE_DIR\"/*; do while IFS= read -r line; do "
                + "printf %s \"$line\" > \"$CHUNKS_DIR/data_$i.bin\"; i=$((i+1)); done < \"$f\"; done\n");
        Path joiner = engine("joiner", "assembler", "cat \"$TASK_RESULTS_DIR\"/shouted-0.txt \"$TASK_RESULTS_DIR\"/shouted-1.txt "
                + "\"$TASK_RESULTS_DIR\"/shouted-2.txt > \"$OUTPUT_DIR/all.txt\"\n");
        Map<String, String> results = new TreeMap<>();
        try (TestKubelet kubelet = new TestKubelet(client, server, NS, dir.resolve("kubelet"), TestKubelet.Mode.RUN);
                LocalByteNite local = LocalByteNite.builder().stageExecutor(cluster()).appFolder(app("shout", "")).engineFolder(lines)
                        .engineFolder(joiner).template("lines-t", "shout", "lines", "joiner").start();
                ByteNiteHttp http = ByteNiteHttp.create(ByteNiteConfig.builder().baseUrl(local.baseUrl()).apiKey(local.apiKey()).build())) {
            new AuthService(http.context()).secrets().create(NewSecret.builder("vault", SecretType.OTHER).secretKey(VAULT_CANARY).build());
            Job done = new JobsService(http.context()).create("lines-t")
                    .source(DataSource.upload(Files.writeString(dir.resolve("in.txt"), "one\ntwo\nthree\n")))
                    .destination(DataDestination.temporaryBucket()).submit().awaitCompletion(Duration.ofSeconds(60));
            assertThat(done.numChunks()).hasValue(3);
            for (Path p : done.downloadResults(dir.resolve("out"))) {
                results.put(p.getFileName().toString(), Files.readString(p));
            }
            assertThat(kubelet.jobs).extracting(j -> j.getMetadata().getLabels().get(StageJobs.STAGE_LABEL))
                    .containsExactly("partitioner", "app", "assembler");
            assertThat(kubelet.jobs).extracting(j -> j.getSpec().getCompletions()).containsExactly(1, 3, 1);
        }
        assertThat(results).containsExactly(Map.entry("all.txt", "ONETWOTHREE"));
    }

    @Test
    void withACacheClaimTheUserCacheIsKeptFromJobToJobAndTheSharedCacheIsRead() throws Exception {
        KubernetesSettings withCaches = KubernetesSettings.in(NS).withCacheClaim("bytenite-caches");
        Path app = app("cached", "n=$(cat \"$USER_CACHE_DIR/runs\" 2>/dev/null || echo 0); n=$((n+1)); echo $n > \"$USER_CACHE_DIR/runs\"; "
                + "printf '%s %s' \"$(cat \"$SHARED_CACHE_DIR/greeting.txt\")\" $n > \"$TASK_RESULTS_DIR/cache.txt\"");
        String first;
        String second;
        try (TestKubelet kubelet = new TestKubelet(client, server, NS, dir.resolve("kubelet"), TestKubelet.Mode.RUN)) {
            Files.writeString(Files.createDirectories(kubelet.claim("bytenite-caches").resolve("shared")).resolve("greeting.txt"), "hi");
            first = run(cluster(withCaches), app, 1, "{}").results().get("cache.txt");
            second = run(cluster(withCaches), app, 1, "{}").results().get("cache.txt");
        }
        assertThat(List.of(first, second)).containsExactly("hi 1", "hi 2");
    }

    @Test
    void anInputOfNoChunksMakesNoAppJob() throws Exception {
        Path lines = engine("lines", "partitioner", "for f in \"$SOURCE_DIR\"/*; do :; done\n");
        try (TestKubelet kubelet = new TestKubelet(client, server, NS, dir.resolve("kubelet"), TestKubelet.Mode.RUN);
                LocalByteNite local = LocalByteNite.builder().stageExecutor(cluster()).appFolder(app("shout", "")).engineFolder(lines)
                        .template("lines-t", "shout", "lines", "passthrough").start();
                ByteNiteHttp http = ByteNiteHttp.create(ByteNiteConfig.builder().baseUrl(local.baseUrl()).apiKey(local.apiKey()).build())) {
            Job done = new JobsService(http.context()).create("lines-t").source(DataSource.upload(Files.writeString(dir.resolve("in.txt"), "x")))
                    .destination(DataDestination.temporaryBucket()).submit().awaitCompletion(Duration.ofSeconds(60));
            assertThat(done.numChunks()).hasValue(0);
            assertThat(kubelet.jobs).extracting(j -> j.getMetadata().getLabels().get(StageJobs.STAGE_LABEL)).containsExactly("partitioner");
        }
    }

    @Test
    void aRunningTasksLogLinesShowBeforeItEndsAndEveryLineOnce() throws Exception {
        try (TestKubelet kubelet = new TestKubelet(client, server, NS, dir.resolve("kubelet"), TestKubelet.Mode.RUN_LOGS_FIRST);
                LocalByteNite local = LocalByteNite.builder().stageExecutor(cluster()).appFolder(app("shout", "echo 'warming up'; sleep 3"))
                        .template("shout-t", "shout", "passthrough", "passthrough").start();
                ByteNiteHttp http = ByteNiteHttp.create(ByteNiteConfig.builder().baseUrl(local.baseUrl()).apiKey(local.apiKey()).build())) {
            new AuthService(http.context()).secrets().create(NewSecret.builder("vault", SecretType.OTHER).secretKey(VAULT_CANARY).build());
            Job started = new JobsService(http.context()).create("shout-t").source(DataSource.upload(Files.writeString(dir.resolve("in.txt"), "x")))
                    .destination(DataDestination.temporaryBucket()).submit();
            LogsService logs = new LogsService(http.context());
            long deadline = System.currentTimeMillis() + 20_000;
            List<String> early = List.of();
            while (!early.contains("warming up") && System.currentTimeMillis() < deadline) {
                Thread.sleep(50);
                early = messages(logs, started.id());
            }
            assertThat(early).as("seen while the task runs").contains("warming up").doesNotContain("shouted chunk 0");
            Job done = started.awaitCompletion(Duration.ofSeconds(30));
            assertThat(messages(logs, done.id())).containsSubsequence("warming up", "shouted chunk 0")
                    .filteredOn("warming up"::equals).hasSize(1);
        }
    }

    /** Task 0's log lines, without Local ByteNite's own first line. */
    private static List<String> messages(LogsService logs, String jobId) {
        List<LogEntry> entries = logs.get(jobId).tasks().getOrDefault("task-0", List.of());
        return entries.stream().map(LogEntry::message).filter(m -> !m.startsWith("Local ByteNite runs ")).toList();
    }

    @Test
    void retriesLogsAndFailuresLookTheSameOnTheClusterAsOnThisMachine() throws Exception {
        Outcome here = run(StageExecutor.onThisMachine(2), flakyApp("flaky-here"), 2, "{\"maxTaskRetries\":1}");
        Outcome there;
        try (TestKubelet kubelet = new TestKubelet(client, server, NS, dir.resolve("kubelet"), TestKubelet.Mode.RUN)) {
            there = run(cluster(), flakyApp("flaky-there"), 2, "{\"maxTaskRetries\":1}");
            assertThat(kubelet.pods).as("two attempts per chunk").hasSize(4);
        }
        assertThat(here.results()).as("the failed attempts' partial results are dropped").containsOnlyKeys("shouted-0.txt", "shouted-1.txt");
        assertThat(there.results()).isEqualTo(here.results());
        assertThat(here.taskLogs().get("task-1")).containsSubsequence("ERROR: the model is not ready",
                "task-1 exited with status 3; retry 1 of 1 (the template's maxTaskRetries)", "shouted chunk 1");
        assertThat(comparable(there.taskLogs())).isEqualTo(comparable(here.taskLogs()));

        Path failing = app("failing", "echo \"reading the chunk\"; echo \"cannot read the chunk\" >&2; echo \"giving up\"; exit 3");
        Outcome failedHere = run(StageExecutor.onThisMachine(2), failing, 1, "{\"maxTaskRetries\":1}");
        Outcome failedThere;
        try (TestKubelet kubelet = new TestKubelet(client, server, NS, dir.resolve("kubelet-2"), TestKubelet.Mode.RUN)) {
            failedThere = run(cluster(), failing, 1, "{\"maxTaskRetries\":1}");
        }
        assertThat(failedHere.error()).isEqualTo("shout@1.0 (app task 0) exited with status 3: cannot read the chunk");
        assertThat(failedThere.error()).isEqualTo(failedHere.error());
        assertThat(comparable(failedThere.taskLogs())).isEqualTo(comparable(failedHere.taskLogs()));
    }

    @Test
    void aTaskPastItsTimeoutFailsTheJobAsItDoesOnThisMachine() throws Exception {
        Path slow = app("slow", "sleep 5");
        Outcome here = run(StageExecutor.onThisMachine(2), slow, 1, "{\"taskTimeout\":1}");
        Outcome there;
        try (TestKubelet kubelet = new TestKubelet(client, server, NS, dir.resolve("kubelet"), TestKubelet.Mode.RUN)) {
            there = run(cluster(), slow, 1, "{\"taskTimeout\":1}");
            assertThat(kubelet.jobs.get(0).getSpec().getTemplate().getSpec().getActiveDeadlineSeconds()).as("the pod's deadline").isEqualTo(1L);
        }
        assertThat(here.error()).isEqualTo("task-0 timed out after 1 s (taskTimeout)");
        assertThat(there.error()).isEqualTo(here.error());
    }

    @Test
    void anImageTheClusterCannotPullFailsTheJobSayingWhichOne() throws Exception {
        Outcome outcome;
        try (TestKubelet kubelet = new TestKubelet(client, server, NS, dir.resolve("kubelet"), TestKubelet.Mode.CANNOT_PULL)) {
            outcome = run(cluster(), app("shout", ""), 1, "{}");
        }
        assertThat(outcome.error()).isEqualTo("the cluster cannot start shout@1.0 (image registry.example:5000/shout:1.0): "
                + "ImagePullBackOff: Back-off pulling image");
        assertThat(client.batch().v1().jobs().inNamespace(NS).list().getItems()).isEmpty();
        try (TestKubelet kubelet = new TestKubelet(client, server, NS, dir.resolve("kubelet-2"), TestKubelet.Mode.HELPER_CANNOT_PULL)) {
            outcome = run(cluster(), app("shout", ""), 1, "{}");
        }
        assertThat(outcome.error()).isEqualTo("the cluster cannot start the fetch-inputs step (image " + KubernetesSettings.DEFAULT_HELPER_IMAGE
                + "): ImagePullBackOff: Back-off pulling image");
    }

    @Test
    void podsThatCannotReachLocalByteNiteFailTheJobSayingSo() throws Exception {
        try (TestKubelet kubelet = new TestKubelet(client, server, NS, dir.resolve("kubelet"), TestKubelet.Mode.RUN);
                LocalByteNite local = LocalByteNite.builder().stageExecutor(cluster()).appFolder(app("shout", ""))
                        .publicUrl("http://127.0.0.1:1").template("shout-t", "shout", "passthrough", "passthrough").start();
                ByteNiteHttp http = ByteNiteHttp.create(ByteNiteConfig.builder().baseUrl("http://127.0.0.1:" + local.port())
                        .apiKey(local.apiKey()).build())) {
            new AuthService(http.context()).secrets().create(NewSecret.builder("vault", SecretType.OTHER).secretKey(VAULT_CANARY).build());
            Job started = new JobsService(http.context()).create("shout-t").source(DataSource.bypass())
                    .destination(DataDestination.temporaryBucket()).submit();
            assertThatThrownBy(() -> started.awaitCompletion(Duration.ofSeconds(60))).isInstanceOfSatisfying(JobFailedException.class,
                    e -> assertThat(e.job().errorMessage()).hasValue("task-0 could not fetch its inputs from Local ByteNite "
                            + "(fetch-inputs exited with status 7): the pods must reach its --public-url"));
        }
    }

    @Test
    void anUnreachableApiServerFailsTheJobSayingSo() throws Exception {
        Config config = new ConfigBuilder().withMasterUrl("https://127.0.0.1:1").withRequestRetryBackoffLimit(0).build();
        try (KubernetesClient unreachable = new KubernetesClientBuilder().withConfig(config).build()) {
            StageExecutor executor = new KubernetesStageExecutor(unreachable, KubernetesSettings.in(NS), StageExecutor.onThisMachine(1),
                    Clock.systemUTC(), Duration.ofMillis(20), false);
            Outcome outcome = run(executor, app("shout", ""), 1, "{}");
            assertThat(outcome.error()).startsWith("the Kubernetes API failed while running shout@1.0: ").contains("ConnectException");
        }
    }

    @Test
    void stoppingLocalByteNiteDeletesTheClusterObjectsOfItsRunningJobs() throws Exception {
        try (TestKubelet kubelet = new TestKubelet(client, server, NS, dir.resolve("kubelet"), TestKubelet.Mode.HANG)) {
            LocalByteNite local = LocalByteNite.builder().stageExecutor(cluster()).appFolder(app("shout", ""))
                    .template("shout-t", "shout", "passthrough", "passthrough").start();
            try (ByteNiteHttp sdk = ByteNiteHttp.create(ByteNiteConfig.builder().baseUrl(local.baseUrl()).apiKey(local.apiKey()).build())) {
                new AuthService(sdk.context()).secrets().create(NewSecret.builder("vault", SecretType.OTHER).secretKey(VAULT_CANARY).build());
                new JobsService(sdk.context()).create("shout-t").source(DataSource.upload(Files.writeString(dir.resolve("in.txt"), "x")))
                        .destination(DataDestination.temporaryBucket()).submit();
                long deadline = System.currentTimeMillis() + 20_000;
                while (kubelet.jobs.isEmpty() && System.currentTimeMillis() < deadline) {
                    Thread.sleep(20);
                }
                assertThat(kubelet.jobs).as("the app stage reached the cluster").hasSize(1);
            } finally {
                local.close();
            }
        }
        assertThat(client.batch().v1().jobs().inNamespace(NS).list().getItems()).as("a stopped server leaves no Job running").isEmpty();
        assertThat(client.secrets().inNamespace(NS).list().getItems()).isEmpty();
    }

    @Test
    void abortingTheJobDeletesItsClusterJobWithItsPodsInTheForeground() throws Exception {
        TestKubelet kubelet = new TestKubelet(client, server, NS, dir.resolve("kubelet"), TestKubelet.Mode.HANG);
        try (kubelet; LocalByteNite local = LocalByteNite.builder().stageExecutor(cluster()).appFolder(app("shout", ""))
                .template("shout-t", "shout", "passthrough", "passthrough").start();
                ByteNiteHttp sdk = ByteNiteHttp.create(ByteNiteConfig.builder().baseUrl(local.baseUrl()).apiKey(local.apiKey()).build())) {
            JobsService jobs = new JobsService(sdk.context());
            Job started = jobs.create("shout-t").source(DataSource.upload(Files.writeString(dir.resolve("in.txt"), "x")))
                    .destination(DataDestination.temporaryBucket()).submit();
            long deadline = System.currentTimeMillis() + 20_000;
            while (kubelet.jobs.isEmpty() && System.currentTimeMillis() < deadline) {
                Thread.sleep(20);
            }
            assertThat(kubelet.jobs).as("the app stage reached the cluster").hasSize(1);
            jobs.abort(started.id());
            assertThatThrownBy(() -> started.awaitCompletion(Duration.ofSeconds(30))).isInstanceOfSatisfying(JobFailedException.class,
                    e -> assertThat(e.job().state()).get().extracting(s -> s.kind()).isEqualTo(JobState.Kind.ABORTED));
        }
        assertThat(client.batch().v1().jobs().inNamespace(NS).list().getItems()).isEmpty();
        String jobPath = "/apis/batch/v1/namespaces/bytenite/jobs/" + kubelet.jobs.get(0).getMetadata().getName();
        boolean foreground = false;
        for (RecordedRequest r; (r = server.takeRequest(1, TimeUnit.SECONDS)) != null; ) {
            if (r.getMethod().equals("DELETE") && r.getPath().startsWith(jobPath) && r.getBody().readUtf8().contains("\"Foreground\"")) {
                foreground = true;
            }
        }
        assertThat(foreground).as("a DELETE of the Job with foreground propagation").isTrue();
    }
}
