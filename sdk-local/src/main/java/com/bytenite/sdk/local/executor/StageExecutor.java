package com.bytenite.sdk.local.executor;

/**
 * Where the components of jobs run. Local ByteNite keeps each job's life (its data source, states,
 * events, logs, billing and results) and hands its stages (the partitioner, the app's tasks, the
 * assembler) to an executor. The default runs them on this machine; another executor can run them
 * elsewhere, a cluster for instance, behind the same API.
 *
 * <p>Implementations are thread-safe: jobs run concurrently, each through its own {@link JobStages}.
 */
public interface StageExecutor extends AutoCloseable {
    /**
     * Opens the executor's side of one run of a job; the job closes it when it ends.
     *
     * @param jobId the job's id, for names and logs
     * @param files URLs for the job's folders, for executors whose tasks run elsewhere
     * @return where the job's stages run
     */
    JobStages open(String jobId, StageFiles files);

    /**
     * The default executor: every task on a shared pool of {@code workers} threads on this machine,
     * each component in process or as a subprocess. Cluster executors use one for the components
     * that have no container image.
     *
     * @param workers how many tasks run at once, at least 1
     * @return a new executor; close it (or the server it is given to) when done
     * @throws IllegalArgumentException if {@code workers} is below 1
     */
    static StageExecutor onThisMachine(int workers) {
        if (workers < 1) {
            throw new IllegalArgumentException("workers: expected at least 1 but was " + workers);
        }
        return new com.bytenite.sdk.local.internal.run.LocalStageExecutor(workers, java.time.Clock.systemUTC());
    }

    /** Stops everything still running and releases the executor's threads and connections. */
    @Override
    void close();
}
