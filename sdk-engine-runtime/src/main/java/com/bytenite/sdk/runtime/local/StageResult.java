package com.bytenite.sdk.runtime.local;

import java.util.List;

/** How one component run ended: its name ({@code partitioner}, {@code task-<i>}, {@code assembler}), exit status and output lines. */
public record StageResult(String name, int exitStatus, List<String> log) {
    /**
     * Copies {@code log}.
     *
     * @param name {@code partitioner}, {@code task-<i>} or {@code assembler}
     * @param exitStatus the exit status, 0 for success
     * @param log the output lines, stdout and stderr as they came
     * @throws NullPointerException if {@code log} or one of its lines is null
     */
    public StageResult {
        log = List.copyOf(log);
    }

    /**
     * Whether the component exited with status 0.
     *
     * @return true for exit status 0
     */
    public boolean succeeded() {
        return exitStatus == 0;
    }
}
