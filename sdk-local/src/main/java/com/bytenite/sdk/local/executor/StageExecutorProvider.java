package com.bytenite.sdk.local.executor;

import java.util.Map;

/**
 * Makes a {@link StageExecutor} by name, for the standalone server's {@code --executor} option. An
 * executor module lists its provider in
 * {@code META-INF/services/com.bytenite.sdk.local.executor.StageExecutorProvider}; the server finds
 * it with {@link java.util.ServiceLoader}.
 */
public interface StageExecutorProvider {
    /**
     * The name {@code --executor} selects, such as {@code kubernetes}.
     *
     * @return the name, lower case
     */
    String name();

    /**
     * A new executor.
     *
     * @param options the {@code --executor-option key=value} pairs given
     * @param workers how many tasks may run at once on this machine, for stages that run here
     * @return the executor; the server closes it
     * @throws IllegalArgumentException naming an option that is unknown or has a bad value
     */
    StageExecutor create(Map<String, String> options, int workers);
}
