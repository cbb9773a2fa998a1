package com.bytenite.sdk.local.executor;

import com.bytenite.sdk.local.internal.run.LocalStageExecutor;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * This machine's executor, recording each stage it is given and first showing it, with its job's
 * stage files, to {@code beforeRun}; and, if asked, running a check as each job's stages close.
 */
final class RecordingExecutor implements StageExecutor {
    /** What a test does with a stage before it runs. */
    @FunctionalInterface
    interface BeforeRun {
        void accept(Stage stage, StageFiles files) throws StageFailedException, InterruptedException;
    }

    final List<Stage> stages = new CopyOnWriteArrayList<>();
    final AtomicBoolean closed = new AtomicBoolean();
    private final LocalStageExecutor local = new LocalStageExecutor(2, Clock.systemUTC());
    private final BeforeRun beforeRun;
    private volatile Runnable beforeJobCloses = () -> { };

    RecordingExecutor() {
        this((stage, files) -> { });
    }

    RecordingExecutor(BeforeRun beforeRun) {
        this.beforeRun = beforeRun;
    }

    /** Runs {@code check} when a job's stages are closed (the job has ended), before they close. */
    void beforeJobCloses(Runnable check) {
        this.beforeJobCloses = check;
    }

    @Override
    public JobStages open(String jobId, StageFiles files) {
        JobStages inner = local.open(jobId, files);
        return new JobStages() {
            @Override
            public void run(Stage stage) throws StageFailedException, InterruptedException {
                stages.add(stage);
                beforeRun.accept(stage, files);
                inner.run(stage);
            }

            @Override
            public void abort() {
                inner.abort();
            }

            @Override
            public int running() {
                return inner.running();
            }

            @Override
            public void close() {
                beforeJobCloses.run();
                inner.close();
            }
        };
    }

    @Override
    public void close() {
        closed.set(true);
        local.close();
    }
}
