package com.bytenite.sdk.runtime;

/** Your app: the logic of one task. */
@FunctionalInterface
public interface App {
    /**
     * Processes one chunk and writes the task's results.
     *
     * @param task the task's chunk, params, results folder, caches and secrets
     * @throws Exception anything that fails the task; {@link Run} reports it in one line on stderr and exits 1
     */
    void run(AppContext task) throws Exception;
}
