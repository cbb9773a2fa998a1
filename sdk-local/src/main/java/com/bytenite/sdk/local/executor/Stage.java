package com.bytenite.sdk.local.executor;

import com.bytenite.sdk.local.Component;
import com.bytenite.sdk.local.ComponentRole;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One stage of a job: the partitioner, the app's tasks (one per chunk), or the assembler.
 *
 * @param role which stage
 * @param owner the job owner's user id, whose {@code USER_CACHE_DIR} the app's tasks get
 * @param componentTag the component as resolved, such as {@code hello-world@1.0}
 * @param component how this machine runs it
 * @param container how it runs as a container, from its manifest; null for components that run
 *     only in Local ByteNite's process (the built-in ones and those registered in code)
 * @param tasks one for the partitioner and the assembler, one per chunk for the app
 * @param taskTimeout the longest a task may run, or null for no limit
 * @param maxTaskRetries how many times a task that exits with a non-zero status runs again before the
 *     stage fails: the template's {@code config.maxTaskRetries} for the app, 0 for the partitioner and
 *     the assembler (ByteNite does not document retries for them); 0 when the template sets none
 * @param deadline when the job times out, or null for never
 * @param listener told when each task starts and ends
 */
public record Stage(ComponentRole role, String owner, String componentTag, Component component, ContainerSpec container, List<StageTask> tasks,
        Duration taskTimeout, int maxTaskRetries, Instant deadline, StageListener listener) {
    /**
     * Checks and copies the values.
     *
     * @param role which stage
     * @param owner the job owner's user id
     * @param componentTag the component as resolved
     * @param component how this machine runs it
     * @param container how it runs as a container, or null
     * @param tasks the stage's tasks, copied
     * @param taskTimeout the longest a task may run, or null
     * @param maxTaskRetries how often a failed task runs again, 0 or more
     * @param deadline when the job times out, or null
     * @param listener told when each task starts and ends
     * @throws NullPointerException if a required value is null
     * @throws IllegalArgumentException if {@code maxTaskRetries} is negative
     */
    public Stage {
        Objects.requireNonNull(role, "role must not be null");
        Objects.requireNonNull(owner, "owner must not be null");
        Objects.requireNonNull(componentTag, "componentTag must not be null");
        Objects.requireNonNull(component, "component must not be null");
        tasks = List.copyOf(tasks);
        Objects.requireNonNull(listener, "listener must not be null");
        if (maxTaskRetries < 0) {
            throw new IllegalArgumentException("maxTaskRetries: expected 0 or more but was " + maxTaskRetries);
        }
    }
}
