package com.bytenite.sdk.local.kubernetes;

import com.bytenite.sdk.local.ComponentRole;
import com.bytenite.sdk.local.executor.ContainerSpec;
import com.bytenite.sdk.local.executor.Stage;
import com.bytenite.sdk.local.executor.StageFiles;
import com.bytenite.sdk.local.executor.StageTask;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerBuilder;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.EnvVarBuilder;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.SecretBuilder;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeBuilder;
import io.fabric8.kubernetes.api.model.VolumeMount;
import io.fabric8.kubernetes.api.model.VolumeMountBuilder;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import io.fabric8.kubernetes.api.model.batch.v1.JobBuilder;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The Kubernetes objects that run one stage: a ConfigMap of the stage file URLs per task, a Secret
 * of the component's secret variables, and a Job. The partitioner and the assembler are a Job of one
 * pod; the app is an Indexed Job whose completion index is the chunk number.
 *
 * <p>Each pod has three containers sharing one {@code emptyDir} per contract folder:
 * <ul>
 *   <li>{@code fetch-inputs} (init, the helper image) downloads the task's input folders from Local
 *       ByteNite's stage file URLs;
 *   <li>{@code component} runs the manifest's image with the contract's variables, its entry point
 *       started by {@code sh} (so the image needs a POSIX shell), and records its exit status;
 *   <li>{@code upload-outputs} (the helper image) waits for that status, uploads the output folders,
 *       and exits with the component's status, so the pod fails exactly when the component did.
 * </ul>
 * No volume is shared with the machine Local ByteNite runs on: only HTTP to it.
 */
final class StageJobs {
    /** Where the pods mount the contract's folders and the task URLs. */
    static final String ROOT = "/bytenite";
    static final String JOB_ID_LABEL = "bytenite.com/job-id";
    static final String STAGE_LABEL = "bytenite.com/stage";
    private static final String INDEX_ANNOTATION = "batch.kubernetes.io/job-completion-index";

    private final KubernetesSettings settings;
    private final Clock clock;

    StageJobs(KubernetesSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    /** The contract folders a stage's tasks read (false) and write (true). */
    static Map<String, Boolean> folders(ComponentRole role) {
        Map<String, Boolean> out = new LinkedHashMap<>();
        switch (role) {
            case PARTITIONER -> {
                out.put("SOURCE_DIR", false);
                out.put("CHUNKS_DIR", true);
            }
            case APP -> {
                out.put("TASK_DIR", false);
                out.put("USER_CACHE_DIR", false);
                out.put("SHARED_CACHE_DIR", false);
                out.put("TASK_RESULTS_DIR", true);
            }
            default -> {
                out.put("TASK_RESULTS_DIR", false);
                out.put("OUTPUT_DIR", true);
            }
        }
        return out;
    }

    /** The name every object of one stage of one job shares: lower case, DNS-safe, at most 63 characters. */
    static String name(String jobId, ComponentRole role) {
        String base = ("bn-" + jobId + "-" + role.name()).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9-]", "-");
        return base.length() <= 63 ? base : base.substring(0, 63).replaceAll("-+$", "");
    }

    /** One key per task index ({@code <index>.<VAR>}): the URL of each of its folders. */
    ConfigMap urls(String jobId, Stage stage, StageFiles files) {
        Map<String, String> data = new TreeMap<>();
        for (int i = 0; i < stage.tasks().size(); i++) {
            StageTask task = stage.tasks().get(i);
            data.put(i + ".APP", files.downloadUrl(stage.container().appFolder()).toString());
            for (Map.Entry<String, Boolean> folder : folders(stage.role()).entrySet()) {
                Path local = Path.of(task.env().get(folder.getKey()));
                data.put(i + "." + folder.getKey(), (folder.getValue() ? files.uploadUrl(local) : files.downloadUrl(local)).toString());
            }
        }
        return new ConfigMapBuilder().withNewMetadata().withName(name(jobId, stage.role())).withNamespace(settings.namespace())
                .withLabels(labels(jobId, stage.role())).endMetadata().withData(data).build();
    }

    /** The component's secret variables, or null when it has none. */
    Secret secret(String jobId, Stage stage) {
        ContainerSpec spec = stage.container();
        if (spec.secretEnv().isEmpty()) {
            return null;
        }
        return new SecretBuilder().withNewMetadata().withName(name(jobId, stage.role())).withNamespace(settings.namespace())
                .withLabels(labels(jobId, stage.role())).endMetadata().withType("Opaque").withStringData(new TreeMap<>(spec.secretEnv()))
                .build();
    }

    /**
     * The Job that runs every task of {@code stage}.
     *
     * @throws IllegalArgumentException if the stage's component has no container image (a built-in
     *     or in-code component runs only in Local ByteNite's process)
     */
    Job job(String jobId, Stage stage) {
        ContainerSpec spec = stage.container();
        if (spec == null) {
            throw new IllegalArgumentException("component " + stage.componentTag() + " has no container image: it runs only locally");
        }
        String name = name(jobId, stage.role());
        int tasks = stage.tasks().size();
        Map<String, Boolean> folders = folders(stage.role());
        List<Volume> volumes = new ArrayList<>();
        List<VolumeMount> mounts = new ArrayList<>();
        for (String folder : folders.keySet()) {
            String volume = volumeName(folder);
            volumes.add(new VolumeBuilder().withName(volume).withNewEmptyDir().endEmptyDir().build());
            mounts.add(new VolumeMountBuilder().withName(volume).withMountPath(ROOT + "/" + volume).build());
        }
        volumes.add(new VolumeBuilder().withName("app").withNewEmptyDir().endEmptyDir().build());
        mounts.add(new VolumeMountBuilder().withName("app").withMountPath(ROOT + "/app").build());
        volumes.add(new VolumeBuilder().withName("urls").withNewConfigMap().withName(name).endConfigMap().build());
        mounts.add(new VolumeMountBuilder().withName("urls").withMountPath(ROOT + "/urls").withReadOnly(true).build());

        JobBuilder job = new JobBuilder().withNewMetadata().withName(name).withNamespace(settings.namespace())
                .withLabels(labels(jobId, stage.role())).endMetadata()
                .withNewSpec()
                .withCompletions(tasks)
                .withParallelism(Math.min(tasks, settings.parallelism()))
                .withBackoffLimit(0)
                .withActiveDeadlineSeconds(activeDeadline(stage))
                .withNewTemplate()
                .withNewMetadata().withLabels(labels(jobId, stage.role())).endMetadata()
                .withNewSpec()
                .withRestartPolicy("Never")
                .withVolumes(volumes)
                .withInitContainers(helper("fetch-inputs", fetchScript(folders), mounts))
                .withContainers(component(name, spec, stage, folders, mounts), helper("upload-outputs", uploadScript(folders), mounts))
                .endSpec()
                .endTemplate()
                .endSpec();
        if (tasks > 1 || stage.role() == ComponentRole.APP) {
            job.editSpec().withCompletionMode("Indexed").endSpec();
        }
        settings.imagePullSecret().ifPresent(secret -> job.editSpec().editTemplate().editSpec().addNewImagePullSecret(secret)
                .endSpec().endTemplate().endSpec());
        return job.build();
    }

    private Container component(String name, ContainerSpec spec, Stage stage, Map<String, Boolean> folders, List<VolumeMount> mounts) {
        List<EnvVar> env = new ArrayList<>();
        Map<String, String> first = stage.tasks().get(0).env();
        for (Map.Entry<String, String> e : new TreeMap<>(first).entrySet()) {
            if (folders.containsKey(e.getKey())) {
                env.add(new EnvVar(e.getKey(), ROOT + "/" + volumeName(e.getKey()), null));
            } else if (!e.getKey().equals("CHUNK_NUMBER")) {
                env.add(new EnvVar(e.getKey(), e.getValue(), null));
            }
        }
        if (stage.role() == ComponentRole.APP) {
            env.add(new EnvVarBuilder().withName("CHUNK_NUMBER").withNewValueFrom().withNewFieldRef()
                    .withFieldPath("metadata.annotations['" + INDEX_ANNOTATION + "']").endFieldRef().endValueFrom().build());
        }
        ContainerBuilder c = new ContainerBuilder().withName("component").withImage(spec.image())
                .withCommand("sh", "-c", launcher(spec.entrypoint()) + " \"$0\"; echo $? > " + ROOT + "/.exit", ROOT + "/app/" + spec.entrypoint())
                .withEnv(env).withVolumeMounts(mounts);
        if (!spec.secretEnv().isEmpty()) {
            c.addNewEnvFrom().withNewSecretRef().withName(name).endSecretRef().endEnvFrom();
        }
        Map<String, Quantity> requests = new TreeMap<>();
        if (spec.minCpu() != null) {
            requests.put("cpu", new Quantity(spec.minCpu()));
        }
        if (spec.minMemory() != null) {
            requests.put("memory", new Quantity(spec.minMemory(), "Gi"));
        }
        Map<String, Quantity> limits = new TreeMap<>();
        if (!spec.gpus().isEmpty()) {
            limits.put(settings.gpuResource(), new Quantity(Integer.toString(spec.gpus().size())));
        }
        return c.withNewResources().withRequests(requests).withLimits(limits).endResources().build();
    }

    /** How the platform starts an entry point, by its kind, as Local ByteNite does on this machine. */
    static String launcher(String entrypoint) {
        String lower = entrypoint.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".py")) {
            return "python3";
        }
        if (lower.endsWith(".jar")) {
            return "java -jar";
        }
        return "sh";
    }

    private Container helper(String name, String script, List<VolumeMount> mounts) {
        return new ContainerBuilder().withName(name).withImage(settings.helperImage()).withCommand("sh", "-c", script)
                .withEnv(new EnvVarBuilder().withName("INDEX").withNewValueFrom().withNewFieldRef()
                        .withFieldPath("metadata.annotations['" + INDEX_ANNOTATION + "']").endFieldRef().endValueFrom().build())
                .withVolumeMounts(mounts).build();
    }

    /** Downloads each input folder listed at its URL, file by file. */
    static String fetchScript(Map<String, Boolean> folders) {
        StringBuilder s = new StringBuilder("set -e; i=${INDEX:-0}\n");
        appendFetch(s, "APP", ROOT + "/app");
        folders.forEach((folder, output) -> {
            if (!output) {
                appendFetch(s, folder, ROOT + "/" + volumeName(folder));
            }
        });
        return s.toString();
    }

    private static void appendFetch(StringBuilder s, String key, String dir) {
        s.append("u=$(cat ").append(ROOT).append("/urls/$i.").append(key).append(")\n")
                .append("curl -fsS \"$u\" | while IFS= read -r f; do mkdir -p \"").append(dir).append("/$(dirname \"$f\")\"; ")
                .append("curl -fsS -o \"").append(dir).append("/$f\" \"$u/$(printf %s \"$f\" | sed 's#/#%2F#g')\"; done\n");
    }

    /** Waits for the component's exit status, uploads each output folder, and exits with that status. */
    static String uploadScript(Map<String, Boolean> folders) {
        StringBuilder s = new StringBuilder("i=${INDEX:-0}; while [ ! -f " + ROOT + "/.exit ]; do sleep 1; done\n");
        folders.forEach((folder, output) -> {
            if (output) {
                String dir = ROOT + "/" + volumeName(folder);
                s.append("u=$(cat ").append(ROOT).append("/urls/$i.").append(folder).append(")\n")
                        .append("(cd \"").append(dir).append("\" && find . -type f | sed 's#^\\./##' | while IFS= read -r f; do ")
                        .append("curl -fsS -T \"$f\" \"$u/$(printf %s \"$f\" | sed 's#/#%2F#g')\" || exit 1; done) || exit 1\n");
            }
        });
        return s.append("exit $(cat ").append(ROOT).append("/.exit)\n").toString();
    }

    static String volumeName(String folder) {
        return folder.toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private Map<String, String> labels(String jobId, ComponentRole role) {
        Map<String, String> labels = new TreeMap<>();
        labels.put(JOB_ID_LABEL, jobId);
        labels.put(STAGE_LABEL, role.name().toLowerCase(Locale.ROOT));
        return labels;
    }

    /** The tighter of the task timeout and the time left before the job's deadline, in whole seconds; null for none. */
    private Long activeDeadline(Stage stage) {
        Long out = stage.taskTimeout() == null ? null : Math.max(1, stage.taskTimeout().toSeconds());
        Instant deadline = stage.deadline();
        if (deadline != null) {
            long left = Math.max(1, Duration.between(clock.instant(), deadline).toSeconds());
            out = out == null ? left : Math.min(out, left);
        }
        return out;
    }
}
