package com.bytenite.sdk.local.internal.run;

import com.bytenite.sdk.local.ComponentRole;
import com.bytenite.sdk.local.executor.JobStages;
import com.bytenite.sdk.local.executor.Stage;
import com.bytenite.sdk.local.executor.StageFailedException;
import com.bytenite.sdk.local.executor.StageListener;
import com.bytenite.sdk.local.executor.StageTask;
import com.bytenite.sdk.local.internal.files.FileStore;
import com.bytenite.sdk.local.internal.jobs.CustomerContext;
import com.bytenite.sdk.local.internal.jobs.JobEvents;
import com.bytenite.sdk.local.internal.jobs.JobRecord;
import com.bytenite.sdk.local.internal.jobs.JobStateName;
import com.bytenite.sdk.local.internal.jobs.Template;
import com.bytenite.sdk.local.internal.jobs.TemplateDefaults;
import com.bytenite.sdk.local.internal.stages.StageFileGrants;
import com.bytenite.sdk.runtime.local.JobFolders;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One run of one job: data source, partitioner, app tasks in parallel, assembler, destination,
 * with the job's states, events, logs, timeouts and abort. The folders are the engine runtime's
 * {@link JobFolders}, the same layout {@code LocalPipeline} uses: every task's results reach the
 * assembler at the top level of its {@code TASK_RESULTS_DIR}, as on ByteNite.
 */
final class JobExecution {
    /** The one file a {@code bypass} source puts in {@code SOURCE_DIR}: empty, only there to be fanned out. */
    static final String BYPASS_FILE = "bypass";
    private static final Logger LOG = Logger.getLogger(JobExecution.class.getName());
    private static final Set<String> CLOUD = Set.of("aws", "s3", "gcp", "storj");

    private final CustomerContext ctx;
    private final JobRecord job;
    private final Template template;
    private final ComponentCatalog components;
    private final JobStages stages;
    private final StageFileGrants.JobFiles files;
    private final SourceFetcher fetcher;
    private volatile boolean aborted;

    JobExecution(CustomerContext ctx, JobRecord job, Template template, ComponentCatalog components, JobStages stages,
            StageFileGrants.JobFiles files, SourceFetcher fetcher) {
        this.ctx = ctx;
        this.fetcher = fetcher;
        this.job = job;
        this.template = template;
        this.components = components;
        this.stages = stages;
        this.files = files;
    }

    /**
     * Runs the job to its end. Whatever is thrown, an {@link Error} included, the job ends FAILED
     * (or ABORTED) with a message, and the server's log says why: no job stays running forever.
     */
    void run() {
        JobStateName end;
        String error = null;
        try {
            execute();
            end = JobStateName.COMPLETE;
        } catch (JobFailure f) {
            end = aborted ? JobStateName.ABORTED : JobStateName.FAILED;
            error = aborted ? null : f.getMessage();
        } catch (InterruptedException | CancellationException e) {
            end = JobStateName.ABORTED;
        } catch (Throwable t) {
            LOG.log(Level.SEVERE, "job " + job.id + " failed inside Local ByteNite", t);
            end = aborted ? JobStateName.ABORTED : JobStateName.FAILED;
            error = aborted ? null : "Local ByteNite failed to run the job: " + t;
        }
        finish(end, error);
    }

    private void finish(JobStateName end, String error) {
        // The stage URLs end first: once anyone can see the job ended, they answer "no such stage",
        // never a failure on folders being deleted.
        files.close();
        synchronized (job) {
            job.errorMessage = error;
            job.endedAt = ctx.clock().instant();
        }
        BigDecimal cost = BigDecimal.ZERO;
        try {
            cost = ctx.billing().charge(job);
        } catch (Throwable t) {
            LOG.log(Level.SEVERE, "job " + job.id + " could not be billed; it is charged nothing", t);
        }
        synchronized (job) {
            job.paymentAmount = cost;
        }
        try {
            JobEvents.ended(ctx, job, end);
        } finally {
            stages.close();
            FileStore.deleteTree(ctx.files().workDir(job.id));
        }
    }

    void abort() {
        aborted = true;
        stages.abort();
    }

    int runningTasks() {
        return stages.running();
    }

    private void execute() throws Exception {
        if (aborted) {
            // Aborted while it waited for a free coordinator.
            throw new JobFailure("aborted");
        }
        Instant deadline = job.jobTimeoutSeconds == null ? null : ctx.clock().instant().plusSeconds(job.jobTimeoutSeconds);
        Duration taskTimeout = job.taskTimeoutSeconds == null ? null : Duration.ofSeconds(job.taskTimeoutSeconds);
        String source = descriptor(job.dataSource);
        String destination = descriptor(job.dataDestination);
        refuseCloud("data source", source);
        refuseCloud("data destination", destination);
        ComponentCatalog.Found partitioner = component(ComponentRole.PARTITIONER, template.partitioner());
        ComponentCatalog.Found app = component(ComponentRole.APP, template.app());
        ComponentCatalog.Found assembler = component(ComponentRole.ASSEMBLER, template.assembler());

        Path work = Files.createDirectories(ctx.files().workDir(job.id));
        JobFolders folders = JobFolders.create(work, ctx.files().sourceDir(job.id));
        if (source.equals("url")) {
            fetcher.fetch(job.dataSource.getAsJsonObject("params").get("url").getAsString(), folders.source());
        } else if (source.equals("bypass")) {
            // As ByteNite's tutorial says: a bypass source gives the partitioner one dummy file, so that
            // fanout-replica makes num_replicas chunks and passthrough makes exactly one.
            Files.write(folders.source().resolve(BYPASS_FILE), new byte[0]);
        }
        startedAt();

        stage(ComponentRole.PARTITIONER, partitioner, new ComponentLogger(partitioner.tag() + " (partitioner)", job.logs::partitioner,
                ctx.clock()), folders.partitionerEnv(params("partitioner")), work, deadline);

        List<Path> chunkFiles = folders.chunkFiles();
        synchronized (job) {
            job.numChunks = chunkFiles.size();
            job.moveTo(JobStateName.RUNNING, ctx.clock().instant());
        }
        JobEvents.stateChanged(ctx, job);
        folders.gatherResults(runTasks(app, folders, chunkFiles, taskTimeout, deadline));

        synchronized (job) {
            job.moveTo(JobStateName.ASSEMBLING, ctx.clock().instant());
        }
        JobEvents.stateChanged(ctx, job);
        stage(ComponentRole.ASSEMBLER, assembler, new ComponentLogger(assembler.tag() + " (assembler)", job.logs::assembler, ctx.clock()),
                folders.assemblerEnv(params("assembler")), work, deadline);
        if (destination.equals("bucket")) {
            publish(folders.output());
        }
    }

    /** Runs one app task per chunk and returns their folders once all have succeeded. */
    private List<JobFolders.Task> runTasks(ComponentCatalog.Found app, JobFolders folders, List<Path> chunkFiles, Duration taskTimeout,
            Instant deadline) throws Exception {
        Path userCache = Files.createDirectories(ctx.files().userCacheDir(job.owner));
        Path sharedCache = Files.createDirectories(ctx.files().sharedCacheDir());
        List<JobFolders.Task> taskFolders = new ArrayList<>();
        List<StageTask> tasks = new ArrayList<>();
        Map<String, ComponentLogger> logs = new HashMap<>();
        for (int i = 0; i < chunkFiles.size(); i++) {
            JobFolders.Task task = folders.task(i, chunkFiles.get(i));
            taskFolders.add(task);
            ComponentLogger log = new ComponentLogger(app.tag() + " (app task " + i + ")", e -> job.logs.task(task.id(), e), ctx.clock());
            logs.put(task.id(), log);
            tasks.add(new StageTask(task.id(), JobFolders.appEnv(task, params("app"), userCache, sharedCache), task.dir(), log));
        }
        int retries = job.maxTaskRetries == null ? 0 : job.maxTaskRetries;
        Stage stage = new Stage(ComponentRole.APP, job.owner, app.tag(), app.component(), app.container(), tasks, taskTimeout, retries, deadline,
                taskEvents(logs, retries));
        if (!tasks.isEmpty()) {
            announce(app, stage, logs.get(tasks.get(0).id()));
        }
        run(stage, logs);
        return taskFolders;
    }

    /** Task events on the job's stream; a retry is also a notice in the task's log. */
    private StageListener taskEvents(Map<String, ComponentLogger> logs, int retries) {
        return new StageListener() {
            @Override
            public void started(String id) {
                JobEvents.taskChanged(ctx.events(), job, id, "TASK_STATE_RUNNING");
            }

            @Override
            public void ended(String id, boolean succeeded) {
                JobEvents.taskChanged(ctx.events(), job, id, succeeded ? "TASK_STATE_COMPLETE" : "TASK_STATE_FAILED");
            }

            @Override
            public void retrying(String id, int exitStatus, int retry) {
                JobEvents.taskChanged(ctx.events(), job, id, "TASK_STATE_FAILED");
                logs.get(id).notice(id + " exited with status " + exitStatus + "; retry " + retry + " of " + retries
                        + " (the template's maxTaskRetries)");
            }
        };
    }

    private void stage(ComponentRole role, ComponentCatalog.Found found, ComponentLogger log, Map<String, String> env, Path work,
            Instant deadline) throws Exception {
        StageTask task = new StageTask(log.container(), env, work, log);
        Stage stage = new Stage(role, job.owner, found.tag(), found.component(), found.container(), List.of(task), null, 0, deadline, StageListener.NONE);
        announce(found, stage, log);
        run(stage, Map.of(task.id(), log));
    }

    /** Runs {@code stage}; a failure names the component and task, the status and the last error line it printed. */
    private void run(Stage stage, Map<String, ComponentLogger> logs) throws JobFailure, InterruptedException {
        if (aborted) {
            throw new JobFailure("aborted");
        }
        try {
            stages.run(stage);
        } catch (StageFailedException e) {
            ComponentLogger log = e.taskId() == null ? null : logs.get(e.taskId());
            if (log == null || e.exitStatus().isEmpty()) {
                throw new JobFailure(e.getMessage(), e);
            }
            // The task's log decides, as on this machine; the executor's line is for when its log could not be read.
            String lastError = log.lastError();
            if (lastError == null) {
                lastError = e.lastErrorLine().orElse(null);
            }
            throw new JobFailure(log.container() + " exited with status " + e.exitStatus().getAsInt()
                    + (lastError == null ? "" : ": " + lastError), e);
        }
    }

    /** The job's log says which component and version runs, from where, and how its executor runs it. */
    private void announce(ComponentCatalog.Found found, Stage stage, ComponentLogger log) {
        String how = stages.describe(stage);
        log.notice("Local ByteNite runs " + found.tag() + " (" + found.origin() + ")" + (how == null ? "" : ": " + how));
    }

    private void publish(Path output) throws IOException {
        Path target = Files.createDirectories(ctx.files().outputDir(job.id));
        List<JobRecord.Result> published = new ArrayList<>();
        try (var files = Files.list(output)) {
            for (Path p : files.filter(Files::isRegularFile).sorted().toList()) {
                Files.move(p, target.resolve(p.getFileName().toString()), StandardCopyOption.REPLACE_EXISTING);
                published.add(new JobRecord.Result(p.getFileName().toString()));
            }
        }
        synchronized (job) {
            job.results.clear();
            job.results.addAll(published);
        }
    }

    private void startedAt() {
        synchronized (job) {
            job.startedAt = ctx.clock().instant();
        }
    }

    private ComponentCatalog.Found component(ComponentRole kind, String tag) throws JobFailure {
        ComponentCatalog.Found c = components.find(kind, tag, job.owner);
        if (c == null) {
            throw new JobFailure(kind.name().toLowerCase(java.util.Locale.ROOT) + " '" + tag + "' of template " + template.id()
                    + " is not available on this Local ByteNite: push it first");
        }
        return c;
    }

    private static void refuseCloud(String what, String descriptor) throws JobFailure {
        if (CLOUD.contains(descriptor)) {
            throw new JobFailure(what + " '" + descriptor + "' is not available locally: Local ByteNite has no cloud storage "
                    + "connectors; use url, file or bypass (and bucket for results)");
        }
    }

    private String params(String component) {
        synchronized (job) {
            return TemplateDefaults.params(template, job.params, component).toString();
        }
    }

    private static String descriptor(JsonObject location) {
        return location.get("dataSourceDescriptor").getAsString();
    }
}
