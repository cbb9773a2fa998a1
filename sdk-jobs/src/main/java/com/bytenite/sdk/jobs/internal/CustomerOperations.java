package com.bytenite.sdk.jobs.internal;

import com.bytenite.sdk.core.spi.Operation;

/**
 * The Customer (Jobs) API's operations and whether each is safe to repeat (the retry table in the
 * README). Names are {@code customer.<operationId>} from {@code specs/customer.json}, whichever
 * route prefix is configured.
 */
public final class CustomerOperations {
    /** A read-only check sent as POST. */
    public static final Operation TEST_DATA_SOURCE = Operation.idempotent("customer.testDataSource");
    public static final Operation LISTEN_EVENTS = Operation.idempotent("customer.listenEvents");
    public static final Operation GET_INFO = Operation.idempotent("customer.getInfo");
    public static final Operation LIST_JOBS = Operation.idempotent("customer.listJobs");
    /** A second call would create a second job: never replayed once sent. */
    public static final Operation CREATE_JOB = Operation.nonIdempotent("customer.createJob");
    /** A read-only query sent as POST. */
    public static final Operation FILTER_JOBS = Operation.idempotent("customer.filterJobs");
    /** A read-only query sent as POST. */
    public static final Operation GET_RUNNING_TASKS = Operation.idempotent("customer.getRunningTasks");
    public static final Operation LIST_JOB_TEMPLATES = Operation.idempotent("customer.listJobTemplates");
    public static final Operation DELETE_JOB = Operation.idempotent("customer.deleteJob");
    public static final Operation GET_JOB = Operation.idempotent("customer.getJob");
    /** Changes the job's state (and deletes a job not yet started): never replayed once sent. */
    public static final Operation ABORT_JOB = Operation.nonIdempotent("customer.abortJob");
    public static final Operation SET_JOB_CONFIGS = Operation.idempotent("customer.setJobConfigs");
    public static final Operation SET_JOB_DATA_SOURCE = Operation.idempotent("customer.setJobDataSource");
    public static final Operation SET_JOB_NAME = Operation.idempotent("customer.setJobName");
    public static final Operation SET_JOB_PARAMS = Operation.idempotent("customer.setJobParams");
    public static final Operation GET_JOB_RESULTS = Operation.idempotent("customer.getJobResults");
    /** Starts the job: never replayed once sent. */
    public static final Operation RUN_JOB = Operation.nonIdempotent("customer.runJob");
    /** May start partitioning on the server: never replayed once sent. */
    public static final Operation SET_UPLOAD_COMPLETED = Operation.nonIdempotent("customer.setUploadCompleted");
    /** A read-only query sent as POST. */
    public static final Operation GET_LOGS = Operation.idempotent("customer.getLogs");

    private CustomerOperations() {
    }
}
