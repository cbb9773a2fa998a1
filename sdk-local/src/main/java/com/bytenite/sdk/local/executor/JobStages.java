package com.bytenite.sdk.local.executor;

/** The stages of one job run, one after another, on one {@link StageExecutor}. */
public interface JobStages extends AutoCloseable {
    /**
     * Runs every task of {@code stage} and returns once all have succeeded.
     *
     * @param stage what to run
     * @throws StageFailedException when a task exits with a non-zero status, times out, or the job's
     *     deadline passes; the other tasks are stopped first
     * @throws InterruptedException when the job is aborted
     */
    void run(Stage stage) throws StageFailedException, InterruptedException;

    /**
     * How this executor runs {@code stage}'s component, for the first line of its log: where it runs
     * and what of the container contract differs there. By default, the component's own notice
     * about running on this machine.
     *
     * @param stage a stage of this job
     * @return one sentence, or null for nothing to say
     */
    default String describe(Stage stage) {
        return stage.component().localNotice();
    }

    /** Stops the tasks running now; a stage running or started later fails at once. */
    void abort();

    /**
     * How many tasks of the job are running now.
     *
     * @return 0 or more
     */
    int running();

    /** The job has ended: releases what its stages held. */
    @Override
    void close();
}
