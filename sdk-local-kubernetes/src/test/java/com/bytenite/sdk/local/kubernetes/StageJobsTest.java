package com.bytenite.sdk.local.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.bytenite.sdk.local.ComponentOutput;
import com.bytenite.sdk.local.ComponentRole;
import com.bytenite.sdk.local.executor.ContainerSpec;
import com.bytenite.sdk.local.executor.Stage;
import com.bytenite.sdk.local.executor.StageFiles;
import com.bytenite.sdk.local.executor.StageListener;
import com.bytenite.sdk.local.executor.StageTask;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The exact objects an app stage of three tasks maps to, and the API server accepting them (fabric8's mock, CRUD mode). */
@EnableKubernetesMockClient(crud = true)
class StageJobsTest {
    static KubernetesClient client;

    private static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");
    private final StageJobs jobs = new StageJobs(new KubernetesSettings("bytenite", "curlimages/curl:8.11.1", 2,
            Optional.of("registry-creds"), "nvidia.com/gpu"), Clock.fixed(NOW, ZoneOffset.UTC));

    /** URLs that say which folder and way they were made for. */
    private static final StageFiles FILES = new StageFiles() {
        @Override
        public URI downloadUrl(Path folder) {
            return URI.create("http://local:8080/local/stages/read" + folder.toString().replace('/', '-'));
        }

        @Override
        public URI uploadUrl(Path folder) {
            return URI.create("http://local:8080/local/stages/write" + folder.toString().replace('/', '-'));
        }
    };

    private static Stage appStage(Map<String, String> secrets) {
        List<StageTask> tasks = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            tasks.add(new StageTask("task-" + i, Map.of("TASK_DIR", "/w/task-" + i, "TASK_RESULTS_DIR", "/w/task-" + i + "/results",
                    "USER_CACHE_DIR", "/cache/user", "SHARED_CACHE_DIR", "/cache/shared", "APP_PARAMS", "{\"case\":\"upper\"}",
                    "CHUNK_NUMBER", Integer.toString(i)), Path.of("/w/task-" + i), (text, stderr) -> { }));
        }
        ContainerSpec spec = new ContainerSpec("python:3.12-slim", Path.of("/components/shout/app"), "main.py", "2", "4", List.of("T4"),
                secrets);
        return new Stage(ComponentRole.APP, "shout@1.0", (env, work, log) -> 0, spec, tasks, Duration.ofMinutes(5),
                NOW.plus(Duration.ofMinutes(3)), StageListener.NONE);
    }

    @Test
    void anAppStageIsAnIndexedJobWithOnePodPerChunk() {
        Job job = jobs.job("Job_42", appStage(Map.of("VAULT_SECRET_KEY", "s3cret")));

        assertThat(job.getMetadata().getName()).isEqualTo("bn-job-42-app");
        assertThat(job.getMetadata().getNamespace()).isEqualTo("bytenite");
        assertThat(job.getMetadata().getLabels()).containsEntry("bytenite.com/job-id", "Job_42").containsEntry("bytenite.com/stage", "app");
        assertThat(job.getSpec().getCompletionMode()).isEqualTo("Indexed");
        assertThat(job.getSpec().getCompletions()).isEqualTo(3);
        assertThat(job.getSpec().getParallelism()).isEqualTo(2);
        assertThat(job.getSpec().getBackoffLimit()).isZero();
        assertThat(job.getSpec().getActiveDeadlineSeconds()).as("the job's deadline is nearer than the task timeout").isEqualTo(180L);
        var pod = job.getSpec().getTemplate().getSpec();
        assertThat(pod.getRestartPolicy()).isEqualTo("Never");
        assertThat(pod.getImagePullSecrets()).extracting(s -> s.getName()).containsExactly("registry-creds");
        assertThat(pod.getInitContainers()).extracting(Container::getName).containsExactly("fetch-inputs");
        assertThat(pod.getContainers()).extracting(Container::getName).containsExactly("component", "upload-outputs");

        Container component = pod.getContainers().get(0);
        assertThat(component.getImage()).isEqualTo("python:3.12-slim");
        assertThat(component.getCommand()).containsExactly("sh", "-c", "python3 \"$0\"; echo $? > /bytenite/.exit", "/bytenite/app/main.py");
        assertThat(component.getEnv()).extracting(EnvVar::getName, EnvVar::getValue).contains(
                org.assertj.core.groups.Tuple.tuple("TASK_DIR", "/bytenite/task-dir"),
                org.assertj.core.groups.Tuple.tuple("TASK_RESULTS_DIR", "/bytenite/task-results-dir"),
                org.assertj.core.groups.Tuple.tuple("APP_PARAMS", "{\"case\":\"upper\"}"));
        EnvVar chunk = component.getEnv().stream().filter(e -> e.getName().equals("CHUNK_NUMBER")).findFirst().orElseThrow();
        assertThat(chunk.getValueFrom().getFieldRef().getFieldPath())
                .isEqualTo("metadata.annotations['batch.kubernetes.io/job-completion-index']");
        assertThat(component.getEnvFrom()).extracting(e -> e.getSecretRef().getName()).containsExactly("bn-job-42-app");
        assertThat(component.getResources().getRequests()).containsEntry("cpu", new Quantity("2")).containsEntry("memory", new Quantity("4", "Gi"));
        assertThat(component.getResources().getLimits()).containsEntry("nvidia.com/gpu", new Quantity("1"));
        assertThat(pod.getInitContainers().get(0).getCommand().get(2)).contains("/bytenite/urls/$i.APP", "/bytenite/urls/$i.TASK_DIR")
                .doesNotContain("TASK_RESULTS_DIR");
        assertThat(pod.getContainers().get(1).getCommand().get(2)).contains("/bytenite/urls/$i.TASK_RESULTS_DIR", "curl -fsS -T")
                .endsWith("exit $(cat /bytenite/.exit)\n");
    }

    @Test
    void eachTaskGetsItsOwnFolderUrlsAndTheSecretsStayInASecret() {
        Stage stage = appStage(Map.of("VAULT_SECRET_KEY", "s3cret"));
        ConfigMap urls = jobs.urls("Job_42", stage, FILES);
        assertThat(urls.getData()).containsEntry("2.TASK_DIR", "http://local:8080/local/stages/read-w-task-2")
                .containsEntry("2.TASK_RESULTS_DIR", "http://local:8080/local/stages/write-w-task-2-results")
                .containsEntry("0.APP", "http://local:8080/local/stages/read-components-shout-app")
                .hasSize(3 * 5);
        Secret secret = jobs.secret("Job_42", stage);
        assertThat(secret.getStringData()).containsExactly(Map.entry("VAULT_SECRET_KEY", "s3cret"));
        assertThat(jobs.job("Job_42", stage).toString()).doesNotContain("s3cret");
        assertThat(jobs.secret("Job_42", appStage(Map.of()))).isNull();
    }

    @Test
    void theApiServerAcceptsAndKeepsTheObjects() {
        Stage stage = appStage(Map.of("VAULT_SECRET_KEY", "s3cret"));
        client.configMaps().inNamespace("bytenite").resource(jobs.urls("Job_42", stage, FILES)).create();
        client.secrets().inNamespace("bytenite").resource(jobs.secret("Job_42", stage)).create();
        client.batch().v1().jobs().inNamespace("bytenite").resource(jobs.job("Job_42", stage)).create();

        Job stored = client.batch().v1().jobs().inNamespace("bytenite").withName("bn-job-42-app").get();
        assertThat(stored.getSpec().getCompletions()).isEqualTo(3);
        assertThat(client.batch().v1().jobs().inNamespace("bytenite").withLabel("bytenite.com/job-id", "Job_42").list().getItems()).hasSize(1);
        assertThat(client.configMaps().inNamespace("bytenite").withName("bn-job-42-app").get().getData()).containsKey("1.TASK_DIR");
    }

    @Test
    void aComponentWithoutAnImageCannotRunOnTheCluster() {
        Stage stage = appStage(Map.of());
        Stage local = new Stage(stage.role(), "echo@1.0", stage.component(), null, stage.tasks(), null, null, StageListener.NONE);
        assertThatThrownBy(() -> jobs.job("j", local)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("echo@1.0");
    }
}
