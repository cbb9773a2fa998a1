package com.bytenite.sdk.local.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.bytenite.sdk.local.ComponentRole;
import com.bytenite.sdk.local.executor.ContainerSpec;
import com.bytenite.sdk.local.executor.RegistryLogin;
import com.bytenite.sdk.local.executor.Stage;
import com.bytenite.sdk.local.executor.StageListener;
import com.bytenite.sdk.local.executor.StageTask;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import io.fabric8.kubernetes.api.model.batch.v1.JobBuilder;
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
            Optional.of("registry-creds"), "nvidia.com/gpu", Optional.empty()), Clock.fixed(NOW, ZoneOffset.UTC));

    private static final URI STAGE_URL = URI.create("http://local:8080/local/stages/0f3a");
    /** The Job as the API server returned it: a uid for the other objects' owner references. */
    private static final Job OWNER = new JobBuilder().withNewMetadata().withName("bn-job-42-app").withUid("5f0e-uid").endMetadata().build();

    static Stage appStage(Map<String, String> secrets, RegistryLogin login) {
        List<StageTask> tasks = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            tasks.add(new StageTask("task-" + i, Map.of("TASK_DIR", "/w/task-" + i, "TASK_RESULTS_DIR", "/w/task-" + i + "/results",
                    "USER_CACHE_DIR", "/cache/user", "SHARED_CACHE_DIR", "/cache/shared", "APP_PARAMS", "{\"case\":\"upper\"}",
                    "CHUNK_NUMBER", Integer.toString(i)), Path.of("/w/task-" + i), (text, stderr) -> { }));
        }
        ContainerSpec spec = new ContainerSpec("python:3.12-slim", Path.of("/components/shout/app"), "main.py", "2", "4", List.of("T4"),
                secrets, login);
        return new Stage(ComponentRole.APP, "alice", "shout@1.0", (env, work, log) -> 0, spec, tasks, Duration.ofMinutes(5), 2,
                NOW.plus(Duration.ofMinutes(30)), StageListener.NONE);
    }

    @Test
    void anAppStageIsASuspendedIndexedJobWithOnePodPerChunk() {
        Job job = jobs.job("Job_42", appStage(Map.of("VAULT_SECRET_KEY", "s3cret"), new RegistryLogin("robot", "t0ken")));

        assertThat(job.getMetadata().getName()).isEqualTo("bn-job-42-app");
        assertThat(job.getMetadata().getNamespace()).isEqualTo("bytenite");
        assertThat(job.getMetadata().getLabels()).containsEntry("bytenite.com/job-id", "Job_42").containsEntry("bytenite.com/stage", "app");
        var spec = job.getSpec();
        assertThat(spec.getSuspend()).as("resumed once its ConfigMap and Secrets exist").isTrue();
        assertThat(spec.getCompletionMode()).isEqualTo("Indexed");
        assertThat(spec.getCompletions()).isEqualTo(3);
        assertThat(spec.getParallelism()).isEqualTo(2);
        assertThat(spec.getBackoffLimitPerIndex()).as("the template's maxTaskRetries").isEqualTo(2);
        assertThat(spec.getMaxFailedIndexes()).isZero();
        assertThat(spec.getBackoffLimit()).as("3 tasks x 2 retries, for clusters before 1.29").isEqualTo(6);
        assertThat(spec.getActiveDeadlineSeconds()).as("the job's deadline, from now").isEqualTo(1800L);
        assertThat(spec.getTtlSecondsAfterFinished()).isEqualTo(3600);
        var pod = spec.getTemplate().getSpec();
        assertThat(pod.getActiveDeadlineSeconds()).as("the task timeout").isEqualTo(300L);
        assertThat(pod.getRestartPolicy()).isEqualTo("Never");
        assertThat(pod.getImagePullSecrets()).extracting(s -> s.getName()).containsExactly("bn-job-42-app-pull", "registry-creds");
        assertThat(pod.getInitContainers()).extracting(Container::getName).containsExactly("fetch-inputs");
        assertThat(pod.getContainers()).extracting(Container::getName).containsExactly("component", "component-stderr", "upload-outputs");
        assertThat(pod.getVolumes()).extracting(v -> v.getName()).containsExactly("task-dir", "user-cache-dir", "shared-cache-dir",
                "task-results-dir", "app", "status");

        Container component = pod.getContainers().get(0);
        assertThat(component.getImage()).isEqualTo("python:3.12-slim");
        assertThat(component.getCommand()).hasSize(4).startsWith("sh", "-c").endsWith("/bytenite/app/main.py");
        assertThat(component.getCommand().get(2)).contains("then python3 \"$0\" 2> /bytenite/status/stderr-pipe; else python3 \"$0\"; fi; s=$?\n")
                .endsWith("{ echo $s > /bytenite/status/exit; } 2>/dev/null; exit $s");
        Container stderr = pod.getContainers().get(1);
        assertThat(stderr.getImage()).isEqualTo("curlimages/curl:8.11.1");
        assertThat(stderr.getCommand().get(2)).startsWith("tee /bytenite/status/stderr < /bytenite/status/stderr-pipe & t=$!\n")
                .contains("> /dev/termination-log");
        assertThat(component.getEnv()).extracting(EnvVar::getName, EnvVar::getValue).contains(
                org.assertj.core.groups.Tuple.tuple("TASK_DIR", "/bytenite/task-dir"),
                org.assertj.core.groups.Tuple.tuple("TASK_RESULTS_DIR", "/bytenite/task-results-dir"),
                org.assertj.core.groups.Tuple.tuple("APP_PARAMS", "{\"case\":\"upper\"}"));
        EnvVar chunk = component.getEnv().stream().filter(e -> e.getName().equals("CHUNK_NUMBER")).findFirst().orElseThrow();
        assertThat(chunk.getValueFrom().getFieldRef().getFieldPath())
                .isEqualTo("metadata.annotations['batch.kubernetes.io/job-completion-index']");
        EnvVar vault = component.getEnv().stream().filter(e -> e.getName().equals("VAULT_SECRET_KEY")).findFirst().orElseThrow();
        assertThat(vault.getValueFrom().getSecretKeyRef()).extracting(r -> r.getName(), r -> r.getKey())
                .containsExactly("bn-job-42-app", "VAULT_SECRET_KEY");
        assertThat(component.getEnv()).extracting(EnvVar::getName).as("the stage URL is for the helpers only").doesNotContain("BYTENITE_STAGE_URL");
        assertThat(pod.getInitContainers().get(0).getEnv()).extracting(EnvVar::getName).containsExactly("INDEX", "BYTENITE_STAGE_URL");
        assertThat(component.getResources().getRequests()).containsEntry("cpu", new Quantity("2")).containsEntry("memory", new Quantity("4", "Gi"));
        assertThat(component.getResources().getLimits()).containsEntry("nvidia.com/gpu", new Quantity("1"));
        assertThat(pod.getInitContainers().get(0).getCommand().get(2)).contains("umask 0;", "mkfifo /bytenite/status/stderr-pipe\n",
                "u=\"$BYTENITE_STAGE_URL/$i/$1\"", "fetch APP /bytenite/app\n",
                "fetch TASK_DIR /bytenite/task-dir\n").doesNotContain("TASK_RESULTS_DIR");
        assertThat(pod.getContainers().get(2).getCommand().get(2)).contains("[ \"$s\" = 0 ] || exit \"$s\"",
                "(upload TASK_RESULTS_DIR /bytenite/task-results-dir) || exit 1\n", "curl -fsS -T").endsWith("exit 0\n");
    }

    @Test
    void theStageUrlAndTheCredentialsStayInSecretsOwnedByTheJob() {
        Stage stage = appStage(Map.of("VAULT_SECRET_KEY", "s3cret"), new RegistryLogin("robot", "t0ken"));
        Secret secret = jobs.secret("Job_42", stage, STAGE_URL, OWNER);
        assertThat(secret.getStringData()).containsExactly(Map.entry("BYTENITE_STAGE_URL", STAGE_URL.toString()),
                Map.entry("VAULT_SECRET_KEY", "s3cret"));
        assertThat(secret.getMetadata().getOwnerReferences()).singleElement().satisfies(o -> {
            assertThat(o.getKind()).isEqualTo("Job");
            assertThat(o.getName()).isEqualTo("bn-job-42-app");
            assertThat(o.getUid()).isEqualTo("5f0e-uid");
        });
        Secret pull = jobs.pullSecret("Job_42", stage, OWNER);
        assertThat(pull.getMetadata().getName()).isEqualTo("bn-job-42-app-pull");
        assertThat(pull.getType()).isEqualTo("kubernetes.io/dockerconfigjson");
        assertThat(pull.getStringData().get(".dockerconfigjson")).isEqualTo("{\"auths\":{\"https://index.docker.io/v1/\":{\"username\":"
                + "\"robot\",\"password\":\"t0ken\",\"auth\":\"cm9ib3Q6dDBrZW4=\"}}}");
        assertThat(pull.getMetadata().getOwnerReferences()).extracting(o -> o.getUid()).containsExactly("5f0e-uid");
        assertThat(jobs.job("Job_42", stage).toString()).doesNotContain("s3cret").doesNotContain("t0ken");
        assertThat(jobs.secret("Job_42", appStage(Map.of(), null), STAGE_URL, OWNER).getStringData()).containsOnlyKeys("BYTENITE_STAGE_URL");
        assertThat(jobs.pullSecret("Job_42", appStage(Map.of(), null), OWNER)).isNull();
        assertThat(jobs.job("Job_42", appStage(Map.of(), null)).getSpec().getTemplate().getSpec().getImagePullSecrets())
                .extracting(r -> r.getName()).containsExactly("registry-creds");
    }

    @Test
    void withACacheClaimTheAppsCachesAreFoldersOfItInsteadOfCopies() {
        StageJobs withCaches = new StageJobs(new KubernetesSettings("bytenite", "curlimages/curl:8.11.1", 2, Optional.empty(), "nvidia.com/gpu",
                Optional.of("bytenite-caches")), Clock.fixed(NOW, ZoneOffset.UTC));
        var pod = withCaches.job("Job_42", appStage(Map.of(), null)).getSpec().getTemplate().getSpec();
        assertThat(pod.getVolumes()).filteredOn(v -> v.getPersistentVolumeClaim() != null).singleElement()
                .satisfies(v -> assertThat(v.getPersistentVolumeClaim().getClaimName()).isEqualTo("bytenite-caches"));
        assertThat(pod.getVolumes()).extracting(v -> v.getName()).doesNotContain("user-cache-dir", "shared-cache-dir");
        var mounts = pod.getContainers().get(0).getVolumeMounts();
        assertThat(mounts).filteredOn(m -> m.getName().equals("caches"))
                .extracting(m -> m.getMountPath(), m -> m.getSubPath(), m -> m.getReadOnly())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("/bytenite/user-cache-dir", "users/alice", false),
                        org.assertj.core.groups.Tuple.tuple("/bytenite/shared-cache-dir", "shared", true));
        assertThat(pod.getInitContainers().get(0).getCommand().get(2)).contains("fetch TASK_DIR").doesNotContain("CACHE_DIR");
        assertThat(StageJobs.cacheSubPath("USER_CACHE_DIR", "../etc")).isEqualTo("users/.._etc");
        assertThat(StageJobs.cacheSubPath("USER_CACHE_DIR", "..")).isEqualTo("users/_");
        assertThat(StageJobs.cacheSubPath("TASK_DIR", "alice")).isNull();
    }

    @Test
    void theRegistryIsTheImagesHostOrDockerHub() {
        assertThat(DockerConfigJson.registry("registry.example:5000/team/shout:1")).isEqualTo("registry.example:5000");
        assertThat(DockerConfigJson.registry("ghcr.io/bytenite/app")).isEqualTo("ghcr.io");
        assertThat(DockerConfigJson.registry("localhost/app")).isEqualTo("localhost");
        assertThat(DockerConfigJson.registry("bytenite/app:2")).isEqualTo("https://index.docker.io/v1/");
        assertThat(DockerConfigJson.registry("python:3.12")).isEqualTo("https://index.docker.io/v1/");
    }

    @Test
    void theApiServerAcceptsAndKeepsTheObjects() {
        Stage stage = appStage(Map.of("VAULT_SECRET_KEY", "s3cret"), new RegistryLogin("robot", "t0ken"));
        Job created = client.batch().v1().jobs().inNamespace("bytenite").resource(jobs.job("Job_42", stage)).create();
        client.secrets().inNamespace("bytenite").resource(jobs.secret("Job_42", stage, STAGE_URL, created)).create();
        client.secrets().inNamespace("bytenite").resource(jobs.pullSecret("Job_42", stage, created)).create();

        Job stored = client.batch().v1().jobs().inNamespace("bytenite").withName("bn-job-42-app").get();
        assertThat(stored.getSpec().getCompletions()).isEqualTo(3);
        assertThat(client.batch().v1().jobs().inNamespace("bytenite").withLabel("bytenite.com/job-id", "Job_42").list().getItems()).hasSize(1);
        assertThat(client.secrets().inNamespace("bytenite").withLabel("bytenite.com/job-id", "Job_42").list().getItems()).hasSize(2);
    }

    @Test
    void aComponentWithoutAnImageCannotRunOnTheCluster() {
        Stage stage = appStage(Map.of(), null);
        Stage local = new Stage(stage.role(), stage.owner(), "echo@1.0", stage.component(), null, stage.tasks(), null, 0, null, StageListener.NONE);
        assertThatThrownBy(() -> jobs.job("j", local)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("echo@1.0");
    }
}
