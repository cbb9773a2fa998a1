package com.bytenite.sdk.local.internal.run;

import com.bytenite.sdk.local.executor.StageExecutor;
import com.bytenite.sdk.local.internal.jobs.CustomerContext;
import com.bytenite.sdk.local.internal.jobs.JobRecord;
import com.bytenite.sdk.local.internal.jobs.JobRunner;
import com.bytenite.sdk.local.internal.jobs.Template;
import com.bytenite.sdk.local.internal.stages.StageFileGrants;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs jobs: up to {@code maxRunningJobs} at once, each with one coordinating thread here (more wait
 * their turn in order, in their submitted state), their stages on a {@link StageExecutor} (by
 * default {@link LocalStageExecutor}: a shared pool of {@code workers} threads on this machine). One
 * HTTP client fetches every job's url sources. Threads are bounded by these settings, not by the
 * number of jobs.
 */
public final class LocalJobRunner implements JobRunner {
    private static final Logger LOG = Logger.getLogger(LocalJobRunner.class.getName());
    private final CustomerContext ctx;
    private final ComponentCatalog components;
    private final ExecutorService coordinators;
    private final StageExecutor stages;
    private final StageFileGrants stageFiles;
    private final SourceFetcher fetcher;
    private final Map<String, JobExecution> running = new ConcurrentHashMap<>();
    private static final Duration CLOSE_WAIT = Duration.ofSeconds(10);

    public LocalJobRunner(CustomerContext ctx, StageExecutor stages, StageFileGrants stageFiles, int maxRunningJobs,
            ComponentCatalog components, SourceFetcher fetcher) {
        this.ctx = ctx;
        this.fetcher = fetcher;
        this.components = components;
        this.coordinators = Executors.newFixedThreadPool(maxRunningJobs, DaemonThreads.named("local-bytenite-job"));
        this.stages = stages;
        this.stageFiles = stageFiles;
    }

    @Override
    public void start(JobRecord job, Template template) {
        StageFileGrants.JobFiles files = stageFiles.forJob(job.id);
        JobExecution execution = new JobExecution(ctx, job, template, components, stages.open(job.id, files), files, fetcher);
        running.put(job.id, execution);
        coordinators.execute(() -> {
            try {
                execution.run();
            } catch (Throwable t) {
                // run() ends the job itself; this is for what escapes even that (its state could not be saved).
                LOG.log(Level.SEVERE, "job " + job.id + " could not be ended cleanly", t);
            } finally {
                running.remove(job.id);
            }
        });
    }

    @Override
    public void abort(JobRecord job) {
        JobExecution execution = running.get(job.id);
        if (execution != null) {
            execution.abort();
        }
    }

    @Override
    public int runningTasks(JobRecord job) {
        JobExecution execution = running.get(job.id);
        return execution == null ? 0 : execution.runningTasks();
    }

    /**
     * Aborts the running jobs and waits up to {@link #CLOSE_WAIT} for their coordinators to end them,
     * so that nothing still writes to or cleans up the data directory once the server has closed.
     */
    @Override
    public void close() {
        running.values().forEach(JobExecution::abort);
        coordinators.shutdownNow();
        try {
            if (!coordinators.awaitTermination(CLOSE_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
                LOG.warning("jobs still ending " + CLOSE_WAIT.toSeconds() + " s after close; their files may remain");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            // After the jobs have ended: a cluster executor still deletes their objects as they end.
            stages.close();
        }
    }
}
