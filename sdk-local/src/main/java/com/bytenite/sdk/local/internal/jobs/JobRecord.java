package com.bytenite.sdk.local.internal.jobs;

import com.google.gson.JsonObject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A job as the server keeps it. Mutable, guarded by its own monitor: handlers and the executor
 * change it under {@code synchronized (job)}.
 */
public final class JobRecord {
    public final String id;
    public final String owner;
    public final String templateId;
    public final Instant createdAt;
    public String name;
    public String description;
    public JobStateName state = JobStateName.NEW;
    public JsonObject dataSource;
    public JsonObject dataDestination;
    public JsonObject params = emptyParams();
    public Long taskTimeoutSeconds;
    public Long jobTimeoutSeconds;
    public Boolean testJob;
    /** From the template's {@code config.maxTaskRetries}; the job API has no such field. */
    public Integer maxTaskRetries;
    public Instant submittedAt;
    public Instant startedAt;
    public Instant endedAt;
    public String errorMessage;
    public long numChunks;
    public java.math.BigDecimal paymentAmount = java.math.BigDecimal.ZERO;
    /** The secret in this job's upload and result URLs (they carry no access token). */
    public final String fileToken = java.util.UUID.randomUUID().toString().replace("-", "");
    public boolean uploadCompleted;
    public final Map<String, Instant> stateTimestamps = new LinkedHashMap<>();
    public final List<Result> results = new ArrayList<>();
    public final JobLogBook logs = new JobLogBook();

    /** A result file kept by the server in the job's output folder. */
    public record Result(String name) {
    }

    public JobRecord(String id, String owner, String templateId, Instant createdAt) {
        this.id = id;
        this.owner = owner;
        this.templateId = templateId;
        this.createdAt = createdAt;
        stateTimestamps.put(JobStateName.NEW.wire(), createdAt);
    }

    public void moveTo(JobStateName next, Instant at) {
        state = next;
        stateTimestamps.put(next.wire(), at);
    }

    public boolean isDraft() {
        return state == JobStateName.NEW;
    }

    private static JsonObject emptyParams() {
        JsonObject p = new JsonObject();
        p.add("partitioner", new JsonObject());
        p.add("app", new JsonObject());
        p.add("assembler", new JsonObject());
        return p;
    }
}
