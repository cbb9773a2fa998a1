package com.bytenite.sdk.jobs;

import static com.bytenite.sdk.core.http.Arguments.requirePathSegment;
import static com.bytenite.sdk.core.http.Arguments.requireText;

import com.bytenite.sdk.core.ByteNiteService;
import com.bytenite.sdk.core.ServerInfo;
import com.bytenite.sdk.core.errors.ByteNiteNetworkException;
import com.bytenite.sdk.core.errors.NotFoundException;
import com.bytenite.sdk.core.errors.UnexpectedStatusException;
import com.bytenite.sdk.core.json.ByteNiteJson;
import com.bytenite.sdk.core.paging.Pager;
import com.bytenite.sdk.core.paging.Query;
import com.bytenite.sdk.core.spi.Operation;
import com.bytenite.sdk.core.spi.RequestSource;
import com.bytenite.sdk.core.spi.ServiceContext;
import com.bytenite.sdk.jobs.internal.CustomerOperations;
import com.bytenite.sdk.jobs.internal.GeneratedCustomerApi;
import com.bytenite.sdk.jobs.internal.generated.model.CreateJobRequestDto;
import com.bytenite.sdk.jobs.internal.generated.model.FilterDto;
import com.bytenite.sdk.jobs.internal.generated.model.FilterPaginationDto;
import com.bytenite.sdk.jobs.internal.generated.model.JobFilterRequestDto;
import com.bytenite.sdk.jobs.internal.generated.model.RunJobRequestDto;
import com.bytenite.sdk.jobs.internal.generated.model.RunningTasksRequestDto;
import com.bytenite.sdk.jobs.internal.generated.model.RunningTasksResponseDto;
import com.bytenite.sdk.jobs.internal.generated.model.ServerInfoDto;
import com.bytenite.sdk.jobs.internal.generated.model.SetDataSourceRequestDto;
import com.google.gson.JsonObject;
import com.google.gson.reflect.TypeToken;
import java.lang.reflect.Type;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;

/**
 * Jobs: create, configure, run, follow, read results (the Customer API's {@code /jobs} routes).
 * Every method validates its arguments before sending anything and throws the SDK's unchecked
 * exceptions ({@code com.bytenite.sdk.core.errors}) for server errors and network failures.
 *
 * <pre>{@code
 * Job job = client.jobs().create("img-gen-diffusers-template")
 *         .source(DataSource.upload(Path.of("prompts.txt")))
 *         .destination(DataDestination.temporaryBucket())
 *         .submit()
 *         .awaitCompletion(Duration.ofMinutes(10));
 * }</pre>
 *
 * <p>Calls that may start or create something (create, run, abort, upload completed) are never
 * replayed automatically once sent; the others are retried on transient failures. Where things
 * live: waiting in {@code JobWaiter}, results and their download in {@code JobResults}, uploads in
 * {@code Uploader}, the event stream in {@link EventsService}.
 */
public final class JobsService extends ByteNiteService<JobsService> {
    private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");

    /** First poll interval of {@link #awaitCompletion(String, Duration, Duration)} by default. */
    static final Duration DEFAULT_POLL_INTERVAL = Duration.ofSeconds(2);

    private final CustomerCalls calls;
    private final GeneratedCustomerApi api;
    private final Uploader uploader;
    private final JobResults results;
    private final JobCreation creation = new JobCreation(this::get);

    /**
     * Services are made by {@code ByteNiteClient}; this constructor is for SDK modules and tests.
     *
     * @param context the shared HTTP stack and the options this view sends with
     */
    public JobsService(ServiceContext context) {
        super(context, JobsService::new);
        this.calls = new CustomerCalls(context);
        this.api = calls.api();
        this.uploader = new Uploader(context);
        this.results = new JobResults(calls);
    }

    Uploader uploader() {
        return uploader;
    }

    /**
     * Starts describing a new job from {@code templateId}; {@link JobRequest#submit()} sends it.
     *
     * @param templateId the template to create the job from
     * @return a new request; nothing is sent yet
     * @throws NullPointerException if {@code templateId} is null
     * @throws IllegalArgumentException if {@code templateId} is blank
     */
    public JobRequest create(String templateId) {
        return new JobRequest(this, templateId);
    }

    /**
     * Every job of the user, newest first as the server orders them, fetched lazily page by page.
     *
     * @return a lazy pager of 50 jobs per request; nothing is sent until it is iterated
     */
    public Pager<Job> list() {
        return list(Pager.DEFAULT_PAGE_SIZE);
    }

    /**
     * Like {@link #list()} with {@code pageSize} jobs per request.
     *
     * @param pageSize the {@code limit} of each request, 1 to 1000
     * @return a lazy pager; nothing is sent until it is iterated
     * @throws IllegalArgumentException if {@code pageSize} is outside 1..1000
     */
    public Pager<Job> list(int pageSize) {
        return Pager.of((offset, limit) -> call(CustomerOperations.LIST_JOBS,
                () -> api.jobs().listJobsCall(limit, Math.toIntExact(offset), null).request(), JsonObject.class, (JsonObject answer) -> JobReader.page(answer, forHandles())), pageSize);
    }

    /**
     * A filtered listing ({@code POST /jobs/filter}); see {@link JobQuery}.
     *
     * @return a new query to add filters to; nothing is sent until its pager is iterated
     */
    public JobQuery query() {
        return new JobQuery(this::runQuery);
    }

    /**
     * One job as the server describes it now ({@code GET /jobs/{id}}).
     *
     * @param jobId the job's id
     * @return the job
     * @throws IllegalArgumentException if {@code jobId} is blank, {@code .} or {@code ..} (nothing is sent)
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
        HttpUrl url = calls.url().addPathSegment("jobs").addPathSegment(id).build();
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
     * @param templateId the template to create the job from
     * @param name optional, null for the server's default
     * @param description optional
     * @return the draft job as the server describes it
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
     *
     * @param jobId the job's id
     * @param source where the job reads its input; only its descriptor and params are sent, never upload content
     * @param destination where the job writes its output
     * @return the job as the server describes it after the change
     * @throws NullPointerException if an argument is null (nothing is sent)
     * @throws IllegalArgumentException if {@code jobId} is not a valid path segment (nothing is sent)
     */
    public Job setDataSource(String jobId, DataSource source, DataDestination destination) {
        String id = requirePathSegment("jobId", jobId);
        Objects.requireNonNull(source, "source must not be null");
        Objects.requireNonNull(destination, "destination must not be null");
        SetDataSourceRequestDto body = new SetDataSourceRequestDto().dataSource(JobMapper.wire(source)).dataDestination(JobMapper.wire(destination));
        return call(CustomerOperations.SET_JOB_DATA_SOURCE, () -> api.jobs().setJobDataSourceCall(id, body, null).request(),
                JobReader.Answer.class, this::job);
    }

    /**
     * Sets the components' parameters ({@code PATCH /jobs/{id}/params}); the server validates them
     * against the template's schema when it has one, and refuses invalid ones at once.
     *
     * @param jobId the job's id
     * @param params the three components' parameters
     * @return the job as the server describes it after the change
     * @throws NullPointerException if an argument is null (nothing is sent)
     * @throws IllegalArgumentException if {@code jobId} is not a valid path segment (nothing is sent)
     */
    public Job setParams(String jobId, JobParams params) {
        String id = requirePathSegment("jobId", jobId);
        Objects.requireNonNull(params, "params must not be null");
        return call(CustomerOperations.SET_JOB_PARAMS, () -> api.jobs().setJobParamsCall(id, JobMapper.wire(params), null).request(),
                JobReader.Answer.class, this::job);
    }

    /**
     * Renames the job ({@code PATCH /jobs/{id}/jobname}); the name is sent as a bare JSON string.
     *
     * @param jobId the job's id
     * @param name the new name, not blank
     * @return the job as the server describes it after the change
     * @throws NullPointerException if an argument is null (nothing is sent)
     * @throws IllegalArgumentException if {@code jobId} is not a valid path segment or {@code name} is blank (nothing is sent)
     */
    public Job rename(String jobId, String name) {
        String id = requirePathSegment("jobId", jobId);
        requireText("name", name);
        return call(CustomerOperations.SET_JOB_NAME, () -> api.jobs().setJobNameCall(id, name, null).request(), JobReader.Answer.class,
                this::job);
    }

    /**
     * Sets timeouts and the test flag ({@code PATCH /jobs/{id}/configs}); unset fields are not sent.
     *
     * @param jobId the job's id
     * @param config the settings to send
     * @return the job as the server describes it after the change
     * @throws NullPointerException if an argument is null (nothing is sent)
     * @throws IllegalArgumentException if {@code jobId} is not a valid path segment (nothing is sent)
     */
    public Job setConfig(String jobId, JobConfig config) {
        String id = requirePathSegment("jobId", jobId);
        Objects.requireNonNull(config, "config must not be null");
        return call(CustomerOperations.SET_JOB_CONFIGS, () -> api.jobs().setJobConfigsCall(id, JobMapper.config(config), null).request(),
                JobReader.Answer.class, this::job);
    }

    /**
     * Starts the job, with {@code config} wrapped as the reference shows ({@code {"config": {…}}}).
     * Never retried once sent. The answer's body is not documented and is not read.
     *
     * @param jobId the job's id
     * @param config the settings sent with the run; {@link JobConfig#empty()} sends none
     * @throws NullPointerException if an argument is null (nothing is sent)
     * @throws IllegalArgumentException if {@code jobId} is not a valid path segment (nothing is sent)
     */
    public void run(String jobId, JobConfig config) {
        String id = requirePathSegment("jobId", jobId);
        Objects.requireNonNull(config, "config must not be null");
        RunJobRequestDto body = new RunJobRequestDto().config(JobMapper.config(config));
        call(CustomerOperations.RUN_JOB, () -> api.jobs().runJobCall(id, body, null).request(), Object.class, Function.identity());
    }

    /**
     * Stops a running job; a job that has not started yet is deleted. Never retried once sent.
     *
     * @param jobId the job's id
     * @throws IllegalArgumentException if {@code jobId} is not a valid path segment (nothing is sent)
     */
    public void abort(String jobId) {
        String id = requirePathSegment("jobId", jobId);
        call(CustomerOperations.ABORT_JOB, () -> api.jobs().abortJobCall(id, null).request(), Object.class, Function.identity());
    }

    /**
     * Deletes the job ({@code DELETE /jobs/{id}}); retried on transient failures. What deleting a
     * running job does is not documented: {@link #abort(String)} it first.
     *
     * @param jobId the job's id
     * @throws IllegalArgumentException if {@code jobId} is not a valid path segment (nothing is sent)
     */
    public void delete(String jobId) {
        String id = requirePathSegment("jobId", jobId);
        call(CustomerOperations.DELETE_JOB, () -> api.jobs().deleteJobCall(id, null).request(), Object.class, Function.identity());
    }

    /**
     * The job's output files and their links (signed URLs for the temporary bucket, valid 48 hours).
     *
     * @param jobId the job's id
     * @return the results, in the server's order; empty when it lists none
     * @throws IllegalArgumentException if {@code jobId} is not a valid path segment (nothing is sent)
     */
    public List<JobResult> results(String jobId) {
        return results.list(jobId);
    }

    /**
     * Streams every result file of the job into {@code directory} (created if needed) and returns
     * the files written. Names come from the server and are made safe: only their last segment is
     * used, special characters become {@code _}, and an existing file is never replaced (a
     * {@code name (1).ext} is written instead). Each file appears only once complete.
     *
     * @param jobId the job's id
     * @param directory where to write the files
     * @param listener told how each download advances; {@link TransferListener#NONE} for nothing
     * @return the files written, in the order of {@link #results(String)}
     * @throws IllegalArgumentException if {@code directory} cannot be created
     * @throws com.bytenite.sdk.core.errors.ByteNiteException if a link is not an http(s) URL or a download
     *     fails; files written before it stay
     */
    public List<Path> downloadResults(String jobId, Path directory, TransferListener listener) {
        return results.download(jobId, directory, listener);
    }

    /**
     * How many tasks each job has running now ({@code POST /jobs/runningTasks}); jobs the server does not mention are absent.
     *
     * @param jobIds the jobs to ask about, at least one
     * @return job id to running task count, unmodifiable
     * @throws NullPointerException if {@code jobIds} or one of its ids is null (nothing is sent)
     * @throws IllegalArgumentException if {@code jobIds} is empty or holds a blank id (nothing is sent)
     */
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
     *
     * @param jobId the job's id
     * @throws IllegalArgumentException if {@code jobId} is not a valid path segment (nothing is sent)
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
            HttpUrl url = calls.url()
                    .addPathSegment("jobs").addPathSegment("uploadcompleted").addPathSegment(id).build();
            call(CustomerOperations.SET_UPLOAD_COMPLETED, () -> new Request.Builder().url(url).post(RequestBody.create("{}", JSON)).build(),
                    Object.class, Function.identity());
        }
    }

    /** The job's logs; see {@link LogsService#get(String)}. */
    JobLogs logs(String jobId) {
        return new LogsService(context()).get(jobId);
    }

    /**
     * Waits until job {@code jobId} ends; see {@link Job#awaitCompletion(Duration, Duration)}. Polls
     * {@code GET /jobs/{id}} with a growing interval and, while the event stream is available,
     * wakes early when an event mentions the job; every decision rests on a GET, so the final
     * state is always confirmed by the server. All waiters of the client share one event stream,
     * connected before the first GET so no change after it is missed. To wait without blocking,
     * use {@code async().call(jobs -> jobs.awaitCompletion(…))}: cancelling its future stops the wait.
     *
     * @param jobId the job's id
     * @param timeout how long to wait at most
     * @param pollInterval the first interval between two reads of the job; it grows up to 8× while the state is unchanged
     * @return the job once complete
     * @throws IllegalArgumentException if the id is not a valid path segment or a duration is not positive
     * @throws JobFailedException if the job ended failed or aborted
     * @throws JobWaitTimeoutException if {@code timeout} passed first (the job keeps running)
     * @throws java.util.concurrent.CancellationException if the waiting thread was interrupted
     */
    public Job awaitCompletion(String jobId, Duration timeout, Duration pollInterval) {
        // The hub listens on the stack's root context: it outlives this view and any one call.
        JobEventHub hub = context().shared(JobEventHub.class,
                () -> new JobEventHub(new EventsService(context().http().context())::subscribe, context().http().sleeper()));
        return JobWaiter.awaitWithEvents(hub, this::get, context().http().clock(), jobId, timeout, pollInterval);
    }

    /**
     * Like {@link #awaitCompletion(String, Duration, Duration)}, polling every 2 seconds at first.
     *
     * @param jobId the job's id
     * @param timeout how long to wait at most
     * @return the job once complete
     * @throws IllegalArgumentException if the id is not a valid path segment or {@code timeout} is not positive
     * @throws JobFailedException if the job ended failed or aborted
     * @throws JobWaitTimeoutException if {@code timeout} passed first (the job keeps running)
     * @throws java.util.concurrent.CancellationException if the waiting thread was interrupted
     */
    public Job awaitCompletion(String jobId, Duration timeout) {
        return awaitCompletion(jobId, timeout, DEFAULT_POLL_INTERVAL);
    }

    /**
     * The Customer API server's version and messages ({@code GET /info}).
     *
     * @return the information as the server sent it
     */
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
                    (JsonObject answer) -> JobReader.page(answer, forHandles()));
        }, query.pageSize());
    }

    private <T, R> R call(Operation op, RequestSource source, Type type, Function<T, R> mapper) {
        return calls.call(op, source, type, mapper);
    }

    private Job job(JobReader.Answer answer) {
        return answer.toJob(forHandles());
    }

    /**
     * The view {@link Job} handles call back through: this one, without the raw-response recorder or
     * async cancellation of the call that read the job, which must not reach the handle's later calls.
     */
    private JobsService forHandles() {
        ServiceContext plain = context().withoutCallHooks();
        return plain == context() ? this : new JobsService(plain);
    }

}
