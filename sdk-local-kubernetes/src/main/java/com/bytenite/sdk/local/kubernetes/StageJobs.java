package com.bytenite.sdk.local.kubernetes;

import com.bytenite.sdk.local.ComponentRole;
import com.bytenite.sdk.local.executor.ContainerSpec;
import com.bytenite.sdk.local.executor.ContractFolders;
import com.bytenite.sdk.local.executor.RegistryLogin;
import com.bytenite.sdk.local.executor.Stage;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerBuilder;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.EnvVarBuilder;
import io.fabric8.kubernetes.api.model.LocalObjectReference;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.fabric8.kubernetes.api.model.OwnerReferenceBuilder;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.SecretBuilder;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeBuilder;
import io.fabric8.kubernetes.api.model.VolumeMount;
import io.fabric8.kubernetes.api.model.VolumeMountBuilder;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import io.fabric8.kubernetes.api.model.batch.v1.JobBuilder;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The Kubernetes objects that run one stage: an Indexed Job whose completion index is the task's
 * index ({@code CHUNK_NUMBER} for the app), a Secret with the stage file URL and the component's
 * secret variables, and one with its private image's registry login. The Job is made suspended; the
 * Secrets are owned by it (so the cluster's garbage collector removes them with it) and made before
 * it is resumed, so no pod starts without them. Nothing grows with the number of tasks but the Job's
 * {@code completions}.
 *
 * <p>Each pod runs the scripts of {@link PodScripts}: no volume is shared with the machine Local
 * ByteNite runs on, only HTTP to it.
 */
final class StageJobs {
    static final String JOB_ID_LABEL = "bytenite.com/job-id";
    static final String STAGE_LABEL = "bytenite.com/stage";
    /** Where the Job controller writes each pod's completion index. */
    static final String INDEX_ANNOTATION = "batch.kubernetes.io/job-completion-index";
    /** The container that runs the component, whose log is the task's log. */
    static final String COMPONENT = "component";
    /** The container whose log is the component's stderr ({@link PodScripts#stderr()}). */
    static final String STDERR = "component-stderr";
    /** The volume of the cache claim, when there is one. */
    static final String CACHES = "caches";
    /** How long the cluster keeps a finished Job if Local ByteNite could not delete it (it stopped, say). */
    static final int TTL_SECONDS_AFTER_FINISHED = 3600;

    private final KubernetesSettings settings;
    private final Clock clock;

    StageJobs(KubernetesSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    /** The name every object of one stage of one job shares: lower case, DNS-safe, at most 63 characters. */
    static String name(String jobId, ComponentRole role) {
        String base = ("bn-" + jobId + "-" + role.name()).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9-]", "-");
        return base.length() <= 63 ? base : base.substring(0, 63).replaceAll("-+$", "");
    }

    /**
     * Where a cache folder is on the cache volume: {@code users/<user>} for {@code USER_CACHE_DIR}
     * (the user id with anything but letters, digits, {@code .}, {@code _} and {@code -} as
     * {@code _}), {@code shared} for {@code SHARED_CACHE_DIR}; null for other folders.
     */
    static String cacheSubPath(String folder, String owner) {
        return switch (folder) {
            case "USER_CACHE_DIR" -> "users/" + ("..".equals(owner) || ".".equals(owner) ? "_" : owner.replaceAll("[^A-Za-z0-9._-]", "_"));
            case "SHARED_CACHE_DIR" -> "shared";
            default -> null;
        };
    }

    /** The name of the Secret holding a stage's registry login. */
    static String pullSecretName(String stageName) {
        return stageName + "-pull";
    }

    /**
     * The Job that runs every task of {@code stage}, suspended.
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
        PodFolders folders = podFolders(stage);

        List<LocalObjectReference> pullSecrets = new ArrayList<>();
        if (spec.registryLogin() != null) {
            pullSecrets.add(new LocalObjectReference(pullSecretName(name)));
        }
        settings.imagePullSecret().ifPresent(secret -> pullSecrets.add(new LocalObjectReference(secret)));

        return new JobBuilder().withMetadata(metadata(name, jobId, stage.role()))
                .withNewSpec()
                .withSuspend(true)
                .withCompletionMode("Indexed")
                .withCompletions(tasks)
                .withParallelism(Math.min(tasks, settings.parallelism()))
                .withBackoffLimitPerIndex(stage.maxTaskRetries())
                .withMaxFailedIndexes(0)
                // Clusters before 1.29 ignore the two fields above; this keeps their retries bounded alike.
                .withBackoffLimit((int) Math.min(Integer.MAX_VALUE, (long) tasks * stage.maxTaskRetries()))
                .withActiveDeadlineSeconds(secondsUntil(stage.deadline()))
                .withTtlSecondsAfterFinished(TTL_SECONDS_AFTER_FINISHED)
                .withNewTemplate()
                .withNewMetadata().withLabels(labels(jobId, stage.role())).endMetadata()
                .withNewSpec()
                .withRestartPolicy("Never")
                .withActiveDeadlineSeconds(stage.taskTimeout() == null ? null : Math.max(1, stage.taskTimeout().toSeconds()))
                .withImagePullSecrets(pullSecrets)
                .withVolumes(folders.volumes())
                .withInitContainers(helper(name, "fetch-inputs", PodScripts.fetch(folders.fetched()), folders.mounts()))
                .withContainers(component(name, spec, stage, folders.mounts()), helper(name, STDERR, PodScripts.stderr(), folders.mounts()),
                        helper(name, "upload-outputs", PodScripts.upload(ContractFolders.outputs(stage.role())), folders.mounts()))
                .endSpec()
                .endTemplate()
                .endSpec()
                .build();
    }

    /** The stage file URL for the fetch and upload steps, and the component's secret variables. */
    Secret secret(String jobId, Stage stage, URI stageUrl, Job owner) {
        Map<String, String> data = new TreeMap<>(stage.container().secretEnv());
        data.put(PodScripts.STAGE_URL, stageUrl.toString());
        return new SecretBuilder().withMetadata(owned(name(jobId, stage.role()), jobId, stage.role(), owner)).withType("Opaque")
                .withStringData(data).build();
    }

    /** The private image's registry login as a {@code kubernetes.io/dockerconfigjson} Secret, or null for a public image. */
    Secret pullSecret(String jobId, Stage stage, Job owner) {
        RegistryLogin login = stage.container().registryLogin();
        if (login == null) {
            return null;
        }
        return new SecretBuilder().withMetadata(owned(pullSecretName(name(jobId, stage.role())), jobId, stage.role(), owner))
                .withType("kubernetes.io/dockerconfigjson")
                .withStringData(Map.of(".dockerconfigjson", DockerConfigJson.of(stage.container().image(), login))).build();
    }

    /** A pod's volumes, their mounts (the same in every container), and the inputs its fetch step downloads. */
    private record PodFolders(List<Volume> volumes, List<VolumeMount> mounts, List<String> fetched) {
        void add(String volume, String mountPath) {
            volumes.add(new VolumeBuilder().withName(volume).withNewEmptyDir().endEmptyDir().build());
            mounts.add(new VolumeMountBuilder().withName(volume).withMountPath(mountPath).build());
        }
    }

    /**
     * An {@code emptyDir} per contract folder, the app and the status, except the app's caches when
     * there is a cache claim: those are its folders, and are not fetched.
     */
    private PodFolders podFolders(Stage stage) {
        List<String> inputs = ContractFolders.inputs(stage.role());
        Optional<String> cacheClaim = stage.role() == ComponentRole.APP ? settings.cacheClaim() : Optional.empty();
        PodFolders folders = new PodFolders(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        cacheClaim.ifPresent(claim -> folders.volumes().add(new VolumeBuilder().withName(CACHES).withNewPersistentVolumeClaim()
                .withClaimName(claim).endPersistentVolumeClaim().build()));
        for (String folder : concat(inputs, ContractFolders.outputs(stage.role()))) {
            String subPath = cacheClaim.isEmpty() ? null : cacheSubPath(folder, stage.owner());
            if (subPath != null) {
                folders.mounts().add(new VolumeMountBuilder().withName(CACHES).withMountPath(PodScripts.mountPath(folder)).withSubPath(subPath)
                        .withReadOnly(folder.equals("SHARED_CACHE_DIR")).build());
                continue;
            }
            if (inputs.contains(folder)) {
                folders.fetched().add(folder);
            }
            folders.add(PodScripts.volumeName(folder), PodScripts.mountPath(folder));
        }
        for (String shared : List.of("app", "status")) {
            folders.add(shared, PodScripts.ROOT + "/" + shared);
        }
        return folders;
    }

    private Container component(String name, ContainerSpec spec, Stage stage, List<VolumeMount> mounts) {
        List<EnvVar> env = new ArrayList<>();
        List<String> folders = concat(ContractFolders.inputs(stage.role()), ContractFolders.outputs(stage.role()));
        for (Map.Entry<String, String> e : new TreeMap<>(stage.tasks().get(0).env()).entrySet()) {
            if (folders.contains(e.getKey())) {
                env.add(new EnvVar(e.getKey(), PodScripts.mountPath(e.getKey()), null));
            } else if (!e.getKey().equals("CHUNK_NUMBER")) {
                env.add(new EnvVar(e.getKey(), e.getValue(), null));
            }
        }
        if (stage.role() == ComponentRole.APP) {
            env.add(indexVariable("CHUNK_NUMBER"));
        }
        new TreeMap<>(spec.secretEnv()).keySet().forEach(variable -> env.add(fromSecret(variable, name)));
        ContainerBuilder c = new ContainerBuilder().withName(COMPONENT).withImage(spec.image())
                .withCommand(PodScripts.component(spec.entrypoint())).withEnv(env).withVolumeMounts(mounts);
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

    private Container helper(String stageName, String name, String script, List<VolumeMount> mounts) {
        return new ContainerBuilder().withName(name).withImage(settings.helperImage()).withCommand("sh", "-c", script)
                .withEnv(indexVariable("INDEX"), fromSecret(PodScripts.STAGE_URL, stageName)).withVolumeMounts(mounts).build();
    }

    /** A variable whose value is key {@code variable} of the stage's Secret. */
    private static EnvVar fromSecret(String variable, String secret) {
        return new EnvVarBuilder().withName(variable).withNewValueFrom().withNewSecretKeyRef().withName(secret).withKey(variable)
                .endSecretKeyRef().endValueFrom().build();
    }

    private static EnvVar indexVariable(String name) {
        return new EnvVarBuilder().withName(name).withNewValueFrom().withNewFieldRef()
                .withFieldPath("metadata.annotations['" + INDEX_ANNOTATION + "']").endFieldRef().endValueFrom().build();
    }

    private ObjectMeta metadata(String name, String jobId, ComponentRole role) {
        return new ObjectMetaBuilder().withName(name).withNamespace(settings.namespace()).withLabels(labels(jobId, role)).build();
    }

    private ObjectMeta owned(String name, String jobId, ComponentRole role, Job owner) {
        ObjectMeta meta = metadata(name, jobId, role);
        meta.setOwnerReferences(List.of(new OwnerReferenceBuilder().withApiVersion("batch/v1").withKind("Job")
                .withName(owner.getMetadata().getName()).withUid(owner.getMetadata().getUid()).build()));
        return meta;
    }

    private static Map<String, String> labels(String jobId, ComponentRole role) {
        Map<String, String> labels = new TreeMap<>();
        labels.put(JOB_ID_LABEL, jobId);
        labels.put(STAGE_LABEL, role.name().toLowerCase(Locale.ROOT));
        return labels;
    }

    /** Whole seconds from now until {@code deadline}, at least 1; null for no deadline. */
    private Long secondsUntil(Instant deadline) {
        return deadline == null ? null : Math.max(1, Duration.between(clock.instant(), deadline).toSeconds());
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }
}
