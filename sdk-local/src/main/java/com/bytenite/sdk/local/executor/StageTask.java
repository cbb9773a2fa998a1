package com.bytenite.sdk.local.executor;

import com.bytenite.sdk.local.ComponentOutput;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

/**
 * One task of a stage: one run of the component with the container contract's variables.
 *
 * @param id the task's id, such as {@code task-3}, or the stage's name for the partitioner and assembler
 * @param env the contract's variables; directories are folders on this machine
 * @param workDir a scratch folder the component may use as its working directory
 * @param log receives each line the component writes
 */
public record StageTask(String id, Map<String, String> env, Path workDir, ComponentOutput log) {
    /**
     * Checks and copies the values.
     *
     * @param id the task's id
     * @param env the contract's variables, copied
     * @param workDir a scratch folder
     * @param log receives each line the component writes
     * @throws NullPointerException if a value is null
     */
    public StageTask {
        Objects.requireNonNull(id, "id must not be null");
        env = Map.copyOf(env);
        Objects.requireNonNull(workDir, "workDir must not be null");
        Objects.requireNonNull(log, "log must not be null");
    }
}
