package com.bytenite.sdk.local.internal.run;

import com.bytenite.sdk.local.executor.ContractFolders;
import com.bytenite.sdk.local.executor.JobStages;
import com.bytenite.sdk.local.executor.Stage;
import com.bytenite.sdk.local.executor.StageExecutor;
import com.bytenite.sdk.local.executor.StageFailedException;
import com.bytenite.sdk.local.executor.StageFiles;
import com.bytenite.sdk.local.executor.StageTask;
import com.bytenite.sdk.local.internal.files.FileStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Runs stages on this machine: every task on one shared pool of {@code workers} threads, so jobs
 * share the machine fairly; each component in process or as a subprocess, as it was registered.
 * Tasks use the job's folders directly, so the stage file URLs are not needed.
 */
public final class LocalStageExecutor implements StageExecutor {
    private final ExecutorService pool;
    private final Clock clock;

    public LocalStageExecutor(int workers, Clock clock) {
        this.pool = Executors.newFixedThreadPool(workers, DaemonThreads.named("local-bytenite-task"));
        this.clock = clock;
    }

    @Override
    public JobStages open(String jobId, StageFiles files) {
        return new LocalJobStages(new TaskGroup(pool, clock));
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }

    private static final class LocalJobStages implements JobStages {
        private final TaskGroup group;
        private volatile boolean aborted;

        LocalJobStages(TaskGroup group) {
            this.group = group;
        }

        @Override
        public void run(Stage stage) throws StageFailedException, InterruptedException {
            List<TaskGroup.Task> started = new ArrayList<>();
            for (StageTask task : stage.tasks()) {
                started.add(group.submit(task.id(), () -> runWithRetries(stage, task), stage.listener()));
            }
            group.awaitAll(started, stage.taskTimeout(), stage.deadline(), () -> aborted);
        }

        /** Runs the task until it exits with 0, at most {@code 1 + maxTaskRetries} times, emptying its outputs between attempts. */
        private Void runWithRetries(Stage stage, StageTask task) throws Exception {
            for (int retry = 0; ; retry++) {
                int status = stage.component().run(task.env(), task.workDir(), task.log());
                if (status == 0) {
                    return null;
                }
                if (retry == stage.maxTaskRetries()) {
                    throw new StageFailedException(task.id(), status);
                }
                stage.listener().retrying(task.id(), status, retry + 1);
                for (String folder : ContractFolders.outputs(stage.role())) {
                    Path outputs = Path.of(task.env().get(folder));
                    FileStore.deleteTree(outputs);
                    Files.createDirectories(outputs);
                }
                stage.listener().started(task.id());
            }
        }

        @Override
        public void abort() {
            aborted = true;
            group.cancelAll();
        }

        @Override
        public int running() {
            return group.running();
        }

        @Override
        public void close() {
            group.cancelAll();
        }
    }
}
