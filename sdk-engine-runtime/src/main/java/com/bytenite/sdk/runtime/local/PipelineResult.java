package com.bytenite.sdk.runtime.local;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What a {@link LocalPipeline} run produced. A stage that failed stops the pipeline: later stages
 * are absent.
 *
 * @param outputs the files the assembler wrote to {@code OUTPUT_DIR}, by name
 * @param workDirectory where the run's folders are (kept for inspection)
 */
public record PipelineResult(StageResult partitioner, List<StageResult> tasks, StageResult assembler, List<Path> outputs, Path workDirectory) {
    /**
     * Copies {@code tasks} and {@code outputs}.
     *
     * @param partitioner how the partitioner ended
     * @param tasks how each app task ended, in chunk order; empty when the partitioner failed
     * @param assembler how the assembler ended, or null when it did not run
     * @param outputs the files the assembler wrote to {@code OUTPUT_DIR}, by name
     * @param workDirectory where the run's folders are (kept for inspection)
     * @throws NullPointerException if {@code tasks} or {@code outputs}, or one of their elements, is null
     */
    public PipelineResult {
        tasks = List.copyOf(tasks);
        outputs = List.copyOf(outputs);
    }

    /**
     * Whether every stage ran and exited with status 0.
     *
     * @return true if the partitioner, every task and the assembler succeeded
     */
    public boolean succeeded() {
        return partitioner.succeeded() && tasks.stream().allMatch(StageResult::succeeded) && assembler != null && assembler.succeeded();
    }

    /**
     * How the assembler ended, when it ran.
     *
     * @return the assembler's result, or empty when an earlier stage failed
     */
    public Optional<StageResult> assemblerResult() {
        return Optional.ofNullable(assembler);
    }
}
