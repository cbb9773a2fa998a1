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

    /** Stops everything still running and releases the executor's threads and connections. */
    @Override
    void close();
}
