package com.bytenite.sdk.local.kubernetes;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerStatus;
import io.fabric8.kubernetes.api.model.ContainerStatusBuilder;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.PodStatusBuilder;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeMount;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import io.fabric8.kubernetes.api.model.batch.v1.JobCondition;
import io.fabric8.kubernetes.api.model.batch.v1.JobConditionBuilder;
import io.fabric8.kubernetes.api.model.batch.v1.JobStatusBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Plays a cluster's Job controller and kubelet against fabric8's mock API server (CRUD mode, which
 * stores objects but runs nothing). For each resumed Job of its namespace it makes one pod per
 * completion index and really runs the pod's containers here: their commands, with the pod's
 * environment (values, the completion index, keys of the stage's Secret). Each volume is a folder under
 * a scratch folder, seen at its mount path by the containers that mount it; any other path under
 * {@code /bytenite}, and the termination log, is private to each container, as in a real pod. It moves each pod through Pending,
 * Running and Succeeded or Failed (with the containers' exit codes, and {@code DeadlineExceeded} past
 * the pod's {@code activeDeadlineSeconds}), serves the component's and the stderr step's logs, retries an index up to
 * {@code backoffLimitPerIndex}, and writes the Job's status as the controller would.
 */
final class TestKubelet implements AutoCloseable {
    /** What the kubelet does with the pods. */
    enum Mode {
        /** Runs them. */
        RUN,
        /**
         * Runs them, and reports a pod Running only once its component has written its first line,
         * which its followed log then shows (the mock server answers a follow with the log so far).
         */
        RUN_LOGS_FIRST,
        /** Never makes any: the Job stays active. */
        HANG,
        /** Makes them, but the component's image cannot be pulled. */
        CANNOT_PULL,
        /** Makes them, but the helper image of their fetch step cannot be pulled. */
        HELPER_CANNOT_PULL,
        /**
         * Runs them, reporting the least a cluster might: the pods' phases only (no container
         * statuses), their index as a label only, and never the Job's status.
         */
        RUN_PHASES_ONLY
    }

    private final KubernetesClient client;
    private final KubernetesMockServer server;
    private final String namespace;
    private final Path scratch;
    private final Mode mode;
    private final Set<String> handled = ConcurrentHashMap.newKeySet();
    /** Every Job as the kubelet first saw it resumed. */
    final List<Job> jobs = new CopyOnWriteArrayList<>();
    /** Every pod it made, as made. */
    final List<Pod> pods = new CopyOnWriteArrayList<>();
    /** How many pods ran at once, at most. */
    final AtomicInteger mostPodsAtOnce = new AtomicInteger();
    private final AtomicInteger podsRunning = new AtomicInteger();
    /** The namespace's Secrets as they were when each Job was resumed. */
    final List<Secret> secrets = new CopyOnWriteArrayList<>();
    private final Thread thread;

    TestKubelet(KubernetesClient client, KubernetesMockServer server, String namespace, Path scratch, Mode mode) {
        this.client = client;
        this.server = server;
        this.namespace = namespace;
        this.scratch = scratch;
        this.mode = mode;
        this.thread = new Thread(this::loop, "test-kubelet");
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public void close() throws InterruptedException {
        thread.interrupt();
        thread.join(10_000);
    }

    private void loop() {
        try {
            while (!Thread.currentThread().isInterrupted()) {
                for (Job job : client.batch().v1().jobs().inNamespace(namespace).list().getItems()) {
                    if (!Boolean.TRUE.equals(job.getSpec().getSuspend()) && handled.add(job.getMetadata().getName())) {
                        jobs.add(job);
                        secrets.addAll(client.secrets().inNamespace(namespace).list().getItems());
                        if (mode != Mode.HANG) {
                            runUnlessDeleted(job);
                        }
                    }
                }
                Thread.sleep(20);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (KubernetesClientException e) {
            if (!Thread.currentThread().isInterrupted()) {
                throw e;
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Runs {@code job}; when Local ByteNite deletes it (or its pods) meanwhile, as it does on failures, stops. */
    private void runUnlessDeleted(Job job) throws IOException, InterruptedException {
        try {
            runJob(job);
        } catch (KubernetesClientException e) {
            if (e.getCode() != 404) {
                throw e;
            }
        }
    }

    /**
     * The Job controller: up to the Job's {@code parallelism} indexes at once, each retried up to
     * {@code backoffLimitPerIndex}. An index out of retries fails the Job at once (its
     * {@code maxFailedIndexes} is 0), and no index starts after that.
     */
    private void runJob(Job job) throws IOException, InterruptedException {
        if (mode == Mode.CANNOT_PULL || mode == Mode.HELPER_CANNOT_PULL) {
            Pod pod = makePod(job, 0, 0);
            if (mode == Mode.CANNOT_PULL) {
                setStatus(pod, "Pending", null, List.of(backOff(pod.getSpec().getContainers().get(0))));
            } else {
                setStatus(pod, "Pending", null, List.of(), List.of(backOff(pod.getSpec().getInitContainers().get(0))));
            }
            return;
        }
        int completions = job.getSpec().getCompletions();
        int parallelism = job.getSpec().getParallelism() == null ? 1 : job.getSpec().getParallelism();
        serveLogs(job, completions);
        JobProgress progress = new JobProgress(job);
        ExecutorService indexes = Executors.newFixedThreadPool(Math.max(1, Math.min(parallelism, completions)));
        try {
            List<Future<Void>> runs = new ArrayList<>();
            for (int index = 0; index < completions; index++) {
                int i = index;
                runs.add(indexes.submit(() -> runIndex(job, i, progress)));
            }
            for (Future<Void> run : runs) {
                awaitIndex(run);
            }
        } finally {
            indexes.shutdownNow();
        }
        progress.complete();
    }

    private static void awaitIndex(Future<Void> run) throws IOException, InterruptedException {
        try {
            run.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /**
     * Serves the component's and the stderr step's logs of every pod the Job may make, before any
     * is made: the mock server keeps its expectations in a plain map, which only this (the loop's)
     * thread writes to.
     */
    private void serveLogs(Job job, int completions) {
        for (int index = 0; index < completions; index++) {
            for (int attempt = 0; attempt <= retries(job); attempt++) {
                String pod = podName(job, index, attempt);
                for (String container : List.of(StageJobs.COMPONENT, StageJobs.STDERR)) {
                    Path log = containerLog(pod, container);
                    // A real API server streams a follow; the mock answers it with the log so far.
                    server.expect().get().withPath(logPath(pod, container) + "&follow=true").andReply(200, request -> read(log)).always();
                    server.expect().get().withPath(logPath(pod, container)).andReply(200, request -> read(log)).always();
                }
            }
        }
    }

    private static int retries(Job job) {
        return job.getSpec().getBackoffLimitPerIndex() == null ? 0 : job.getSpec().getBackoffLimitPerIndex();
    }

    private static String podName(Job job, int index, int attempt) {
        return job.getMetadata().getName() + "-" + index + "-" + attempt;
    }

    private Path containerLog(String pod, String container) {
        return scratch.resolve(pod).resolve("containers").resolve(container).resolve("log");
    }

    /** One index's pods, attempt after attempt, until one succeeds, the retries are spent or the Job is gone. */
    private Void runIndex(Job job, int index, JobProgress progress) throws IOException, InterruptedException {
        int retries = retries(job);
        for (int attempt = 0; !progress.failed(); attempt++) {
            mostPodsAtOnce.accumulateAndGet(podsRunning.incrementAndGet(), Math::max);
            int status;
            try {
                status = runPod(makePod(job, index, attempt));
            } finally {
                podsRunning.decrementAndGet();
            }
            if (client.batch().v1().jobs().inNamespace(namespace).withName(job.getMetadata().getName()).get() == null) {
                return null;
            }
            if (status == 0) {
                progress.succeeded(index);
                return null;
            }
            progress.podFailed(attempt >= retries);
            if (attempt >= retries) {
                return null;
            }
        }
        return null;
    }

    /** What the Job controller writes of one Job's status as its indexes run; one writer at a time. */
    private final class JobProgress {
        private final Job job;
        private final List<Integer> done = new ArrayList<>();
        private int failedPods;
        private boolean failed;

        JobProgress(Job job) {
            this.job = job;
        }

        synchronized boolean failed() {
            return failed;
        }

        synchronized void succeeded(int index) {
            done.add(index);
            writeJobStatus(job, done, failedPods, null);
        }

        synchronized void podFailed(boolean indexOutOfRetries) {
            failedPods++;
            failed |= indexOutOfRetries;
            writeJobStatus(job, done, failedPods, indexOutOfRetries ? new JobConditionBuilder().withType("Failed").withStatus("True")
                    .withReason("MaxFailedIndexesExceeded").withMessage("Job has exceeded the specified maximal number of failed indexes").build()
                    : null);
        }

        synchronized void complete() {
            if (!failed) {
                writeJobStatus(job, done, failedPods, new JobConditionBuilder().withType("Complete").withStatus("True").build());
            }
        }
    }

    private void writeJobStatus(Job job, List<Integer> done, int failed, JobCondition end) {
        if (mode == Mode.RUN_PHASES_ONLY) {
            return;
        }
        Job current = client.batch().v1().jobs().inNamespace(namespace).withName(job.getMetadata().getName()).get();
        if (current == null) {
            return;
        }
        StringBuilder indexes = new StringBuilder();
        done.stream().sorted().forEach(i -> indexes.append(indexes.length() == 0 ? "" : ",").append(i));
        current.setStatus(new JobStatusBuilder().withSucceeded(done.size()).withFailed(failed).withCompletedIndexes(indexes.toString())
                .withConditions(end == null ? List.of() : List.of(end)).build());
        client.batch().v1().jobs().inNamespace(namespace).resource(current).updateStatus();
    }

    private Pod makePod(Job job, int index, int attempt) {
        Map<String, String> labels = new HashMap<>(job.getSpec().getTemplate().getMetadata().getLabels());
        labels.put("job-name", job.getMetadata().getName());
        labels.put(StageJobs.INDEX_ANNOTATION, Integer.toString(index));
        Pod pod = new PodBuilder().withNewMetadata().withName(podName(job, index, attempt)).withNamespace(namespace)
                .withLabels(labels).withAnnotations(mode == Mode.RUN_PHASES_ONLY ? Map.of() : Map.of(StageJobs.INDEX_ANNOTATION, Integer.toString(index)))
                .withCreationTimestamp(Instant.now().toString())
                .addNewOwnerReference().withApiVersion("batch/v1").withKind("Job").withName(job.getMetadata().getName())
                .withUid(job.getMetadata().getUid()).withController(true).endOwnerReference().endMetadata()
                .withSpec(job.getSpec().getTemplate().getSpec()).withNewStatus().withPhase("Pending").endStatus().build();
        Pod made = client.pods().inNamespace(namespace).resource(pod).create();
        pods.add(made);
        return made;
    }

    /**
     * The kubelet: runs the init container, then the others together; returns the pod's exit
     * status (the first container's that is not 0, in the pod's order).
     */
    private int runPod(Pod pod) throws IOException, InterruptedException {
        String name = pod.getMetadata().getName();
        Path root = Files.createDirectories(scratch.resolve(name));
        PodSpec spec = pod.getSpec();
        String index = pod.getMetadata().getLabels().get(StageJobs.INDEX_ANNOTATION);
        Container init = spec.getInitContainers().get(0);
        int fetched = start(spec, init, root, index).waitFor();
        if (fetched != 0) {
            setStatus(pod, "Failed", null, List.of(), List.of(terminated(init.getName(), fetched, null)));
            return fetched;
        }
        Map<String, Process> containers = new LinkedHashMap<>();
        for (Container container : spec.getContainers()) {
            containers.put(container.getName(), start(spec, container, root, index));
        }
        Process component = containers.get(StageJobs.COMPONENT);
        while (mode == Mode.RUN_LOGS_FIRST && read(containerLog(name, StageJobs.COMPONENT)).isEmpty() && component.isAlive()) {
            Thread.sleep(10);
        }
        setStatus(pod, "Running", null, containers.keySet().stream().map(c -> new ContainerStatusBuilder().withName(c).withNewState()
                .withNewRunning().endRunning().endState().build()).toList());
        long deadline = spec.getActiveDeadlineSeconds() == null ? 60 : spec.getActiveDeadlineSeconds();
        if (!component.waitFor(deadline, TimeUnit.SECONDS)) {
            containers.values().forEach(Process::destroyForcibly);
            setStatus(pod, "Failed", "DeadlineExceeded", List.of());
            return 1;
        }
        List<ContainerStatus> ended = new ArrayList<>();
        int podStatus = 0;
        for (Map.Entry<String, Process> container : containers.entrySet()) {
            Process process = container.getValue();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
            int status = process.isAlive() ? 137 : process.exitValue();
            Path termination = root.resolve("containers").resolve(container.getKey()).resolve("termination-log");
            ended.add(terminated(container.getKey(), status, Files.exists(termination) ? Files.readString(termination) : null));
            podStatus = podStatus != 0 ? podStatus : status;
        }
        setStatus(pod, podStatus == 0 ? "Succeeded" : "Failed", null, ended);
        return podStatus;
    }

    private String logPath(String pod, String container) {
        return "/api/v1/namespaces/" + namespace + "/pods/" + pod + "/log?pretty=false&container=" + container;
    }

    private static String read(Path file) {
        try {
            return Files.exists(file) ? Files.readString(file) : "";
        } catch (IOException e) {
            return "";
        }
    }

    private static ContainerStatus backOff(Container container) {
        return new ContainerStatusBuilder().withName(container.getName()).withImage(container.getImage()).withNewState().withNewWaiting()
                .withReason("ImagePullBackOff").withMessage("Back-off pulling image").endWaiting().endState().build();
    }

    private static ContainerStatus terminated(String container, int exitCode, String message) {
        return new ContainerStatusBuilder().withName(container).withNewState().withNewTerminated().withExitCode(exitCode)
                .withMessage(message).endTerminated().endState().build();
    }

    private void setStatus(Pod pod, String phase, String reason, List<ContainerStatus> containers) {
        setStatus(pod, phase, reason, containers, List.of());
    }

    private void setStatus(Pod pod, String phase, String reason, List<ContainerStatus> containers, List<ContainerStatus> initContainers) {
        if (mode == Mode.RUN_PHASES_ONLY) {
            containers = List.of();
            initContainers = List.of();
        }
        Pod current = client.pods().inNamespace(namespace).withName(pod.getMetadata().getName()).get();
        if (current != null) {
            current.setStatus(new PodStatusBuilder().withPhase(phase).withReason(reason).withContainerStatuses(containers)
                    .withInitContainerStatuses(initContainers).build());
            client.pods().inNamespace(namespace).resource(current).updateStatus();
        }
    }

    /** Starts one container's command here, its paths (in arguments and variables) moved to where they are on this machine. */
    private Process start(PodSpec pod, Container container, Path root, String index) throws IOException {
        Path own = Files.createDirectories(root.resolve("containers").resolve(container.getName()));
        Map<String, Path> paths = new TreeMap<>(Comparator.comparing(String::length).reversed().thenComparing(Comparator.naturalOrder()));
        for (VolumeMount mount : container.getVolumeMounts()) {
            paths.put(mount.getMountPath(), Files.createDirectories(volume(pod, mount, root)));
        }
        paths.put(PodScripts.TERMINATION_LOG, own.resolve("termination-log"));
        paths.put(PodScripts.ROOT, Files.createDirectories(own.resolve("root")));
        List<String> command = container.getCommand().stream().map(arg -> here(arg, paths)).toList();
        ProcessBuilder process = new ProcessBuilder(command).redirectErrorStream(true);
        Map<String, String> env = process.environment();
        env.keySet().retainAll(Set.of("PATH", "HOME", "LANG"));
        for (EnvVar v : container.getEnv()) {
            if (v.getValueFrom() == null) {
                env.put(v.getName(), here(v.getValue(), paths));
            } else if (v.getValueFrom().getSecretKeyRef() != null) {
                env.put(v.getName(), secretValue(v.getValueFrom().getSecretKeyRef().getName(), v.getValueFrom().getSecretKeyRef().getKey()));
            } else {
                env.put(v.getName(), index);
            }
        }
        process.redirectOutput(own.resolve("log").toFile());
        return process.start();
    }

    /**
     * Where a mount is here: a folder of the pod for its own volumes; for a PersistentVolumeClaim, a
     * folder shared by every pod ({@code claims/<name>} under the scratch folder); plus the subPath.
     */
    private Path volume(PodSpec pod, VolumeMount mount, Path root) {
        Volume volume = pod.getVolumes().stream().filter(v -> v.getName().equals(mount.getName())).findFirst().orElseThrow();
        Path base = volume.getPersistentVolumeClaim() != null ? claim(volume.getPersistentVolumeClaim().getClaimName())
                : root.resolve("volumes").resolve(mount.getName());
        return mount.getSubPath() == null ? base : base.resolve(mount.getSubPath());
    }

    /** The folder that plays PersistentVolumeClaim {@code name}, the same for every pod. */
    Path claim(String name) {
        return scratch.resolve("claims").resolve(name);
    }

    /** A key of a Secret as a container sees it: from {@code stringData} as sent, or decoded from {@code data}. */
    private String secretValue(String secret, String key) {
        Secret s = client.secrets().inNamespace(namespace).withName(secret).get();
        if (s.getStringData() != null && s.getStringData().containsKey(key)) {
            return s.getStringData().get(key);
        }
        return new String(Base64.getDecoder().decode(s.getData().get(key)), StandardCharsets.UTF_8);
    }

    /**
     * {@code text} with each path replaced by where it is here, in one pass (what is put in is never
     * replaced again), the longest first where they overlap (a mount inside {@code /bytenite} before it).
     */
    private static String here(String text, Map<String, Path> paths) {
        if (text == null) {
            return null;
        }
        Matcher m = Pattern.compile(String.join("|", paths.keySet().stream().map(Pattern::quote).toList())).matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(paths.get(m.group()).toString()));
        }
        return m.appendTail(out).toString();
    }
}
