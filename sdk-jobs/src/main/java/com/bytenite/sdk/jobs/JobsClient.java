package com.bytenite.sdk.jobs;

import static com.bytenite.sdk.core.http.Arguments.requirePathSegment;
import static com.bytenite.sdk.core.http.Arguments.requireText;

import com.bytenite.sdk.core.ServerInfo;
import com.bytenite.sdk.core.errors.ByteNiteNetworkException;
import com.bytenite.sdk.core.errors.NotFoundException;
import com.bytenite.sdk.core.errors.UnexpectedStatusException;
import com.bytenite.sdk.core.http.ByteNiteHttp;
import com.bytenite.sdk.core.http.Operation;
import com.bytenite.sdk.core.http.RequestSource;
import com.bytenite.sdk.core.json.ByteNiteJson;
import com.bytenite.sdk.core.paging.Page;
import com.bytenite.sdk.core.paging.Pager;
import com.bytenite.sdk.core.paging.Query;
import com.bytenite.sdk.jobs.internal.CustomerOperations;
import com.bytenite.sdk.jobs.internal.GeneratedCustomerApi;
import com.bytenite.sdk.jobs.internal.generated.model.CreateJobRequestDto;
import com.bytenite.sdk.jobs.internal.generated.model.DataSourceTestRequestDto;
import com.bytenite.sdk.jobs.internal.generated.model.DataSourceTestResponseDto;
import com.bytenite.sdk.jobs.internal.generated.model.FilterDto;
import com.bytenite.sdk.jobs.internal.generated.model.FilterPaginationDto;
import com.bytenite.sdk.jobs.internal.generated.model.JobFilterRequestDto;
import com.bytenite.sdk.jobs.internal.generated.model.JobResultsDto;
import com.bytenite.sdk.jobs.internal.generated.model.LogsRequestDto;
import com.bytenite.sdk.jobs.internal.generated.model.LogsResponseDto;
import com.bytenite.sdk.jobs.internal.generated.model.PaginationDto;
import com.bytenite.sdk.jobs.internal.generated.model.RunJobRequestDto;
import com.bytenite.sdk.jobs.internal.generated.model.RunningTasksRequestDto;
import com.bytenite.sdk.jobs.internal.generated.model.RunningTasksResponseDto;
import com.bytenite.sdk.jobs.internal.generated.model.ServerInfoDto;
import com.bytenite.sdk.jobs.internal.generated.model.SetDataSourceRequestDto;
import com.bytenite.sdk.jobs.internal.generated.model.TemplateInfoListDto;
import com.google.gson.Gson;
import com.google.gson.JsonObject;
import com.google.gson.reflect.TypeToken;
import java.lang.reflect.Type;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;

/**
 * The Customer (Jobs) API: one method per documented operation. Every method validates its
 * arguments before sending anything and throws the SDK's unchecked exceptions
 * ({@code com.bytenite.sdk.core.errors}) for server errors and network failures.
 *
 * <pre>{@code
 * JobsClient jobs = new JobsClient(http);
 * Job draft = jobs.createJob("hello-world-template", "greeting", null);
 * jobs.setDataSource(draft.id(), DataSource.url("https://example.com/in.txt"), DataDestination.temporaryBucket());
 * jobs.run(draft.id(), JobConfig.empty());
 * }</pre>
 *
 * <p>Calls that may start or create something (create, run, abort, upload completed) are never
 * replayed automatically once sent; the others are retried on transient failures.
 */
public final class JobsClient {
    private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");
    /** The generated models' Gson, plus the streaming job reader for job answers. */
    private static final Gson GSON = GeneratedCustomerApi.gson().newBuilder()
            .registerTypeAdapter(JobReader.Answer.class, JobReader.ANSWER)
            .create();

    /** First poll interval of {@link #awaitCompletion(String, Duration, Duration)} by default. */
    static final Duration DEFAULT_POLL_INTERVAL = Duration.ofSeconds(2);

    private final ByteNiteHttp http;
    private final GeneratedCustomerApi api;
    private final Uploader uploader;
    private final Downloader downloader;
    private final HttpUrl customerBase;
    private final JobCreation creation = new JobCreation(this::get);
    /** Every waiter of every client on the same {@link ByteNiteHttp} shares one event stream. */
    private final JobEventHub eventHub;

    public JobsClient(ByteNiteHttp http) {
        this.http = Objects.requireNonNull(http, "http must not be null");
        this.api = new GeneratedCustomerApi(http);
        this.uploader = new Uploader(http);
        this.downloader = new Downloader(http);
        this.customerBase = HttpUrl.get(http.config().apiBaseUrl(http.config().customerRoute().segment()));
        // The first client's subscribe serves all: every client on this stack subscribes alike.
        this.eventHub = http.shared(JobEventHub.class, () -> new JobEventHub(this::subscribe, http.sleeper()));
    }

    Uploader uploader() {
        return uploader;
    }

    /**
     * Starts describing a new job from {@code templateId}; {@link JobRequest#submit()} sends it.
     *
     * @throws IllegalArgumentException if {@code templateId} is blank
     */
    public JobRequest create(String templateId) {
        return new JobRequest(this, templateId);
    }

    /** Every job of the user, newest first as the server orders them, fetched lazily page by page. */
    public Pager<Job> list() {
        return list(Pager.DEFAULT_PAGE_SIZE);
    }

    /** Like {@link #list()} with {@code pageSize} jobs per request. */
    public Pager<Job> list(int pageSize) {
        return Pager.of((offset, limit) -> call(CustomerOperations.LIST_JOBS,
                () -> api.jobs().listJobsCall(limit, Math.toIntExact(offset), null).request(), JsonObject.class, this::jobPage), pageSize);
    }

    /** A filtered listing; see {@link JobQuery}. */
    public JobQuery query() {
        return new JobQuery(this::runQuery);
    }

    /**
     * @throws com.bytenite.sdk.core.errors.NotFoundException if there is no such job
     */
    public Job get(String jobId) {
        String id = requirePathSegment("jobId", jobId);
        return call(CustomerOperations.GET_JOB, () -> getJobRequest(id), JobReader.Answer.class, this::job);
    }

    /**
     * Built here rather than by the generated client because this is the read every poll repeats:
     * the generated request building re-parses the URL and compiles a regular expression per call,
     * about a third of the client's CPU for this call (BENCHMARKS.md). Same method, path, encoding
     * and headers; the operation tests hold both to the spec.
     */
    private Request getJobRequest(String id) {
        HttpUrl url = customerBase.newBuilder().addPathSegment("jobs").addPathSegment(id).build();
        return new Request.Builder().url(url).header("Accept", "application/json").get().build();
    }

    /**
     * Creates a draft job from a template ({@code POST /jobs}). Nothing runs until {@link #run}.
     *
     * <p>The request carries a client-chosen {@code jobId} (not in the reference; a public
     * integration sends it). When the answer is lost after the request may have reached the
     * server, the job is looked up by that id instead of being created blindly again: found, it is
     * returned; not found, the create is repeated once only if this server has already shown that
     * it keeps client-chosen ids (ByteNite does not document whether it does). Otherwise the
     * {@link ByteNiteNetworkException} says so and names the id to check.
     *
     * @param name optional, null for the server's default
     * @param description optional
     * @throws IllegalArgumentException if {@code templateId} is blank (nothing is sent)
     */
    public Job createJob(String templateId, String name, String description) {
        return createJob(templateId, name, description, null, null, null);
    }

    /**
     * Creates a job with its data source, destination and params inline, as the tutorial's create
     * does; the answer shows whether the server applied them (a caller that needs them sets them
     * again when it did not).
     */
    Job createJob(String templateId, String name, String description, DataSource source, DataDestination destination, JobParams params) {
        requireText("templateId", templateId);
        return creation.create(jobId -> {
            CreateJobRequestDto body = new CreateJobRequestDto().jobId(jobId).templateId(templateId).name(name).description(description)
                    .dataSource(JobMapper.wire(source)).dataDestination(JobMapper.wire(destination))
                    .params(params == null ? null : JobMapper.wire(params));
            return call(CustomerOperations.CREATE_JOB, () -> api.jobs().createJobCall(body, null).request(), JobReader.Answer.class, this::job);
        });
    }

    /**
     * Sets where the job reads and writes ({@code PATCH /jobs/{id}/datasource}). For a
     * {@link DataSource#localFile()} source the returned job's data source params carry the signed
     * {@code tempUrl} to upload to.
     */
    public Job setDataSource(String jobId, DataSource source, DataDestination destination) {
        String id = requirePathSegment("jobId", jobId);
        Objects.requireNonNull(source, "source must not be null");
        Objects.requireNonNull(destination, "destination must not be null");
        SetDataSourceRequestDto body = new SetDataSourceRequestDto().dataSource(JobMapper.wire(source)).dataDestination(JobMapper.wire(destination));
        return call(CustomerOperations.SET_JOB_DATA_SOURCE, () -> api.jobs().setJobDataSourceCall(id, body, null).request(),
                JobReader.Answer.class, this::job);
    }

    /** Sets the components' parameters; the server validates them against the template's schema. */
    public Job setParams(String jobId, JobParams params) {
        String id = requirePathSegment("jobId", jobId);
        Objects.requireNonNull(params, "params must not be null");
        return call(CustomerOperations.SET_JOB_PARAMS, () -> api.jobs().setJobParamsCall(id, JobMapper.wire(params), null).request(),
                JobReader.Answer.class, this::job);
    }

    /** Renames the job; the name is sent as a bare JSON string. */
    public Job rename(String jobId, String name) {
        String id = requirePathSegment("jobId", jobId);
        requireText("name", name);
        return call(CustomerOperations.SET_JOB_NAME, () -> api.jobs().setJobNameCall(id, name, null).request(), JobReader.Answer.class,
                this::job);
    }

    /** Sets timeouts and the test flag ({@code PATCH /jobs/{id}/configs}); unset fields are not sent. */
    public Job setConfig(String jobId, JobConfig config) {
        String id = requirePathSegment("jobId", jobId);
        Objects.requireNonNull(config, "config must not be null");
        return call(CustomerOperations.SET_JOB_CONFIGS, () -> api.jobs().setJobConfigsCall(id, JobMapper.config(config), null).request(),
                JobReader.Answer.class, this::job);
    }

    /**
     * Starts the job, with {@code config} wrapped as the reference shows ({@code {"config": {…}}}).
     * Never retried once sent. The answer's body is not documented and is not read.
     */
    public void run(String jobId, JobConfig config) {
        String id = requirePathSegment("jobId", jobId);
        Objects.requireNonNull(config, "config must not be null");
        RunJobRequestDto body = new RunJobRequestDto().config(JobMapper.config(config));
        call(CustomerOperations.RUN_JOB, () -> api.jobs().runJobCall(id, body, null).request(), Object.class, Function.identity());
    }

    /** Stops a running job; a job that has not started yet is deleted. Never retried once sent. */
    public void abort(String jobId) {
        String id = requirePathSegment("jobId", jobId);
        call(CustomerOperations.ABORT_JOB, () -> api.jobs().abortJobCall(id, null).request(), Object.class, Function.identity());
    }

    public void delete(String jobId) {
        String id = requirePathSegment("jobId", jobId);
        call(CustomerOperations.DELETE_JOB, () -> api.jobs().deleteJobCall(id, null).request(), Object.class, Function.identity());
    }

    /** The job's output files and their links (signed URLs for the temporary bucket, valid 48 hours). */
    public List<JobResult> results(String jobId) {
        String id = requirePathSegment("jobId", jobId);
        return call(CustomerOperations.GET_JOB_RESULTS, () -> api.jobs().getJobResultsCall(id, null).request(), JobResultsDto.class,
                (JobResultsDto r) -> {
                    List<JobResult> out = new ArrayList<>();
                    if (r.getResults() != null) {
                        r.getResults().forEach(x -> out.add(new JobResult(x.getName(), x.getLink())));
                    }
                    return List.copyOf(out);
                });
    }

    /**
     * Streams every result file of the job into {@code directory} (created if needed) and returns
     * the files written. Names come from the server and are made safe: only their last segment is
     * used, special characters become {@code _}, and an existing file is never replaced (a
     * {@code name (1).ext} is written instead). Each file appears only once complete.
     *
     * @throws IllegalArgumentException if {@code directory} cannot be created
     */
    public List<Path> downloadResults(String jobId, Path directory, TransferListener listener) {
        return downloader.downloadAll(results(jobId), directory, listener);
    }

    /** How many tasks each job has running now; jobs the server does not mention are absent. */
    public Map<String, Long> runningTasks(Collection<String> jobIds) {
        Objects.requireNonNull(jobIds, "jobIds must not be null");
        if (jobIds.isEmpty()) {
            throw new IllegalArgumentException("jobIds: expected at least one job id");
        }
        RunningTasksRequestDto body = new RunningTasksRequestDto();
        jobIds.forEach(id -> body.addJobsIdsItem(requireText("jobIds[]", id)));
        return call(CustomerOperations.GET_RUNNING_TASKS, () -> api.jobs().getRunningTasksCall(body, null).request(),
                RunningTasksResponseDto.class, (RunningTasksResponseDto r) -> {
                    Map<String, Long> out = new LinkedHashMap<>();
                    if (r.getJobsRunningTasks() != null) {
                        r.getJobsRunningTasks().forEach((job, n) -> out.put(job, ByteNiteJson.parseInt64(n, "jobsRunningTasks." + job)));
                    }
                    return Map.copyOf(out);
                });
    }

    /**
     * Tells the server that the upload to the job's {@code tempUrl} is complete. Uses the
     * reference's {@code PATCH /jobs/{id}/uploadcompleted}; if the server answers 404 or 405 to that
     * route, falls back once to the submission guide's {@code POST /jobs/uploadcompleted/{id}}.
     * Never retried once sent.
     */
    public void uploadCompleted(String jobId) {
        String id = requirePathSegment("jobId", jobId);
        try {
            call(CustomerOperations.SET_UPLOAD_COMPLETED, () -> api.jobs().setUploadCompletedCall(id, null).request(), Object.class,
                    Function.identity());
        } catch (NotFoundException | UnexpectedStatusException e) {
            if (e.statusCode() != 404 && e.statusCode() != 405) {
                throw e;
            }
            HttpUrl url = customerBase.newBuilder()
                    .addPathSegment("jobs").addPathSegment("uploadcompleted").addPathSegment(id).build();
            call(CustomerOperations.SET_UPLOAD_COMPLETED, () -> new Request.Builder().url(url).post(RequestBody.create("{}", JSON)).build(),
                    Object.class, Function.identity());
        }
    }

    /** Templates usable for jobs, fetched lazily page by page. */
    public Pager<JobTemplate> templates() {
        return templates(null, Pager.DEFAULT_PAGE_SIZE);
    }

    /** @param orderBy field to order by, or null for the server's default ({@code created_at}) */
    public Pager<JobTemplate> templates(String orderBy, int pageSize) {
        return Pager.of((offset, limit) -> call(CustomerOperations.LIST_JOB_TEMPLATES,
                () -> api.templates().listJobTemplatesCall(limit, Math.toIntExact(offset), orderBy, null).request(), TemplateInfoListDto.class,
                (TemplateInfoListDto l) -> page(l.getPagination(), l.getData(), JobMapper::template)), pageSize);
    }

    /** Checks that a data source can be reached and, with {@code listFiles}, lists its files. */
    public DataSourceCheck testDataSource(DataSource source, boolean listFiles) {
        Objects.requireNonNull(source, "source must not be null");
        DataSourceTestRequestDto body = new DataSourceTestRequestDto().dataSource(JobMapper.wire(source)).listFiles(listFiles);
        return call(CustomerOperations.TEST_DATA_SOURCE, () -> api.dataSources().testDataSourceCall(body, null).request(),
                DataSourceTestResponseDto.class, (DataSourceTestResponseDto r) -> new DataSourceCheck(r.getFilename(), r.getPath(),
                        r.getSize(), r.getProperties(), r.getFiles() == null ? null : JobMapper.folder(r.getFiles())));
    }

    /** The logs of the job's partitioner, assembler and every task. */
    public JobLogs logs(String jobId) {
        requireText("jobId", jobId);
        LogsRequestDto body = new LogsRequestDto().jobId(jobId);
        return call(CustomerOperations.GET_LOGS, () -> api.logs().getLogsCall(body, null).request(), LogsResponseDto.class,
                (LogsResponseDto r) -> {
                    Map<String, List<LogEntry>> tasks = new LinkedHashMap<>();
                    if (r.getTaskrunner() != null) {
                        r.getTaskrunner().forEach((task, logs) -> tasks.put(task, JobMapper.logEntries(logs == null ? null : logs.getLogs())));
                    }
                    return new JobLogs(JobMapper.logEntries(r.getPartitioner()), JobMapper.logEntries(r.getAssembler()), tasks);
                });
    }

    /**
     * Waits until job {@code jobId} ends; see {@link Job#awaitCompletion(Duration, Duration)}. Polls
     * {@code GET /jobs/{id}} with a growing interval and, while the event stream is available,
     * wakes early when an event mentions the job; every decision rests on a GET, so the final
     * state is always confirmed by the server. All waiters of this client share one event stream,
     * connected before the first GET so no change after it is missed.
     *
     * @throws IllegalArgumentException if a duration is not positive
     */
    public Job awaitCompletion(String jobId, Duration timeout, Duration pollInterval) {
        check(jobId, timeout, pollInterval);
        try (JobEventHub.Watch watch = eventHub.watch(jobId)) {
            watch.awaitConnected(pollInterval);
            return new JobWaiter(this::get, http.clock(), watch::pause).await(jobId, timeout, pollInterval);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.util.concurrent.CancellationException("waiting for the job was interrupted");
        }
    }

    /**
     * {@link #awaitCompletion(String, Duration, Duration)} on a new daemon thread. Cancelling the
     * returned future stops the waiting at its next step.
     */
    public CompletableFuture<Job> awaitCompletionAsync(String jobId, Duration timeout, Duration pollInterval) {
        check(jobId, timeout, pollInterval);
        CompletableFuture<Job> future = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                future.complete(awaitCompletion(jobId, timeout, pollInterval));
            } catch (RuntimeException | Error e) {
                future.completeExceptionally(e);
            }
        }, "bytenite-await-" + jobId);
        thread.setDaemon(true);
        // Interrupting the waiting thread ends the wait (CancellationException) and closes its event stream.
        future.whenComplete((job, failure) -> {
            if (future.isCancelled()) {
                thread.interrupt();
            }
        });
        thread.start();
        return future;
    }

    private static void check(String jobId, Duration timeout, Duration pollInterval) {
        requirePathSegment("jobId", jobId);
        positive("timeout", timeout);
        positive("pollInterval", pollInterval);
    }

    private static void positive(String field, Duration d) {
        Objects.requireNonNull(d, field + " must not be null");
        if (d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException(field + ": expected a positive duration but was " + d);
        }
    }

    /**
     * Opens the account's event stream ({@code GET /events}) for iteration; see {@link EventStream}.
     * Event names and payloads are not documented by ByteNite: they are delivered raw, with the job
     * id and state offered typed when the payload has them.
     */
    public EventStream events() {
        return EventStream.startQueued(this::eventReader);
    }

    /** Opens the event stream and delivers each event to {@code listener} on the stream's thread. */
    public EventStream subscribe(JobEventListener listener) {
        Objects.requireNonNull(listener, "listener must not be null");
        return EventStream.start(this::eventReader, listener);
    }

    private EventReader eventReader(JobEventListener listener) {
        return new EventReader(http, () -> {
            try {
                return api.events().listenEventsCall(null).request();
            } catch (Exception e) {
                throw new IllegalStateException("cannot build the events request", e);
            }
        }, listener);
    }

    /** The Customer API server's version and messages. */
    public ServerInfo info() {
        return call(CustomerOperations.GET_INFO, () -> api.info().getInfoCall(null).request(),
                ServerInfoDto.class, JobMapper::serverInfo);
    }

    private Pager<Job> runQuery(Query.Spec query) {
        List<FilterDto> filters = GeneratedCustomerApi.gson().fromJson(query.filters(), new TypeToken<List<FilterDto>>() { }.getType());
        return Pager.of((offset, limit) -> {
            JobFilterRequestDto body = new JobFilterRequestDto()
                    .pagination(new FilterPaginationDto().limit(limit).offset(Math.toIntExact(offset)))
                    .filters(filters)
                    .orderBy(query.orderBy());
            return call(CustomerOperations.FILTER_JOBS, () -> api.jobs().filterJobsCall(body, null).request(), JsonObject.class,
                    this::jobPage);
        }, query.pageSize());
    }

    private <T, R> R call(Operation op, RequestSource source, Type type, Function<T, R> mapper) {
        return http.execute(op, source, GSON, type, mapper);
    }

    private Job job(JobReader.Answer answer) {
        return answer.toJob(this);
    }

    private Page<Job> jobPage(JsonObject answer) {
        JsonObject p = answer.has("pagination") && answer.get("pagination").isJsonObject() ? answer.getAsJsonObject("pagination") : null;
        List<Job> rows = JobReader.rows(answer, this);
        if (p == null) {
            return Page.of(rows, null, null, null);
        }
        return Page.of(rows, int64(p, "total"), int64(p, "offset"),
                p.has("hasNext") && !p.get("hasNext").isJsonNull() ? p.get("hasNext").getAsBoolean() : null);
    }

    private static Long int64(JsonObject o, String key) {
        return o.has(key) && !o.get(key).isJsonNull() ? ByteNiteJson.parseInt64(o.get(key).getAsString(), "pagination." + key) : null;
    }

    private static <G, T> Page<T> page(PaginationDto p, List<G> rows, Function<G, T> mapper) {
        List<T> items = new ArrayList<>();
        if (rows != null) {
            rows.forEach(row -> items.add(mapper.apply(row)));
        }
        if (p == null) {
            return Page.of(items, null, null, null);
        }
        return Page.of(items, ByteNiteJson.parseInt64(p.getTotal(), "pagination.total"),
                ByteNiteJson.parseInt64(p.getOffset(), "pagination.offset"), p.getHasNext());
    }

}
