package com.bytenite.sdk.local.run;

import com.bytenite.sdk.local.jobs.CustomerContext;
import com.bytenite.sdk.local.jobs.JobRecord;
import com.bytenite.sdk.local.jobs.JobRunner;
import com.bytenite.sdk.local.jobs.Template;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs jobs on this machine: one coordinating thread per job, app tasks on a shared pool of
 * {@code workers} threads, so several jobs share the machine fairly.
 */
public final class LocalJobRunner implements JobRunner {
    private final CustomerContext ctx;
    private final ComponentCatalog components;
    private final ExecutorService coordinators = Executors.newCachedThreadPool(named("local-bytenite-job"));
    private final ExecutorService tasks;
    private final Map<String, JobExecution> running = new ConcurrentHashMap<>();

    public LocalJobRunner(CustomerContext ctx, int workers, ComponentCatalog components) {
        this.ctx = ctx;
        this.components = components;
        this.tasks = Executors.newFixedThreadPool(workers, named("local-bytenite-task"));
    }

    @Override
    public void start(JobRecord job, Template template) {
        JobExecution execution = new JobExecution(ctx, job, template, components, tasks);
        running.put(job.id, execution);
        coordinators.submit(() -> {
            try {
                execution.run();
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

    @Override
    public void close() {
        running.values().forEach(JobExecution::abort);
        coordinators.shutdownNow();
        tasks.shutdownNow();
    }

    private static java.util.concurrent.ThreadFactory named(String prefix) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, prefix + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
