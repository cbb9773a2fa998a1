package com.bytenite.sdk.local.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.bytenite.sdk.core.ByteNiteConfig;
import com.bytenite.sdk.core.http.ByteNiteHttp;
import com.bytenite.sdk.jobs.DataDestination;
import com.bytenite.sdk.jobs.DataSource;
import com.bytenite.sdk.jobs.Job;
import com.bytenite.sdk.jobs.JobFailedException;
import com.bytenite.sdk.jobs.JobState;
import com.bytenite.sdk.jobs.JobsService;
import com.bytenite.sdk.local.LocalByteNite;
import com.bytenite.sdk.local.executor.StageExecutor;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.batch.v1.JobConditionBuilder;
import io.fabric8.kubernetes.api.model.batch.v1.JobStatusBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.fabric8.mockwebserver.http.RecordedRequest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Local ByteNite with its app stage on a Kubernetes API server (fabric8's mock, CRUD mode). A test
 * kubelet plays the cluster: for each Job it moves the pod's inputs and outputs through the stage
 * file URLs over HTTP, as the pod's fetch and upload steps would, runs the "image" (upper-casing),
 * and reports the Job's status.
 */
@EnableKubernetesMockClient(crud = true)
class KubernetesStageExecutorTest {
    static KubernetesClient client;
    static KubernetesMockServer server;

    @TempDir
    Path dir;

    private final HttpClient http = HttpClient.newHttpClient();
    private final Set<String> handled = ConcurrentHashMap.newKeySet();
    private final List<io.fabric8.kubernetes.api.model.batch.v1.Job> seen = new CopyOnWriteArrayList<>();

    /** What the test kubelet does with each Job. */
    private enum Outcome { SUCCEED, FAIL, HANG }

    /** Plays the Job controller and kubelet until interrupted. */
    private Thread kubelet(Outcome outcome) {
        Thread t = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                try {
                    for (var job : client.batch().v1().jobs().inNamespace("bytenite").list().getItems()) {
                        if (handled.add(job.getMetadata().getName())) {
                            seen.add(job);
                            if (outcome != Outcome.HANG) {
                                run(job, outcome == Outcome.FAIL);
                            }
                        }
                    }
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    return;
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }
        }, "test-kubelet");
        t.setDaemon(true);
        t.start();
        return t;
    }

    private void run(io.fabric8.kubernetes.api.model.batch.v1.Job job, boolean fail) throws Exception {
        int completions = job.getSpec().getCompletions();
        if (fail) {
            job.setStatus(new JobStatusBuilder().withFailed(1).withConditions(new JobConditionBuilder().withType("Failed").withStatus("True")
                    .withReason("BackoffLimitExceeded").withMessage("Job has reached the specified backoff limit").build()).build());
        } else {
            ConfigMap urls = client.configMaps().inNamespace("bytenite").withName(job.getMetadata().getName()).get();
            for (int i = 0; i < completions; i++) {
                String in = urls.getData().get(i + ".TASK_DIR");
                String out = urls.getData().get(i + ".TASK_RESULTS_DIR");
                for (String file : get(in).split("\n")) {
                    String text = get(in + "/" + file);
                    put(out + "/shouted.txt", text.toUpperCase(Locale.ROOT));
                }
            }
            job.setStatus(new JobStatusBuilder().withSucceeded(completions).withCompletedIndexes("0-" + (completions - 1)).build());
        }
        client.batch().v1().jobs().inNamespace("bytenite").resource(job).updateStatus();
    }

    private String get(String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString()).body().trim();
    }

    private void put(String url, String body) throws Exception {
        int status = http.send(HttpRequest.newBuilder(URI.create(url)).PUT(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
        assertThat(status).isEqualTo(200);
    }

    private Path appFolder() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("shout/app")).getParent();
        Files.writeString(folder.resolve("app/main.py"), "print('runs in the image')\n");
        Files.writeString(folder.resolve("manifest.json"), "{\"name\":\"shout\",\"version\":\"1.0\",\"platform\":\"docker\","
                + "\"entrypoint\":\"main.py\",\"platform_config\":{\"container\":\"python:3.12-slim\"},"
                + "\"device_requirements\":{\"min_cpu\":1,\"min_memory\":1}}");
        return folder;
    }

    private LocalByteNite server() throws Exception {
        StageExecutor cluster = new KubernetesStageExecutor(client, KubernetesSettings.in("bytenite"), StageExecutor.onThisMachine(2),
                Clock.systemUTC(), Duration.ofMillis(20), false);
        return LocalByteNite.builder().stageExecutor(cluster).appFolder(appFolder())
                .template("shout-t", "shout", "passthrough", "passthrough").start();
    }

    @Test
    void theAppStageRunsAsAJobOnTheClusterAndItsResultsComeBack() throws Exception {
        Thread kubelet = kubelet(Outcome.SUCCEED);
        try (LocalByteNite local = server();
                ByteNiteHttp sdk = ByteNiteHttp.create(ByteNiteConfig.builder().baseUrl(local.baseUrl()).apiKey(local.apiKey()).build())) {
            Job done = new JobsService(sdk.context()).create("shout-t").source(DataSource.upload(Files.writeString(dir.resolve("in.txt"), "hello")))
                    .destination(DataDestination.temporaryBucket()).submit().awaitCompletion(Duration.ofSeconds(30));
            List<Path> results = done.downloadResults(dir.resolve("out"));
            assertThat(results).hasSize(1);
            assertThat(Files.readString(results.get(0), StandardCharsets.UTF_8)).isEqualTo("HELLO");
        } finally {
            kubelet.interrupt();
        }
        assertThat(seen).hasSize(1).first().satisfies(job -> {
            assertThat(job.getSpec().getCompletionMode()).isEqualTo("Indexed");
            assertThat(job.getSpec().getTemplate().getSpec().getContainers().get(0).getImage()).isEqualTo("python:3.12-slim");
        });
        assertThat(client.batch().v1().jobs().inNamespace("bytenite").list().getItems()).as("the Job is deleted once done").isEmpty();
        assertThat(client.configMaps().inNamespace("bytenite").list().getItems()).as("and its URLs").isEmpty();
    }

    @Test
    void aJobTheClusterFailsFailsTheByteNiteJobWithTheClustersReason() throws Exception {
        Thread kubelet = kubelet(Outcome.FAIL);
        try (LocalByteNite local = server();
                ByteNiteHttp sdk = ByteNiteHttp.create(ByteNiteConfig.builder().baseUrl(local.baseUrl()).apiKey(local.apiKey()).build())) {
            Job started = new JobsService(sdk.context()).create("shout-t").source(DataSource.upload(Files.writeString(dir.resolve("in.txt"), "x")))
                    .destination(DataDestination.temporaryBucket()).submit();
            assertThatThrownBy(() -> started.awaitCompletion(Duration.ofSeconds(30))).isInstanceOfSatisfying(JobFailedException.class,
                    e -> assertThat(e.job().errorMessage()).get().asString().contains("shout@1.0 failed on the cluster: BackoffLimitExceeded"));
        } finally {
            kubelet.interrupt();
        }
        assertThat(client.batch().v1().jobs().inNamespace("bytenite").list().getItems()).isEmpty();
    }

    @Test
    void abortingTheJobDeletesItsClusterJobWithItsPodsInTheForeground() throws Exception {
        Thread kubelet = kubelet(Outcome.HANG);
        try (LocalByteNite local = server();
                ByteNiteHttp sdk = ByteNiteHttp.create(ByteNiteConfig.builder().baseUrl(local.baseUrl()).apiKey(local.apiKey()).build())) {
            JobsService jobs = new JobsService(sdk.context());
            Job started = jobs.create("shout-t").source(DataSource.upload(Files.writeString(dir.resolve("in.txt"), "x")))
                    .destination(DataDestination.temporaryBucket()).submit();
            long deadline = System.currentTimeMillis() + 20_000;
            while (seen.isEmpty() && System.currentTimeMillis() < deadline) {
                Thread.sleep(20);
            }
            assertThat(seen).as("the app stage reached the cluster").hasSize(1);
            jobs.abort(started.id());
            assertThatThrownBy(() -> started.awaitCompletion(Duration.ofSeconds(30))).isInstanceOfSatisfying(JobFailedException.class,
                    e -> assertThat(e.job().state()).get().extracting(s -> s.kind()).isEqualTo(JobState.Kind.ABORTED));
        } finally {
            kubelet.interrupt();
        }
        assertThat(client.batch().v1().jobs().inNamespace("bytenite").list().getItems()).isEmpty();
        String jobPath = "/apis/batch/v1/namespaces/bytenite/jobs/" + seen.get(0).getMetadata().getName();
        boolean foreground = false;
        for (RecordedRequest r; (r = server.takeRequest(1, TimeUnit.SECONDS)) != null; ) {
            if (r.getMethod().equals("DELETE") && r.getPath().startsWith(jobPath) && r.getBody().readUtf8().contains("\"Foreground\"")) {
                foreground = true;
            }
        }
        assertThat(foreground).as("a DELETE of the Job with foreground propagation").isTrue();
    }
}
