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
import java.time.Clock;
import java.time.Duration;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

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
 * <p>Task states come from the Job's status: its completed indexes end tasks as they finish; a
 * failed Job fails the stage with the cluster's reason.
 */
public final class KubernetesStageExecutor implements StageExecutor {
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
        private volatile int active;

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
            String ns = settings.namespace();
            try {
                client.configMaps().inNamespace(ns).resource(plans.urls(jobId, stage, files)).create();
                Secret secret = plans.secret(jobId, stage);
                if (secret != null) {
                    client.secrets().inNamespace(ns).resource(secret).create();
                }
                Job created = client.batch().v1().jobs().inNamespace(ns).resource(plans.job(jobId, stage)).create();
                follow(stage, created.getMetadata().getName());
            } finally {
                active = 0;
                deleteStage(StageJobs.name(jobId, stage.role()));
            }
        }

        /** Polls the Job until it completes, fails or the job is aborted; ends tasks as their indexes complete. */
        private void follow(Stage stage, String name) throws StageFailedException, InterruptedException {
            Set<Integer> ended = new HashSet<>();
            int tasks = stage.tasks().size();
            while (true) {
                if (aborted) {
                    throw new StageFailedException("aborted", null);
                }
                Job job = client.batch().v1().jobs().inNamespace(settings.namespace()).withName(name).get();
                if (job == null) {
                    throw new StageFailedException("the cluster's Job " + name + " disappeared", null);
                }
                JobStatus status = job.getStatus();
                if (status != null) {
                    active = status.getActive() == null ? 0 : status.getActive();
                    for (int index : CompletedIndexes.parse(status.getCompletedIndexes())) {
                        if (index < tasks && ended.add(index)) {
                            stage.listener().ended(stage.tasks().get(index).id(), true);
                        }
                    }
                    String failure = failure(status);
                    if (failure != null) {
                        throw new StageFailedException(stage.componentTag() + " failed on the cluster: " + failure, null);
                    }
                    if (status.getSucceeded() != null && status.getSucceeded() >= tasks) {
                        return;
                    }
                }
                Thread.sleep(poll.toMillis());
            }
        }

        @Override
        public void abort() {
            aborted = true;
            localStages.abort();
        }

        @Override
        public int running() {
            return active + localStages.running();
        }

        @Override
        public void close() {
            localStages.close();
        }

        private void deleteStage(String name) {
            String ns = settings.namespace();
            client.batch().v1().jobs().inNamespace(ns).withName(name).withPropagationPolicy(DeletionPropagation.FOREGROUND).delete();
            client.configMaps().inNamespace(ns).withName(name).delete();
            client.secrets().inNamespace(ns).withName(name).delete();
        }
    }

    /** The reason a Job failed ({@code Failed} condition), or null while it has not. */
    private static String failure(JobStatus status) {
        if (status.getConditions() != null) {
            for (JobCondition c : status.getConditions()) {
                if ("Failed".equals(c.getType()) && "True".equals(c.getStatus())) {
                    return c.getReason() + (c.getMessage() == null ? "" : ": " + c.getMessage());
                }
            }
        }
        return null;
    }
}
