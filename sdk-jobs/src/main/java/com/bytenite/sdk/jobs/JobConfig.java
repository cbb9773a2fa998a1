package com.bytenite.sdk.jobs;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * A job's execution settings: task timeout, job timeout, and whether it is a test job. Each is
 * optional; an unset one is left to the template or the server's default.
 */
public final class JobConfig {
    /** ByteNite does not publish limits; this bound only catches unit mistakes (ms given as s). */
    static final Duration MAX_TIMEOUT = Duration.ofDays(30);

    private final Duration taskTimeout;
    private final Duration jobTimeout;
    private final Boolean testJob;

    private JobConfig(Duration taskTimeout, Duration jobTimeout, Boolean testJob) {
        this.taskTimeout = taskTimeout;
        this.jobTimeout = jobTimeout;
        this.testJob = testJob;
    }

    /**
     * Nothing set.
     *
     * @return a config that sends no field
     */
    public static JobConfig empty() {
        return new JobConfig(null, null, null);
    }

    /**
     * A copy with the task timeout set: how long one task may run ({@code taskTimeout}, sent in seconds).
     *
     * @param taskTimeout 1 second to 30 days, in whole seconds
     * @return a new config; this one is unchanged
     * @throws NullPointerException if {@code taskTimeout} is null
     * @throws IllegalArgumentException if a timeout is not between 1 second and 30 days, or not whole seconds
     */
    public JobConfig withTaskTimeout(Duration taskTimeout) {
        return new JobConfig(checked("taskTimeout", taskTimeout), jobTimeout, testJob);
    }

    /**
     * A copy with the job timeout set: how long the whole job may run ({@code jobTimeout}, sent in seconds).
     *
     * @param jobTimeout 1 second to 30 days, in whole seconds
     * @return a new config; this one is unchanged
     * @throws NullPointerException if {@code jobTimeout} is null
     * @throws IllegalArgumentException if a timeout is not between 1 second and 30 days, or not whole seconds
     */
    public JobConfig withJobTimeout(Duration jobTimeout) {
        return new JobConfig(taskTimeout, checked("jobTimeout", jobTimeout), testJob);
    }

    /**
     * A copy with the {@code isTestJob} flag set. What the server does differently for a test job is not documented.
     *
     * @param testJob the flag to send
     * @return a new config; this one is unchanged
     */
    public JobConfig withTestJob(boolean testJob) {
        return new JobConfig(taskTimeout, jobTimeout, testJob);
    }

    /**
     * The task timeout.
     *
     * @return the timeout, or empty when unset
     */
    public Optional<Duration> taskTimeout() {
        return Optional.ofNullable(taskTimeout);
    }

    /**
     * The job timeout.
     *
     * @return the timeout, or empty when unset
     */
    public Optional<Duration> jobTimeout() {
        return Optional.ofNullable(jobTimeout);
    }

    /**
     * The {@code isTestJob} flag.
     *
     * @return the flag, or empty when unset
     */
    public Optional<Boolean> testJob() {
        return Optional.ofNullable(testJob);
    }

    /**
     * True when nothing is set.
     *
     * @return whether no field would be sent
     */
    public boolean isEmpty() {
        return taskTimeout == null && jobTimeout == null && testJob == null;
    }

    static JobConfig of(Duration taskTimeout, Duration jobTimeout, Boolean testJob) {
        return new JobConfig(taskTimeout, jobTimeout, testJob);
    }

    private static Duration checked(String field, Duration value) {
        Objects.requireNonNull(value, field + " must not be null");
        if (value.compareTo(Duration.ofSeconds(1)) < 0 || value.compareTo(MAX_TIMEOUT) > 0) {
            throw new IllegalArgumentException(field + ": expected between 1 second and 30 days but was " + value);
        }
        if (value.getNano() != 0) {
            throw new IllegalArgumentException(field + ": expected whole seconds (the API counts in seconds) but was " + value);
        }
        return value;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof JobConfig)) {
            return false;
        }
        JobConfig c = (JobConfig) o;
        return Objects.equals(taskTimeout, c.taskTimeout) && Objects.equals(jobTimeout, c.jobTimeout) && Objects.equals(testJob, c.testJob);
    }

    @Override
    public int hashCode() {
        return Objects.hash(taskTimeout, jobTimeout, testJob);
    }

    @Override
    public String toString() {
        return "JobConfig{taskTimeout=" + taskTimeout + ", jobTimeout=" + jobTimeout + ", testJob=" + testJob + '}';
    }
}
