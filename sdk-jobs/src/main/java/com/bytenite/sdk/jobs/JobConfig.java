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

    /** Nothing set. */
    public static JobConfig empty() {
        return new JobConfig(null, null, null);
    }

    /**
     * @throws IllegalArgumentException if a timeout is not between 1 second and 30 days, or not whole seconds
     */
    public JobConfig withTaskTimeout(Duration taskTimeout) {
        return new JobConfig(checked("taskTimeout", taskTimeout), jobTimeout, testJob);
    }

    /**
     * @throws IllegalArgumentException if a timeout is not between 1 second and 30 days, or not whole seconds
     */
    public JobConfig withJobTimeout(Duration jobTimeout) {
        return new JobConfig(taskTimeout, checked("jobTimeout", jobTimeout), testJob);
    }

    public JobConfig withTestJob(boolean testJob) {
        return new JobConfig(taskTimeout, jobTimeout, testJob);
    }

    public Optional<Duration> taskTimeout() {
        return Optional.ofNullable(taskTimeout);
    }

    public Optional<Duration> jobTimeout() {
        return Optional.ofNullable(jobTimeout);
    }

    public Optional<Boolean> testJob() {
        return Optional.ofNullable(testJob);
    }

    /** True when nothing is set. */
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
