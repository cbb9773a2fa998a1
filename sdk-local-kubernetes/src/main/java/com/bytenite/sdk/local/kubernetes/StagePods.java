package com.bytenite.sdk.local.kubernetes;

import com.bytenite.sdk.local.executor.SecretMask;
import com.bytenite.sdk.local.executor.Stage;
import com.bytenite.sdk.local.executor.StageFailedException;
import com.bytenite.sdk.local.executor.StageTask;
import io.fabric8.kubernetes.api.model.ContainerStateWaiting;
import io.fabric8.kubernetes.api.model.ContainerStatus;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.informers.ResourceEventHandler;
import io.fabric8.kubernetes.client.informers.SharedIndexInformer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Follows the pods of one stage's Job and reports its tasks as Local ByteNite reports tasks that run
 * on its own machine (from the informer's thread): a start when a pod's component starts, the
 * component's stdout and stderr line by line ({@link PodLog}) and an end when the pod ends, a retry
 * when a failed task has retries left. A failed task's last stderr line also comes from the stderr
 * step's termination message, for when its log cannot be read. The component's secrets are masked in
 * both, as on this machine.
 */
final class StagePods implements AutoCloseable {
    /** Waiting reasons after which a container will not start without someone changing something. */
    private static final Set<String> CANNOT_START = Set.of("ImagePullBackOff", "ErrImageNeverPull", "InvalidImageName",
            "CreateContainerConfigError", "CreateContainerError");
    private static final Comparator<Pod> BY_INDEX_THEN_AGE = Comparator.comparing((Pod p) -> index(p), Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(p -> Objects.requireNonNullElse(p.getMetadata().getCreationTimestamp(), ""))
            .thenComparing(p -> p.getMetadata().getName());

    private final KubernetesClient client;
    private final String namespace;
    private final String jobId;
    private final Stage stage;
    private final SecretMask mask;
    private final Set<String> started = new HashSet<>();
    private final Set<String> ended = new HashSet<>();
    private final Set<String> running = ConcurrentHashMap.newKeySet();
    private final Map<Integer, Integer> failures = new HashMap<>();
    private final Set<Integer> succeeded = ConcurrentHashMap.newKeySet();
    private final Map<String, PodLog> logs = new HashMap<>();
    private volatile StageFailedException failure;
    private volatile StageFailedException stop;
    private SharedIndexInformer<Pod> informer;

    StagePods(KubernetesClient client, String namespace, String jobId, Stage stage) {
        this.client = client;
        this.namespace = namespace;
        this.jobId = jobId;
        this.stage = stage;
        this.mask = SecretMask.of(stage.container() == null ? List.of() : stage.container().secretEnv().values());
    }

    /**
     * Starts following the pods as the API server reports their changes (an informer: one list,
     * then a watch that is resumed when it drops), so the API load grows with the changes, not with
     * the number of pods times the seconds.
     */
    void start() {
        informer = client.pods().inNamespace(namespace).withLabel(StageJobs.JOB_ID_LABEL, jobId)
                .withLabel(StageJobs.STAGE_LABEL, stage.role().name().toLowerCase(Locale.ROOT)).inform(new ResourceEventHandler<>() {
                    @Override
                    public void onAdd(Pod pod) {
                        changed(pod);
                    }

                    @Override
                    public void onUpdate(Pod before, Pod pod) {
                        changed(pod);
                    }

                    @Override
                    public void onDelete(Pod pod, boolean finalStateUnknown) {
                        running.remove(pod.getMetadata().getName());
                    }
                }, 0);
    }

    /**
     * Reads the stage's pods once more, for the changes the watch has not delivered yet: called when
     * the Job has ended, so that every task's end and log are reported before the stage's.
     *
     * @throws StageFailedException as {@link #stopped()} would
     */
    void sweep() throws StageFailedException {
        List<Pod> pods = client.pods().inNamespace(namespace).withLabel(StageJobs.JOB_ID_LABEL, jobId)
                .withLabel(StageJobs.STAGE_LABEL, stage.role().name().toLowerCase(Locale.ROOT)).list().getItems();
        pods.stream().sorted(BY_INDEX_THEN_AGE).forEach(this::changed);
        if (stop != null) {
            throw stop;
        }
    }

    /**
     * Why the stage must end now, if it must: a task timed out (its pod's deadline, from the task
     * timeout) or its container cannot start (an image that cannot be pulled, a missing Secret).
     *
     * @return the failure, or null
     */
    StageFailedException stopped() {
        return stop;
    }

    /** The task that failed with no retries left, if one did: what the stage fails with. */
    StageFailedException failure() {
        return failure;
    }

    /** Whether a pod of every task has succeeded: the stage is done, whatever the Job's status says yet. */
    boolean allSucceeded() {
        return succeeded.size() == stage.tasks().size();
    }

    /** How many of the stage's pods are running. */
    int running() {
        return running.size();
    }

    /** Stops following the pods. */
    @Override
    public void close() {
        if (informer != null) {
            informer.close();
        }
    }

    /** Reports what changed for one pod; each start and end once, whichever way the pod is seen first. */
    private synchronized void changed(Pod pod) {
        Integer index = index(pod);
        if (index == null || index >= stage.tasks().size() || pod.getStatus() == null) {
            return;
        }
        StageTask task = stage.tasks().get(index);
        String name = pod.getMetadata().getName();
        String phase = Objects.requireNonNullElse(pod.getStatus().getPhase(), "Pending");
        ContainerStatus component = containerStatus(pod, StageJobs.COMPONENT);
        // Without container statuses (a cluster that reports phases only), a running pod's component has begun.
        boolean began = component == null ? phase.equals("Running") : began(component);
        boolean over = phase.equals("Succeeded") || phase.equals("Failed");
        try {
            refuseStuck(pod);
            if ((over || began) && started.add(name)) {
                stage.listener().started(task.id());
            }
            if (began && !over) {
                podLog(name, task).follow(c -> began(containerStatus(pod, c)));
            }
            if (phase.equals("Running")) {
                running.add(name);
            } else {
                running.remove(name);
            }
            if (over && ended.add(name)) {
                podLog(name, task).finish();
                logs.remove(name);
                if (phase.equals("Succeeded")) {
                    succeeded.add(index);
                    stage.listener().ended(task.id(), true);
                } else {
                    failed(pod, index, task);
                }
            }
        } catch (StageFailedException e) {
            stop = stop == null ? e : stop;
        }
    }

    private PodLog podLog(String pod, StageTask task) {
        return logs.computeIfAbsent(pod, n -> new PodLog(client, namespace, n, mask.wrap(task.log())));
    }

    private void failed(Pod pod, int index, StageTask task) throws StageFailedException {
        if ("DeadlineExceeded".equals(pod.getStatus().getReason()) && stage.taskTimeout() != null) {
            stage.listener().ended(task.id(), false);
            throw new StageFailedException(task.id() + " timed out after " + stage.taskTimeout().toSeconds() + " s (taskTimeout)", null);
        }
        int status = exitStatus(pod);
        int failedSoFar = failures.merge(index, 1, Integer::sum);
        if (failedSoFar <= stage.maxTaskRetries()) {
            stage.listener().retrying(task.id(), status, failedSoFar);
            return;
        }
        stage.listener().ended(task.id(), false);
        failure = status > 0 ? new StageFailedException(task.id(), status, mask.apply(terminationMessage(containerStatus(pod, StageJobs.STDERR))))
                : new StageFailedException(whyNotRun(pod, task), null);
    }

    /** Why a pod failed before its component ran: its inputs could not be fetched, or the cluster's reason. */
    private static String whyNotRun(Pod pod, StageTask task) {
        List<ContainerStatus> init = pod.getStatus().getInitContainerStatuses();
        for (ContainerStatus s : init == null ? List.<ContainerStatus>of() : init) {
            if (s.getState() != null && s.getState().getTerminated() != null && !Integer.valueOf(0).equals(s.getState().getTerminated().getExitCode())) {
                return task.id() + " could not fetch its inputs from Local ByteNite (" + s.getName() + " exited with status "
                        + s.getState().getTerminated().getExitCode() + "): the pods must reach its --public-url";
            }
        }
        return task.id() + " failed on the cluster: " + Objects.requireNonNullElse(pod.getStatus().getReason(), "no reason given");
    }

    /** The component's exit status, or the upload step's when the component succeeded; -1 when neither ended by itself. */
    private static int exitStatus(Pod pod) {
        for (String container : List.of(StageJobs.COMPONENT, "upload-outputs")) {
            ContainerStatus s = containerStatus(pod, container);
            if (s != null && s.getState() != null && s.getState().getTerminated() != null) {
                Integer code = s.getState().getTerminated().getExitCode();
                if (code != null && code != 0) {
                    return code;
                }
            }
        }
        return -1;
    }

    /** Fails the stage when one of the pod's containers (the component or a helper step) will not start. */
    private void refuseStuck(Pod pod) throws StageFailedException {
        List<ContainerStatus> all = new ArrayList<>();
        Optional.ofNullable(pod.getStatus().getInitContainerStatuses()).ifPresent(all::addAll);
        Optional.ofNullable(pod.getStatus().getContainerStatuses()).ifPresent(all::addAll);
        for (ContainerStatus s : all) {
            ContainerStateWaiting waiting = s.getState() == null ? null : s.getState().getWaiting();
            if (waiting != null && CANNOT_START.contains(waiting.getReason())) {
                String what = StageJobs.COMPONENT.equals(s.getName()) ? stage.componentTag() + " (image " + stage.container().image() + ")"
                        : "the " + s.getName() + " step (image " + s.getImage() + ")";
                throw new StageFailedException("the cluster cannot start " + what + ": " + waiting.getReason()
                        + (waiting.getMessage() == null ? "" : ": " + waiting.getMessage()), null);
            }
        }
    }

    private static String terminationMessage(ContainerStatus s) {
        if (s == null || s.getState() == null || s.getState().getTerminated() == null) {
            return null;
        }
        String message = s.getState().getTerminated().getMessage();
        return message == null || message.isBlank() ? null : message.strip();
    }

    private static boolean began(ContainerStatus s) {
        return s != null && s.getState() != null && (s.getState().getRunning() != null || s.getState().getTerminated() != null);
    }

    private static ContainerStatus containerStatus(Pod pod, String container) {
        List<ContainerStatus> all = pod.getStatus() == null ? null : pod.getStatus().getContainerStatuses();
        return all == null ? null : all.stream().filter(s -> container.equals(s.getName())).findFirst().orElse(null);
    }

    /** The pod's completion index: its annotation, or its label (Kubernetes sets both since 1.28). */
    private static Integer index(Pod pod) {
        Map<String, String> annotations = pod.getMetadata().getAnnotations();
        Map<String, String> labels = pod.getMetadata().getLabels();
        String text = annotations == null ? null : annotations.get(StageJobs.INDEX_ANNOTATION);
        if (text == null && labels != null) {
            text = labels.get(StageJobs.INDEX_ANNOTATION);
        }
        try {
            return text == null ? null : Integer.valueOf(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
