package com.bytenite.sdk.runtime.local;

import com.bytenite.sdk.runtime.App;
import com.bytenite.sdk.runtime.Assembler;
import com.bytenite.sdk.runtime.Partitioner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

/**
 * Runs a partitioner, the app once per chunk ({@link Builder#parallelism(int)} at a time), then the
 * assembler, on this machine, in folders laid out as the container contract says, for tests of
 * your components. Components are Java code run in process with an injected environment, or
 * {@link Command}s run as processes with real environment variables.
 *
 * <pre>{@code
 * PipelineResult r = LocalPipeline.builder()
 *         .source(Path.of("hello.txt"))
 *         .partitioner(new PassthroughPartitioner())
 *         .app(Command.javaJar(Path.of("target/apps/hello-world/app/hello-world.jar")))
 *         .appParams("{\"case\":\"upper\"}")
 *         .assembler(new PassthroughAssembler())
 *         .run();
 * }</pre>
 */
public final class LocalPipeline {
    private final Builder b;

    private LocalPipeline(Builder b) {
        this.b = b;
    }

    /**
     * Starts the settings of a run.
     *
     * @return a new builder with no components, {@code {}} params and one task per processor at a time
     */
    public static Builder builder() {
        return new Builder();
    }

    private PipelineResult execute() throws IOException, InterruptedException {
        Path work = b.workDirectory != null ? Files.createDirectories(b.workDirectory) : Files.createTempDirectory("bytenite-pipeline-");
        JobFolders folders = JobFolders.create(work);
        Path userCache = Files.createDirectories(work.resolve("cache/user"));
        Path sharedCache = Files.createDirectories(work.resolve("cache/shared"));
        for (Path file : b.sources) {
            Files.copy(file, folders.source().resolve(file.getFileName().toString()), StandardCopyOption.REPLACE_EXISTING);
        }

        StageResult partitioner = stage("partitioner", b.partitioner, withExtra(folders.partitionerEnv(b.partitionerParams)));
        if (!partitioner.succeeded()) {
            return new PipelineResult(partitioner, List.of(), null, List.of(), work);
        }

        List<Path> chunkFiles = folders.chunkFiles();
        List<JobFolders.Task> taskFolders = new ArrayList<>();
        List<StageResult> tasks = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(b.parallelism);
        try {
            List<Future<StageResult>> running = new ArrayList<>();
            for (int i = 0; i < chunkFiles.size(); i++) {
                JobFolders.Task task = folders.task(i, chunkFiles.get(i));
                taskFolders.add(task);
                Map<String, String> taskEnv = withExtra(JobFolders.appEnv(task, b.appParams, userCache, sharedCache));
                running.add(pool.submit(() -> stage(task.id(), b.app, taskEnv)));
            }
            for (Future<StageResult> f : running) {
                tasks.add(f.get());
            }
        } catch (ExecutionException e) {
            throw new IOException("a task could not be run: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
        if (!tasks.stream().allMatch(StageResult::succeeded)) {
            return new PipelineResult(partitioner, tasks, null, List.of(), work);
        }
        folders.gatherResults(taskFolders);

        StageResult assembler = stage("assembler", b.assembler, withExtra(folders.assemblerEnv(b.assemblerParams)));
        List<Path> outputs;
        try (Stream<Path> files = Files.list(folders.output())) {
            outputs = files.filter(Files::isRegularFile).sorted().toList();
        }
        return new PipelineResult(partitioner, tasks, assembler, outputs, work);
    }

    /** The builder's extra variables (secrets…), then the contract's, which win. */
    private Map<String, String> withExtra(Map<String, String> contract) {
        Map<String, String> env = new LinkedHashMap<>(b.extraEnv);
        env.putAll(contract);
        return env;
    }

    private static StageResult stage(String name, Step step, Map<String, String> env) {
        List<String> log = new CopyOnWriteArrayList<>();
        int status;
        try {
            status = step.run(env, log::add);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            log.add("interrupted");
            status = 130;
        } catch (Exception e) {
            log.add("could not run: " + e);
            status = 127;
        }
        return new StageResult(name, status, log);
    }

    /** Settings of a run; partitioner, app and assembler are required. */
    public static final class Builder {
        private final List<Path> sources = new ArrayList<>();
        private Step partitioner;
        private Step app;
        private Step assembler;
        private String partitionerParams = "{}";
        private String appParams = "{}";
        private String assemblerParams = "{}";
        private int parallelism = Math.max(1, Runtime.getRuntime().availableProcessors());
        private Path workDirectory;
        private final Map<String, String> extraEnv = new LinkedHashMap<>();

        private Builder() {
        }

        /**
         * Input files, copied into {@code SOURCE_DIR} under their own names; adds to those given before.
         *
         * @param files the files to copy; a later file with the same name replaces an earlier one
         * @return this builder
         * @throws IllegalArgumentException if one is not a regular file (files before it are kept)
         */
        public Builder source(Path... files) {
            for (Path f : files) {
                if (!Files.isRegularFile(f)) {
                    throw new IllegalArgumentException("source: " + f + " is not a file");
                }
                sources.add(f);
            }
            return this;
        }

        /**
         * The partitioner, run in this JVM with an injected environment; what it reports on stderr goes to its log.
         *
         * @param p your partitioner
         * @return this builder
         * @throws NullPointerException if {@code p} is null
         */
        public Builder partitioner(Partitioner p) {
            this.partitioner = Step.of(Objects.requireNonNull(p, "partitioner must not be null"));
            return this;
        }

        /**
         * The partitioner, run as a process with real environment variables (see {@link Command}).
         *
         * @param c the command to run
         * @return this builder
         * @throws NullPointerException if {@code c} is null
         */
        public Builder partitioner(Command c) {
            this.partitioner = Step.of(Objects.requireNonNull(c, "partitioner must not be null"));
            return this;
        }

        /**
         * The app, run in this JVM with an injected environment; what it reports on stderr goes to its log.
         *
         * @param a your app
         * @return this builder
         * @throws NullPointerException if {@code a} is null
         */
        public Builder app(App a) {
            this.app = Step.of(Objects.requireNonNull(a, "app must not be null"));
            return this;
        }

        /**
         * The app, run as a process with real environment variables (see {@link Command}).
         *
         * @param c the command to run
         * @return this builder
         * @throws NullPointerException if {@code c} is null
         */
        public Builder app(Command c) {
            this.app = Step.of(Objects.requireNonNull(c, "app must not be null"));
            return this;
        }

        /**
         * The assembler, run in this JVM with an injected environment; what it reports on stderr goes to its log.
         *
         * @param a your assembler
         * @return this builder
         * @throws NullPointerException if {@code a} is null
         */
        public Builder assembler(Assembler a) {
            this.assembler = Step.of(Objects.requireNonNull(a, "assembler must not be null"));
            return this;
        }

        /**
         * The assembler, run as a process with real environment variables (see {@link Command}).
         *
         * @param c the command to run
         * @return this builder
         * @throws NullPointerException if {@code c} is null
         */
        public Builder assembler(Command c) {
            this.assembler = Step.of(Objects.requireNonNull(c, "assembler must not be null"));
            return this;
        }

        /**
         * The partitioner's params, given as {@code PARTITIONER_PARAMS} (default {@code {}}). Not checked here: JSON the
         * partitioner cannot read makes it fail.
         *
         * @param json the params, a JSON object as text
         * @return this builder
         * @throws NullPointerException if {@code json} is null
         */
        public Builder partitionerParams(String json) {
            this.partitionerParams = Objects.requireNonNull(json, "partitionerParams must not be null");
            return this;
        }

        /**
         * The app's params, given as {@code APP_PARAMS} (default {@code {}}). Not checked here: JSON the
         * app cannot read makes it fail.
         *
         * @param json the params, a JSON object as text
         * @return this builder
         * @throws NullPointerException if {@code json} is null
         */
        public Builder appParams(String json) {
            this.appParams = Objects.requireNonNull(json, "appParams must not be null");
            return this;
        }

        /**
         * The assembler's params, given as {@code ASSEMBLER_PARAMS} (default {@code {}}). Not checked here: JSON the
         * assembler cannot read makes it fail.
         *
         * @param json the params, a JSON object as text
         * @return this builder
         * @throws NullPointerException if {@code json} is null
         */
        public Builder assemblerParams(String json) {
            this.assemblerParams = Objects.requireNonNull(json, "assemblerParams must not be null");
            return this;
        }

        /**
         * How many app tasks run at once (default: the number of processors).
         *
         * @param tasks at least 1
         * @return this builder
         * @throws IllegalArgumentException if {@code tasks} is below 1
         */
        public Builder parallelism(int tasks) {
            if (tasks < 1) {
                throw new IllegalArgumentException("parallelism: expected at least 1 but was " + tasks);
            }
            this.parallelism = tasks;
            return this;
        }

        /**
         * Where to lay the folders out (default: a new temporary folder, kept after the run). It is
         * created if missing; what it already holds is not cleared.
         *
         * @param dir the folder
         * @return this builder
         * @throws NullPointerException if {@code dir} is null
         */
        public Builder workDirectory(Path dir) {
            this.workDirectory = Objects.requireNonNull(dir, "workDirectory must not be null");
            return this;
        }

        /**
         * Extra variables every component sees, such as secrets ({@code ID_ACCESS_KEY}…). A contract
         * variable of the same name wins over it.
         *
         * @param name the variable's name
         * @param value its value
         * @return this builder
         * @throws NullPointerException if {@code name} or {@code value} is null
         */
        public Builder env(String name, String value) {
            extraEnv.put(Objects.requireNonNull(name, "name must not be null"), Objects.requireNonNull(value, "value must not be null"));
            return this;
        }

        /**
         * Runs the pipeline. A component that fails (a non-zero exit status, or 127 when it cannot be
         * started) stops it: later stages do not run.
         *
         * @return every stage's result and the outputs
         * @throws IllegalStateException when a component is missing
         * @throws IOException when the folders cannot be laid out
         * @throws InterruptedException when interrupted while waiting for the app tasks (they are interrupted too)
         */
        public PipelineResult run() throws IOException, InterruptedException {
            if (partitioner == null || app == null || assembler == null) {
                throw new IllegalStateException("a pipeline needs a partitioner, an app and an assembler");
            }
            return new LocalPipeline(this).execute();
        }
    }
}
