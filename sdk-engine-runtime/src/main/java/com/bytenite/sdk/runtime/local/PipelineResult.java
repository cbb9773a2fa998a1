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
    public PipelineResult {
        tasks = List.copyOf(tasks);
        outputs = List.copyOf(outputs);
    }

    public boolean succeeded() {
        return partitioner.succeeded() && tasks.stream().allMatch(StageResult::succeeded) && assembler != null && assembler.succeeded();
    }

    public Optional<StageResult> assemblerResult() {
        return Optional.ofNullable(assembler);
    }
}
