package com.bytenite.sdk.local.internal.jobs;

import com.bytenite.sdk.local.internal.events.EventBus;
import com.google.gson.JsonObject;
import java.util.List;

/** The events this server publishes about jobs and tasks. */
public final class JobEvents {
    static final String JOB_TYPE = "type.googleapis.com/bytenite.local.JobStateChanged";
    static final String TASK_TYPE = "type.googleapis.com/bytenite.local.TaskStateChanged";

    private JobEvents() {
    }

    /** Saves {@code job} and tells its owner's event streams about its state. */
    public static void stateChanged(CustomerContext ctx, JobRecord job) {
        ctx.jobs().save(job);
        stateChanged(ctx.events(), job);
    }

    /**
     * Moves {@code job} to its end state {@code end}, saves it and tells its owner's event streams.
     * Older ended jobs the retention no longer keeps go first, so that no reader who sees this job
     * ended also sees more ended jobs than the limit; their files go after, so that the job's
     * waiters do not wait for the disk.
     */
    public static void ended(CustomerContext ctx, JobRecord job, JobStateName end) {
        ctx.jobs().markEnded(job);
        List<JobRecord> pruned = ctx.retention().prune(ctx);
        synchronized (job) {
            job.moveTo(end, job.endedAt);
        }
        stateChanged(ctx, job);
        JobRetention.deleteFiles(ctx, pruned);
    }

    private static void stateChanged(EventBus bus, JobRecord job) {
        JsonObject data = new JsonObject();
        data.addProperty("@type", JOB_TYPE);
        synchronized (job) {
            data.addProperty("jobId", job.id);
            data.addProperty("state", job.state.wire());
            if (job.errorMessage != null) {
                data.addProperty("errorMessage", job.errorMessage);
            }
        }
        bus.publish(job.owner, job.id, "job_state", data);
    }

    public static void taskChanged(EventBus bus, JobRecord job, String taskId, String state) {
        JsonObject data = new JsonObject();
        data.addProperty("@type", TASK_TYPE);
        data.addProperty("jobId", job.id);
        data.addProperty("taskId", taskId);
        data.addProperty("taskState", state);
        bus.publish(job.owner, job.id, "task_state", data);
    }
}
