package com.bytenite.sdk.jobs;

import static com.bytenite.sdk.core.http.Arguments.requireText;

import com.bytenite.sdk.jobs.JobSubmissionException.Step;
import com.bytenite.sdk.jobs.internal.GeneratedCustomerApi;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.time.Duration;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A new job, described fluently and sent as the documented lifecycle: create → data source →
 * params → configs → run.
 *
 * <pre>{@code
 * Job job = jobs.create("hello-world-template")
 *         .name("greeting")
 *         .source(DataSource.url("https://example.com/hello.txt"))
 *         .destination(DataDestination.temporaryBucket())
 *         .appParams(Map.of("case", "upper"))
 *         .taskTimeout(Duration.ofMinutes(5))
 *         .submit();
 * }</pre>
 *
 * <p>Everything is validated before the first request. A step left unset is not sent, so the
 * template's defaults apply. If a step fails after the job was created, a {@link
 * JobSubmissionException} names the step and carries the job id; with {@link
 * #deleteDraftOnFailure(boolean)} the SDK deletes the draft first (a failed run is never undone:
 * the job may have started).
 */
public final class JobRequest {
    private static final Logger LOG = LoggerFactory.getLogger(JobRequest.class);

    private final JobsService client;
    private final String templateId;
    private String name;
    private String description;
    private DataSource source;
    private DataDestination destination;
    private JsonObject partitionerParams;
    private JsonObject appParams;
    private JsonObject assemblerParams;
    private JobConfig config = JobConfig.empty();
    private boolean deleteDraftOnFailure = true;
    private TransferListener uploadListener = TransferListener.NONE;

    JobRequest(JobsService client, String templateId) {
        Objects.requireNonNull(templateId, "templateId must not be null");
        if (templateId.isBlank()) {
            throw new IllegalArgumentException("templateId: expected a non-blank template id");
        }
        this.client = client;
        this.templateId = templateId;
    }

    /**
     * The job's name; without one the server picks its default.
     *
     * @param name the name, not blank
     * @return this request
     * @throws NullPointerException if {@code name} is null
     * @throws IllegalArgumentException if {@code name} is blank
     */
    public JobRequest name(String name) {
        this.name = requireText("name", name);
        return this;
    }

    /**
     * The job's description.
     *
     * @param description the text, possibly empty
     * @return this request
     * @throws NullPointerException if {@code description} is null
     */
    public JobRequest description(String description) {
        this.description = Objects.requireNonNull(description, "description must not be null");
        return this;
    }

    /**
     * Where the job reads its input; set a destination too. An upload source is uploaded by {@link #draft()}
     * and {@link #submit()}.
     *
     * @param source the source
     * @return this request
     * @throws NullPointerException if {@code source} is null
     */
    public JobRequest source(DataSource source) {
        this.source = Objects.requireNonNull(source, "source must not be null");
        return this;
    }

    /**
     * Where the job writes its output; set a source too.
     *
     * @param destination the destination
     * @return this request
     * @throws NullPointerException if {@code destination} is null
     */
    public JobRequest destination(DataDestination destination) {
        this.destination = Objects.requireNonNull(destination, "destination must not be null");
        return this;
    }

    /**
     * The app's parameters: a {@code Map}, a Gson {@code JsonObject}, or any object Gson serialises
     * to a JSON object. Copied now, so later changes to {@code params} are not sent.
     *
     * @param params the parameters
     * @return this request
     * @throws NullPointerException if {@code params} is null
     * @throws IllegalArgumentException if it does not serialise to a JSON object
     */
    public JobRequest appParams(Object params) {
        this.appParams = toObject("appParams", params);
        return this;
    }

    /**
     * The partitioner's parameters; same rules as {@link #appParams(Object)}.
     *
     * @param params the parameters
     * @return this request
     * @throws NullPointerException if {@code params} is null
     * @throws IllegalArgumentException if it does not serialise to a JSON object
     */
    public JobRequest partitionerParams(Object params) {
        this.partitionerParams = toObject("partitionerParams", params);
        return this;
    }

    /**
     * The assembler's parameters; same rules as {@link #appParams(Object)}.
     *
     * @param params the parameters
     * @return this request
     * @throws NullPointerException if {@code params} is null
     * @throws IllegalArgumentException if it does not serialise to a JSON object
     */
    public JobRequest assemblerParams(Object params) {
        this.assemblerParams = toObject("assemblerParams", params);
        return this;
    }

    /**
     * How long one task may run; see {@link JobConfig#withTaskTimeout(Duration)}.
     *
     * @param timeout 1 second to 30 days, in whole seconds
     * @return this request
     * @throws NullPointerException if {@code timeout} is null
     * @throws IllegalArgumentException unless between 1 second and 30 days, in whole seconds
     */
    public JobRequest taskTimeout(Duration timeout) {
        this.config = config.withTaskTimeout(timeout);
        return this;
    }

    /**
     * How long the whole job may run; see {@link JobConfig#withJobTimeout(Duration)}.
     *
     * @param timeout 1 second to 30 days, in whole seconds
     * @return this request
     * @throws NullPointerException if {@code timeout} is null
     * @throws IllegalArgumentException unless between 1 second and 30 days, in whole seconds
     */
    public JobRequest jobTimeout(Duration timeout) {
        this.config = config.withJobTimeout(timeout);
        return this;
    }

    /**
     * The {@code isTestJob} flag; what the server does differently for a test job is not documented.
     *
     * @param testJob the flag to send
     * @return this request
     */
    public JobRequest testJob(boolean testJob) {
        this.config = config.withTestJob(testJob);
        return this;
    }

    /**
     * Told how the upload of a {@link DataSource#upload(java.nio.file.Path) file source} advances.
     *
     * @param listener the listener; {@link TransferListener#NONE} by default
     * @return this request
     * @throws NullPointerException if {@code listener} is null
     */
    public JobRequest uploadListener(TransferListener listener) {
        this.uploadListener = Objects.requireNonNull(listener, "listener must not be null");
        return this;
    }

    /**
     * Whether to delete the created draft when a later step fails while the job provably never
     * started: any step before run, or a run the server refused with an error status below 500.
     * On by default, so a failed submit leaves no draft behind (a draft never ran and cost nothing;
     * everything it held is still in this request). Never applied when the run's outcome is
     * unknown (no answer, or a 5xx): deleting a job that may be running would abort it.
     *
     * @param delete false to keep the draft for inspection
     * @return this request
     */
    public JobRequest deleteDraftOnFailure(boolean delete) {
        this.deleteDraftOnFailure = delete;
        return this;
    }

    /**
     * Creates the job and sets everything, but does not run it.
     *
     * @return the draft as the server described it after the last step
     * @throws IllegalArgumentException if the request is incomplete (nothing is sent)
     * @throws JobSubmissionException if a step after create fails
     * @throws com.bytenite.sdk.core.errors.ByteNiteException if the create itself fails (see
     *     {@link JobsService#createJob(String, String, String)})
     */
    public Job draft() {
        validate();
        // Sent inline on create (one call fewer per job where the server applies them); set again below otherwise.
        Job job = client.createJob(templateId, name, description, source, destination, params());
        try {
            return configure(job);
        } catch (StepFailure f) {
            throw fail(f.step, job.id(), f.cause);
        }
    }

    private JobParams params() {
        return partitionerParams != null || appParams != null || assemblerParams != null
                ? JobParams.of(partitionerParams, appParams, assemblerParams) : null;
    }

    /**
     * Creates, configures and runs the job; returns it as the server described it after the last
     * configuring step (its state is the one before run took effect: {@link JobsService#get} it to
     * follow it).
     *
     * @return the job, as the server described it before the run
     * @throws IllegalArgumentException if the request is incomplete (nothing is sent)
     * @throws JobSubmissionException if a step after create fails
     * @throws com.bytenite.sdk.core.errors.ByteNiteException if the create itself fails (see
     *     {@link JobsService#createJob(String, String, String)})
     */
    public Job submit() {
        Job job = draft();
        try {
            client.run(job.id(), config);
        } catch (RuntimeException e) {
            throw JobSubmissionException.refusedToStart(e) ? fail(Step.RUN, job.id(), e) : new JobSubmissionException(Step.RUN, job.id(), false, e);
        }
        return job;
    }

    private void validate() {
        if ((source == null) != (destination == null)) {
            throw new IllegalArgumentException(source == null
                    ? "source: required when a destination is set (DataSource.bypass() for no input)"
                    : "destination: required when a source is set (DataDestination.temporaryBucket() for ByteNite's bucket)");
        }
    }

    private Job configure(Job created) {
        Job job = created;
        if (source != null) {
            if (!applied(created)) {
                job = step(Step.SET_DATA_SOURCE, () -> client.setDataSource(created.id(), source, destination));
            }
            if (source.uploadContent().isPresent()) {
                String tempUrl = tempUrl(job);
                step(Step.UPLOAD, () -> {
                    client.uploader().upload(tempUrl, source.uploadContent().get(), uploadListener);
                    return null;
                });
                step(Step.UPLOAD_COMPLETED, () -> {
                    client.uploadCompleted(created.id());
                    return null;
                });
            }
        }
        JobParams params = params();
        if (params != null && !params.equals(created.params())) {
            job = step(Step.SET_PARAMS, () -> client.setParams(created.id(), params));
        }
        if (!config.isEmpty()) {
            job = step(Step.SET_CONFIG, () -> client.setConfig(created.id(), config));
        }
        return job;
    }

    /** Whether the create's answer shows this request's data source and destination applied. */
    private boolean applied(Job created) {
        return created.dataSource().map(d -> d.descriptor().equals(source.descriptor())).orElse(false)
                && created.dataDestination().map(d -> d.descriptor().equals(destination.descriptor())).orElse(false);
    }

    /** Step two of the upload workflow: the signed URL the server put into the job's data source. */
    private static String tempUrl(Job job) {
        return job.dataSource()
                .map(ds -> ds.params().get("tempUrl"))
                .filter(e -> e.isJsonPrimitive() && !e.getAsString().isBlank())
                .map(JsonElement::getAsString)
                .orElseThrow(() -> new StepFailure(Step.UPLOAD, new IllegalStateException(
                        "the server answered the file data source without a tempUrl to upload to")));
    }

    private JobSubmissionException fail(Step step, String jobId, RuntimeException cause) {
        boolean deleted = false;
        if (deleteDraftOnFailure) {
            try {
                client.delete(jobId);
                deleted = true;
            } catch (RuntimeException deleteFailure) {
                cause.addSuppressed(deleteFailure);
                LOG.warn("could not delete draft job {} after step {} failed: {}", jobId, step, deleteFailure.getMessage());
            }
        }
        return new JobSubmissionException(step, jobId, deleted, cause);
    }

    private static Job step(Step step, java.util.function.Supplier<Job> action) {
        try {
            return action.get();
        } catch (RuntimeException e) {
            throw new StepFailure(step, e);
        }
    }

    private static JsonObject toObject(String field, Object params) {
        Objects.requireNonNull(params, field + " must not be null");
        JsonElement tree;
        try {
            tree = params instanceof JsonElement ? ((JsonElement) params).deepCopy() : GeneratedCustomerApi.gson().toJsonTree(params);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(field + ": cannot be serialised to JSON (" + e.getClass().getSimpleName() + ")", e);
        }
        if (!tree.isJsonObject()) {
            throw new IllegalArgumentException(field + ": expected a JSON object (a Map, JsonObject or bean) but it serialises to "
                    + (tree.isJsonArray() ? "an array" : tree.isJsonNull() ? "null" : "a primitive"));
        }
        return tree.getAsJsonObject();
    }


    /** Carries a failed step out of {@link #configure}. */
    private static final class StepFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final Step step;
        final RuntimeException cause;

        StepFailure(Step step, RuntimeException cause) {
            super(null, null, false, false);
            this.step = step;
            this.cause = cause;
        }
    }
}
