package com.bytenite.sdk.runtime.local;

import java.util.List;

/** How one component run ended: its name ({@code partitioner}, {@code task-<i>}, {@code assembler}), exit status and output lines. */
public record StageResult(String name, int exitStatus, List<String> log) {
    public StageResult {
        log = List.copyOf(log);
    }

    public boolean succeeded() {
        return exitStatus == 0;
    }
}
