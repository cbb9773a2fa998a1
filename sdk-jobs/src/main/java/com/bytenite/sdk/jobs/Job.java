package com.bytenite.sdk.jobs;

import com.google.gson.JsonObject;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A job as the server last described it, and a handle to act on it ({@link #refresh()},
 * {@link #awaitCompletion(Duration)}, {@link #results()}, {@link #abort()}, …). Immutable: actions
 * that change the job return a new {@code Job}. Every field but the id may be absent: the server omits what is not set yet, and older
 * payloads name some fields differently ({@code completedAt} for {@code endedAt}, read here as
 * {@link #endedAt()}). Fields this SDK does not know are kept in {@link #unknownFields()}.
 */
public final class Job {
    private final String id;
    private final String templateId;
    private final String name;
    private final String description;
    private final JobState state;
    private final JobConfig config;
    private final String priority;
    private final Instant createdAt;
    private final Instant startAt;
    private final Instant submittedAt;
    private final Instant startedAt;
    private final Instant endedAt;
    private final Instant deletedAt;
    private final List<String> regionBlacklist;
    private final List<String> regionWhitelist;
    private final DataSource dataSource;
    private final DataDestination dataDestination;
    private final JobParams params;
    private final Long duration;
    private final BigDecimal paymentAmount;
    private final String numUnitsEstimation;
    private final Long numChunks;
    private final String errorMessage;
    private final Map<String, Instant> stateTimestamps;
    private final String appId;
    private final JobTemplate template;
    private final JsonObject unknownFields;
    private final JobsService client;

    Job(Builder b) {
        this.id = Objects.requireNonNull(b.id, "id must not be null");
        this.templateId = b.templateId;
        this.name = b.name;
        this.description = b.description;
        this.state = b.state;
        this.config = b.config == null ? JobConfig.empty() : b.config;
        this.priority = b.priority;
        this.createdAt = b.createdAt;
        this.startAt = b.startAt;
        this.submittedAt = b.submittedAt;
        this.startedAt = b.startedAt;
        this.endedAt = b.endedAt;
        this.deletedAt = b.deletedAt;
        // Collections and trees are adopted, not copied: the only builder is JobReader, which hands
        // over values nobody else holds.
        this.regionBlacklist = b.regionBlacklist == null ? List.of() : Collections.unmodifiableList(b.regionBlacklist);
        this.regionWhitelist = b.regionWhitelist == null ? List.of() : Collections.unmodifiableList(b.regionWhitelist);
        this.dataSource = b.dataSource;
        this.dataDestination = b.dataDestination;
        this.params = b.params == null ? JobParams.empty() : b.params;
        this.duration = b.duration;
        this.paymentAmount = b.paymentAmount;
        this.numUnitsEstimation = b.numUnitsEstimation;
        this.numChunks = b.numChunks;
        this.errorMessage = b.errorMessage;
        this.stateTimestamps = b.stateTimestamps == null ? Map.of() : Collections.unmodifiableMap(b.stateTimestamps);
        this.appId = b.appId;
        this.template = b.template;
        this.unknownFields = b.unknownFields == null ? new JsonObject() : b.unknownFields;
        this.client = b.client;
    }

    /**
     * The same job as the server describes it now ({@code GET /jobs/{id}}).
     *
     * @return a new {@code Job}; this one is unchanged
     * @throws com.bytenite.sdk.core.errors.NotFoundException if the job no longer exists
     */
    public Job refresh() {
        return client().get(id);
    }

    /**
     * Waits until the job ends, polling every 2 seconds at first (see {@link #awaitCompletion(Duration, Duration)}).
     *
     * @param timeout how long to wait at most
     * @return the job once complete
     * @throws IllegalArgumentException if {@code timeout} is not positive
     * @throws JobFailedException if it ended failed or aborted, with its {@link #errorMessage()}
     * @throws JobWaitTimeoutException if {@code timeout} passed first (the job keeps running)
     * @throws java.util.concurrent.CancellationException if the waiting thread was interrupted
     */
    public Job awaitCompletion(Duration timeout) {
        return awaitCompletion(timeout, JobsService.DEFAULT_POLL_INTERVAL);
    }

    /**
     * Waits until the job ends, asking the server for its state every {@code pollInterval}, and
     * less often (up to 8× the interval) while the state does not change.
     *
     * @param timeout how long to wait at most
     * @param pollInterval the first interval between two reads of the job
     * @return the job once complete
     * @throws IllegalArgumentException if a duration is not positive
     * @throws JobFailedException if it ended failed or aborted, with its {@link #errorMessage()}
     * @throws JobWaitTimeoutException if {@code timeout} passed first (the job keeps running)
     * @throws java.util.concurrent.CancellationException if the waiting thread was interrupted
     */
    public Job awaitCompletion(Duration timeout, Duration pollInterval) {
        return client().awaitCompletion(id, timeout, pollInterval);
    }

    /**
     * {@link #awaitCompletion(Duration)} on the client's async executor. Cancelling the future stops
     * the waiting (not the job). The future fails with the very exceptions the wait throws.
     *
     * @param timeout how long to wait at most
     * @return a future completed with the job once complete
     */
    public java.util.concurrent.CompletableFuture<Job> awaitCompletionAsync(Duration timeout) {
        return client().async().call(jobs -> jobs.awaitCompletion(id, timeout));
    }

    /**
     * The job's output files and their links ({@code GET /jobs/{id}/results}).
     *
     * @return the results; links into ByteNite's temporary bucket are signed and valid 48 hours
     */
    public List<JobResult> results() {
        return client().results(id);
    }

    /**
     * Downloads every result file into {@code directory}; see
     * {@link JobsService#downloadResults(String, java.nio.file.Path, TransferListener)}.
     *
     * @param directory where to write the files; created if needed
     * @return the files written
     * @throws IllegalArgumentException if {@code directory} cannot be created
     */
    public List<java.nio.file.Path> downloadResults(java.nio.file.Path directory) {
        return client().downloadResults(id, directory, TransferListener.NONE);
    }

    /**
     * Downloads every result file into {@code directory}, reporting progress; see
     * {@link JobsService#downloadResults(String, java.nio.file.Path, TransferListener)}.
     *
     * @param directory where to write the files; created if needed
     * @param listener told how each download advances
     * @return the files written
     * @throws IllegalArgumentException if {@code directory} cannot be created
     */
    public List<java.nio.file.Path> downloadResults(java.nio.file.Path directory, TransferListener listener) {
        return client().downloadResults(id, directory, listener);
    }

    /**
     * The logs of the job's partitioner, assembler and every task ({@code POST /logs}).
     *
     * @return the logs as the server holds them now
     */
    public JobLogs logs() {
        return client().logs(id);
    }

    /**
     * Stops the job if it runs; a job that has not started is deleted. Never retried once sent.
     */
    public void abort() {
        client().abort(id);
    }

    /**
     * Deletes the job ({@code DELETE /jobs/{id}}). What deleting a running job does is not documented.
     */
    public void delete() {
        client().delete(id);
    }

    /**
     * Renames the job.
     *
     * @param name the new name, not blank
     * @return the job as the server describes it after the change
     * @throws IllegalArgumentException if {@code name} is blank (nothing is sent)
     */
    public Job rename(String name) {
        return client().rename(id, name);
    }

    private JobsService client() {
        if (client == null) {
            throw new IllegalStateException("this Job was not read through a JobsService (client.jobs())");
        }
        return client;
    }

    /**
     * The job's id.
     *
     * @return the id as the server sent it
     */
    public String id() {
        return id;
    }

    /**
     * The template the job was created from.
     *
     * @return the template's id, or empty when the server sent none
     */
    public Optional<String> templateId() {
        return Optional.ofNullable(templateId);
    }

    /**
     * The job's name.
     *
     * @return the name, or empty when the server sent none
     */
    public Optional<String> name() {
        return Optional.ofNullable(name);
    }

    /**
     * The job's description.
     *
     * @return the description, or empty when the server sent none
     */
    public Optional<String> description() {
        return Optional.ofNullable(description);
    }

    /**
     * The lifecycle state; empty only if the server sent none.
     *
     * @return the state, unknown values kept as sent
     */
    public Optional<JobState> state() {
        return Optional.ofNullable(state);
    }

    /**
     * The job's timeouts and test flag, as the server sent them.
     *
     * @return the config; empty when the server sent none
     */
    public JobConfig config() {
        return config;
    }

    /**
     * The raw execution priority (e.g. {@code EXECUTION_PRIORITY_UNDEFINED}); the other values are not documented.
     *
     * @return the priority as sent, or empty when the server sent none
     */
    public Optional<String> priority() {
        return Optional.ofNullable(priority);
    }

    /**
     * When the job was created.
     *
     * @return the time, or empty when the server sent none
     */
    public Optional<Instant> createdAt() {
        return Optional.ofNullable(createdAt);
    }

    /**
     * The job's scheduled start ({@code startAt}); how to set one is not documented.
     *
     * @return the time, or empty when unset
     */
    public Optional<Instant> startAt() {
        return Optional.ofNullable(startAt);
    }

    /**
     * When the job was submitted (run).
     *
     * @return the time, or empty when it has not been
     */
    public Optional<Instant> submittedAt() {
        return Optional.ofNullable(submittedAt);
    }

    /**
     * When the job started.
     *
     * @return the time, or empty when it has not started
     */
    public Optional<Instant> startedAt() {
        return Optional.ofNullable(startedAt);
    }

    /**
     * When the job ended ({@code endedAt}, or {@code completedAt} in older payloads).
     *
     * @return the time, or empty when it has not ended
     */
    public Optional<Instant> endedAt() {
        return Optional.ofNullable(endedAt);
    }

    /**
     * When the job was deleted.
     *
     * @return the time, or empty when it has not been
     */
    public Optional<Instant> deletedAt() {
        return Optional.ofNullable(deletedAt);
    }

    /**
     * The {@code regions.blacklist} the server sent; how regions are named and applied is not documented.
     *
     * @return an unmodifiable list, empty when the server sent none
     */
    public List<String> regionBlacklist() {
        return regionBlacklist;
    }

    /**
     * The {@code regions.whitelist} the server sent; how regions are named and applied is not documented.
     *
     * @return an unmodifiable list, empty when the server sent none
     */
    public List<String> regionWhitelist() {
        return regionWhitelist;
    }

    /**
     * Where the job reads its input. For a {@code file} source, its params hold the signed {@code tempUrl} to upload to.
     *
     * @return the source, or empty when none is set
     */
    public Optional<DataSource> dataSource() {
        return Optional.ofNullable(dataSource);
    }

    /**
     * Where the job writes its output.
     *
     * @return the destination, or empty when none is set
     */
    public Optional<DataDestination> dataDestination() {
        return Optional.ofNullable(dataDestination);
    }

    /**
     * The components' parameters, as the server sent them.
     *
     * @return the params; empty when the server sent none
     */
    public JobParams params() {
        return params;
    }

    /**
     * The {@code duration} field as sent. Its unit is not documented (seconds is the likely one),
     * so it is not converted to a {@link Duration}.
     *
     * @return the value as sent, or empty when the server sent none
     */
    public OptionalLong duration() {
        return duration == null ? OptionalLong.empty() : OptionalLong.of(duration);
    }

    /**
     * What the job cost, in ByteChips.
     *
     * @return the exact amount, or empty when the server sent none
     */
    public Optional<BigDecimal> paymentAmount() {
        return Optional.ofNullable(paymentAmount);
    }

    /**
     * The estimated compute units, as sent; its format is not documented.
     *
     * @return the estimate, or empty when the server sent none
     */
    public Optional<String> numUnitsEstimation() {
        return Optional.ofNullable(numUnitsEstimation);
    }

    /**
     * How many chunks the partitioner split the input into.
     *
     * @return the count, or empty when the server sent none
     */
    public OptionalLong numChunks() {
        return numChunks == null ? OptionalLong.empty() : OptionalLong.of(numChunks);
    }

    /**
     * Why the job failed, when it did.
     *
     * @return the server's message, or empty when it sent none
     */
    public Optional<String> errorMessage() {
        return Optional.ofNullable(errorMessage);
    }

    /**
     * When the job entered each state, keyed by the raw state name.
     *
     * @return an unmodifiable map, empty when the server sent none
     */
    public Map<String, Instant> stateTimestamps() {
        return stateTimestamps;
    }

    /**
     * The app the job runs.
     *
     * @return the app's id, or empty when the server sent none
     */
    public Optional<String> appId() {
        return Optional.ofNullable(appId);
    }

    /**
     * The template the job was created from, as the server describes it ({@code templateInfo}).
     *
     * @return the template, or empty when the server sent none
     */
    public Optional<JobTemplate> template() {
        return Optional.ofNullable(template);
    }

    /**
     * Fields the server sent that this SDK version does not know, unchanged.
     *
     * @return a deep copy, empty when there were none
     */
    public JsonObject unknownFields() {
        return unknownFields.deepCopy();
    }

    @Override
    public String toString() {
        return "Job{id=" + id + ", name=" + name + ", state=" + state + ", templateId=" + templateId
                + (errorMessage == null ? "" : ", errorMessage=" + errorMessage) + '}';
    }

    /** Used by the response mapping; not a public way to invent jobs. */
    static final class Builder {
        String id;
        String templateId;
        String name;
        String description;
        JobState state;
        JobConfig config;
        String priority;
        Instant createdAt;
        Instant startAt;
        Instant submittedAt;
        Instant startedAt;
        Instant endedAt;
        Instant deletedAt;
        List<String> regionBlacklist;
        List<String> regionWhitelist;
        DataSource dataSource;
        DataDestination dataDestination;
        JobParams params;
        Long duration;
        BigDecimal paymentAmount;
        String numUnitsEstimation;
        Long numChunks;
        String errorMessage;
        Map<String, Instant> stateTimestamps;
        String appId;
        JobTemplate template;
        JsonObject unknownFields;
        JobsService client;

        Job build() {
            return new Job(this);
        }
    }
}
