package com.bytenite.sdk.local.kubernetes;

import com.bytenite.sdk.local.executor.JobStages;
import com.bytenite.sdk.local.executor.Stage;
import com.bytenite.sdk.local.executor.StageExecutor;
import com.bytenite.sdk.local.executor.StageFailedException;
import com.bytenite.sdk.local.executor.StageFiles;
import io.fabric8.kubernetes.api.model.DeletionPropagation;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import io.fabric8.kubernetes.api.model.batch.v1.JobCondition;
import io.fabric8.kubernetes.api.model.batch.v1.JobStatus;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.logging.Logger;

/**
 * Runs stages on a Kubernetes cluster: each stage whose component has a container image becomes
 * the objects {@code StageJobs} describes, followed until the Job completes or fails, then deleted
 * (foreground propagation, so its pods go too). Stages of components that run only in Local
 * ByteNite's process (the built-in engines, components registered in code) run on {@code local}.
 *
 * <pre>{@code
 * LocalByteNite.builder()
 *         .stageExecutor(new KubernetesStageExecutor(kubernetesClient, KubernetesSettings.in("bytenite"),
 *                 StageExecutor.onThisMachine(4)))
 *         .publicUrl("http://local-bytenite.example:8080")    // pods must reach the stage file URLs
 *         .start();
 * }</pre>
 *
 * <p>Task states, retries and logs come from the Job's pods ({@code StagePods}); the stage ends
 * when a pod of every task has succeeded, a task has failed with no retries left, or the Job has a
 * {@code Complete} or {@code Failed} condition, whichever is seen first. A failed task fails the stage as
 * it does on this machine: with its id, exit status and last error line; a task timeout is the
 * pod's {@code activeDeadlineSeconds}, the job timeout the Job's.
 */
public final class KubernetesStageExecutor implements StageExecutor {
    private static final Logger LOG = Logger.getLogger(KubernetesStageExecutor.class.getName());
    private final KubernetesClient client;
    private final KubernetesSettings settings;
    private final StageExecutor local;
    private final StageJobs plans;
    private final Duration poll;
    /** True when this executor made the client (from the provider), so it closes it too. */
    private final boolean ownsClient;

    /**
     * An executor on {@code client}'s cluster. Closing it closes {@code local}, not the client, which
     * stays the caller's.
     *
     * @param client the cluster
     * @param settings namespace, helper image, parallelism, pull secret
     * @param local where stages without a container image run
     */
    public KubernetesStageExecutor(KubernetesClient client, KubernetesSettings settings, StageExecutor local) {
        this(client, settings, local, Clock.systemUTC(), Duration.ofSeconds(1), false);
    }

    KubernetesStageExecutor(KubernetesClient client, KubernetesSettings settings, StageExecutor local, Clock clock, Duration poll,
            boolean ownsClient) {
        this.client = Objects.requireNonNull(client, "client must not be null");
        this.settings = Objects.requireNonNull(settings, "settings must not be null");
        this.local = Objects.requireNonNull(local, "local must not be null");
        this.plans = new StageJobs(settings, clock);
        this.poll = poll;
        this.ownsClient = ownsClient;
    }

    @Override
    public JobStages open(String jobId, StageFiles files) {
        return new ClusterStages(jobId, files, local.open(jobId, files));
    }

    @Override
    public void close() {
        local.close();
        if (ownsClient) {
            client.close();
        }
    }

    private final class ClusterStages implements JobStages {
        private final String jobId;
        private final StageFiles files;
        private final JobStages localStages;
        private volatile boolean aborted;
        private volatile StagePods pods;

        ClusterStages(String jobId, StageFiles files, JobStages localStages) {
            this.jobId = jobId;
            this.files = files;
            this.localStages = localStages;
        }

        @Override
        public void run(Stage stage) throws StageFailedException, InterruptedException {
            if (stage.container() == null) {
                localStages.run(stage);
                return;
            }
            if (stage.tasks().isEmpty()) {
                // An app stage of no chunks: nothing to run, and a Job needs at least one completion.
                return;
            }
            String ns = settings.namespace();
            String name = StageJobs.name(jobId, stage.role());
            try {
                Job created = client.batch().v1().jobs().inNamespace(ns).resource(plans.job(jobId, stage)).create();
                client.secrets().inNamespace(ns).resource(plans.secret(jobId, stage, files.stageUrl(stage), created)).create();
                Secret pull = plans.pullSecret(jobId, stage, created);
                if (pull != null) {
                    client.secrets().inNamespace(ns).resource(pull).create();
                }
                client.batch().v1().jobs().inNamespace(ns).withName(name).edit(job -> {
                    job.getSpec().setSuspend(false);
                    return job;
                });
                try (StagePods following = new StagePods(client, ns, jobId, stage)) {
                    pods = following;
                    following.start();
                    follow(stage, name, following);
                }
            } catch (KubernetesClientException e) {
                throw new StageFailedException("the Kubernetes API failed while running " + stage.componentTag() + ": " + apiError(e), e);
            } finally {
                pods = null;
                deleteStage(name);
            }
        }

        /**
         * Polls the Job until its pods show every task succeeded or one failed for good, it completes or
         * fails (then reads its pods once more, so that every task's end is reported before the
         * stage's), a task must stop the stage, or the job is aborted.
         */
        private void follow(Stage stage, String name, StagePods pods) throws StageFailedException, InterruptedException {
            while (true) {
                if (aborted) {
                    throw new StageFailedException("aborted", null);
                }
                Job job = client.batch().v1().jobs().inNamespace(settings.namespace()).withName(name).get();
                if (job == null) {
                    throw new StageFailedException("the cluster's Job " + name + " disappeared", null);
                }
                if (pods.stopped() != null) {
                    throw pods.stopped();
                }
                // The pods may tell before the Job's status does (or instead of it, on a cluster that is slow to write it).
                if (pods.failure() != null) {
                    throw pods.failure();
                }
                if (pods.allSucceeded()) {
                    return;
                }
                JobStatus status = job.getStatus();
                if (status != null) {
                    JobCondition failed = condition(status, "Failed");
                    if (failed != null || condition(status, "Complete") != null) {
                        pods.sweep();
                    }
                    if (failed != null) {
                        if ("DeadlineExceeded".equals(failed.getReason())) {
                            throw new StageFailedException("the job timed out (jobTimeout)", null);
                        }
                        if (pods.failure() != null) {
                            throw pods.failure();
                        }
                        throw new StageFailedException(stage.componentTag() + " failed on the cluster: " + failed.getReason()
                                + (failed.getMessage() == null ? "" : ": " + failed.getMessage()), null);
                    }
                    if (condition(status, "Complete") != null) {
                        return;
                    }
                }
                Thread.sleep(poll.toMillis());
            }
        }

        @Override
        public String describe(Stage stage) {
            if (stage.container() == null) {
                return localStages.describe(stage);
            }
            return "runs on Kubernetes as Job " + StageJobs.name(jobId, stage.role()) + " in namespace " + settings.namespace()
                    + ", image " + stage.container().image();
        }

        @Override
        public void abort() {
            aborted = true;
            localStages.abort();
        }

        @Override
        public int running() {
            StagePods current = pods;
            return (current == null ? 0 : current.running()) + localStages.running();
        }

        @Override
        public void close() {
            localStages.close();
        }

        /**
         * Deletes the stage's objects; the Job in the foreground, so its pods go first. Runs with the
         * thread's interrupt cleared (a stopping server interrupts its jobs, and the client gives up on
         * an interrupted thread) and restores it. A failure is logged, not thrown: it must not hide how
         * the stage ended, and the Job's {@code ttlSecondsAfterFinished} removes it in the end, its
         * Secrets with it.
         */
        private void deleteStage(String name) {
            boolean interrupted = Thread.interrupted();
            try {
                String ns = settings.namespace();
                delete(name, () -> client.batch().v1().jobs().inNamespace(ns).withName(name).withPropagationPolicy(DeletionPropagation.FOREGROUND)
                        .delete());
                delete(name, () -> client.secrets().inNamespace(ns).withName(name).delete());
                delete(name, () -> client.secrets().inNamespace(ns).withName(StageJobs.pullSecretName(name)).delete());
            } finally {
                if (interrupted) {
                    Thread.currentThread().interrupt();
                }
            }
        }

        private void delete(String stage, Runnable request) {
            try {
                request.run();
            } catch (KubernetesClientException e) {
                LOG.warning("could not delete a cluster object of stage " + stage + " in namespace " + settings.namespace() + ": " + apiError(e));
            }
        }
    }

    /**
     * What went wrong: the API server's status when it answered, else the first cause with a
     * message, else the causes' names (a refused connection has no message).
     */
    static String apiError(KubernetesClientException e) {
        if (e.getStatus() != null && e.getStatus().getMessage() != null) {
            return e.getCode() + " " + e.getStatus().getMessage();
        }
        List<String> names = new ArrayList<>();
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause.getMessage() != null) {
                return cause.getClass().getSimpleName() + ": " + cause.getMessage();
            }
            if (cause.getClass() != IOException.class) {
                names.add(cause.getClass().getSimpleName());
            }
        }
        return names.isEmpty() ? String.valueOf(e.getMessage()) : String.join(", ", names);
    }

    /** The Job's condition of {@code type} when it is true, or null. */
    private static JobCondition condition(JobStatus status, String type) {
        if (status.getConditions() != null) {
            for (JobCondition c : status.getConditions()) {
                if (type.equals(c.getType()) && "True".equals(c.getStatus())) {
                    return c;
                }
            }
        }
        return null;
    }
}
