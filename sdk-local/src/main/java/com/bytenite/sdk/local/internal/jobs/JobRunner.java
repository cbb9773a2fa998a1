package com.bytenite.sdk.local.internal.jobs;

/**
 * Runs jobs: the executor behind the API. The API layer only hands jobs over and asks to abort;
 * another backend (a cluster, a queue) can replace the local one without touching the routes.
 */
public interface JobRunner extends AutoCloseable {
    /** Starts {@code job} (already moved out of the draft state) with its template's components. */
    void start(JobRecord job, Template template);

    /** Stops {@code job}'s running work; the job ends {@link JobStateName#ABORTED}. */
    void abort(JobRecord job);

    /** How many tasks of {@code job} are running now. */
    int runningTasks(JobRecord job);

    @Override
    void close();
}
