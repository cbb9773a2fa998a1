package com.bytenite.sdk.local.internal.jobs;

import com.bytenite.sdk.local.internal.server.ApiException;
import com.bytenite.sdk.local.internal.server.ApiRequest;
import com.bytenite.sdk.local.internal.server.ApiResponse;
import com.bytenite.sdk.local.internal.server.Bodies;
import com.bytenite.sdk.local.internal.server.Identifiers;
import com.bytenite.sdk.local.internal.server.Router;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.time.Instant;

/** The job lifecycle: create, read, name, params, configs, run, abort, delete. */
public final class JobRoutes {
    private static final String BASE = "/v1/customer/jobs";

    private final CustomerContext ctx;
    private final JobRunner runner;
    private final TemplateCheck templateCheck;

    public JobRoutes(CustomerContext ctx, JobRunner runner, TemplateCheck templateCheck) {
        this.ctx = ctx;
        this.runner = runner;
        this.templateCheck = templateCheck;
    }

    public void register(Router router) {
        router.add("POST", BASE, this::create)
                .add("GET", BASE + "/{jobId}", r -> answer(job(r)))
                .add("PATCH", BASE + "/{jobId}/jobname", this::rename)
                .add("PATCH", BASE + "/{jobId}/params", this::params)
                .add("PATCH", BASE + "/{jobId}/configs", this::configs)
                .add("POST", BASE + "/{jobId}/run", this::run)
                .add("POST", BASE + "/{jobId}/abort", this::abort)
                .add("DELETE", BASE + "/{jobId}", this::delete);
    }

    /**
     * Creates a draft. Besides the reference's {@code templateId}, {@code name} and
     * {@code description}, accepts what the tutorial sends inline ({@code dataSource},
     * {@code dataDestination}, {@code params}) and a client-chosen {@code jobId} (409 when taken),
     * so a client can retry a create whose answer it never saw.
     */
    private ApiResponse create(ApiRequest r) throws IOException {
        JsonObject body = r.jsonObject();
        Template template = ctx.templates().get(r.principal(), Bodies.requiredString(body, "templateId"));
        templateCheck.check(template, r.principal());
        JsonObject source = body.has("dataSource") ? DataLocations.source(Bodies.optionalObject(body, "dataSource")) : null;
        JsonObject destination = body.has("dataDestination") ? DataLocations.destination(Bodies.optionalObject(body, "dataDestination")) : null;
        JsonObject params = body.has("params") ? params(Bodies.optionalObject(body, "params")) : null;
        String chosenId = Bodies.optionalString(body, "jobId");
        String id = chosenId == null || chosenId.isBlank() ? ctx.jobs().newId() : Identifiers.require(chosenId, "jobId");
        JobRecord job = new JobRecord(id, r.principal(), template.id(), now());
        job.name = Bodies.optionalString(body, "name");
        job.description = Bodies.optionalString(body, "description");
        DataRoutes.apply(job, source, destination, r.baseUrl());
        if (params != null) {
            job.params = params;
        }
        if (!ctx.jobs().add(job)) {
            throw new ApiException(409, "Already Exists", "a job with id " + job.id + " already exists");
        }
        JobEvents.stateChanged(ctx, job);
        return answer(job);
    }

    private ApiResponse rename(ApiRequest r) throws IOException {
        JsonElement body = r.json();
        if (!body.isJsonPrimitive() || !body.getAsJsonPrimitive().isString()) {
            throw ApiException.badRequest("the body must be the new name as a JSON string, such as \"My job\"");
        }
        JobRecord job = job(r);
        synchronized (job) {
            job.name = body.getAsString();
        }
        return savedAnswer(job);
    }

    private ApiResponse params(ApiRequest r) throws IOException {
        JsonObject params = params(r.jsonObject());
        JobRecord job = job(r);
        synchronized (job) {
            requireDraft(job, "params");
            job.params = params;
        }
        return savedAnswer(job);
    }

    /** The three components' params, each an object (absent ones empty); the deprecated {@code preset} is dropped. */
    private static JsonObject params(JsonObject body) {
        JsonObject params = new JsonObject();
        for (String component : new String[] {"partitioner", "app", "assembler"}) {
            params.add(component, Bodies.optionalObject(body, component));
        }
        return params;
    }

    private ApiResponse configs(ApiRequest r) throws IOException {
        JobRecord job = job(r);
        applyConfig(job, r.jsonObject());
        return savedAnswer(job);
    }

    private ApiResponse run(ApiRequest r) throws IOException {
        JsonObject body = r.jsonObject();
        // The reference wraps the config as {"config": {…}}; the guide sends it flat. Accept both.
        JsonObject config = body.has("config") ? Bodies.optionalObject(body, "config") : body;
        JobRecord job = job(r);
        Template template = ctx.templates().get(r.principal(), job.templateId);
        synchronized (job) {
            requireDraft(job, "run");
            TemplateDefaults.apply(template, job);
            if (job.dataSource == null || job.dataDestination == null) {
                throw ApiException.failedPrecondition("set the job's data source and destination before running it (its template "
                        + template.id() + " gives none)");
            }
            if ("file".equals(job.dataSource.get("dataSourceDescriptor").getAsString()) && !job.uploadCompleted) {
                throw ApiException.failedPrecondition("the job's file source has not been uploaded: PUT it to the tempUrl, then "
                        + "PATCH /jobs/" + job.id + "/uploadcompleted");
            }
            applyConfig(job, config);
            TemplateDefaults.applyConfig(template, job);
            job.submittedAt = now();
            job.moveTo(JobStateName.PARTITIONING, job.submittedAt);
        }
        JobEvents.stateChanged(ctx, job);
        runner.start(job, template);
        return ApiResponse.ok(r, "job " + job.id + " started");
    }

    private ApiResponse abort(ApiRequest r) {
        JobRecord job = job(r);
        boolean draft;
        synchronized (job) {
            if (job.state.isTerminal()) {
                throw ApiException.failedPrecondition("job " + job.id + " has already ended (" + job.state.wire() + ")");
            }
            draft = job.isDraft();
        }
        if (draft) {
            // As on ByteNite: aborting a job that never started deletes it.
            forget(job);
            return ApiResponse.ok(r, "job " + job.id + " had not started and was deleted");
        }
        runner.abort(job);
        return ApiResponse.ok(r, "job " + job.id + " aborted");
    }

    private ApiResponse delete(ApiRequest r) {
        JobRecord job = job(r);
        boolean running;
        synchronized (job) {
            running = !job.isDraft() && !job.state.isTerminal();
        }
        if (running) {
            runner.abort(job);
        }
        forget(job);
        return ApiResponse.ok(r, "job " + job.id + " deleted");
    }

    private void forget(JobRecord job) {
        JobRetention.forget(ctx, job);
    }

    private void applyConfig(JobRecord job, JsonObject config) {
        Long task = Bodies.optionalPositiveInt64(config, "taskTimeout");
        Long total = Bodies.optionalPositiveInt64(config, "jobTimeout");
        Boolean test = Bodies.optionalBoolean(config, "isTestJob");
        synchronized (job) {
            requireDraft(job, "configs");
            if (task != null) {
                job.taskTimeoutSeconds = task;
            }
            if (total != null) {
                job.jobTimeoutSeconds = total;
            }
            if (test != null) {
                job.testJob = test;
            }
        }
    }

    private static void requireDraft(JobRecord job, String what) {
        if (!job.isDraft()) {
            throw ApiException.failedPrecondition("job " + job.id + " is " + job.state.wire() + ": " + what
                    + " can only change before the job runs");
        }
    }

    private JobRecord job(ApiRequest r) {
        return ctx.jobs().get(r.principal(), r.pathParam("jobId"));
    }

    /** Every change is on disk before it is acknowledged, so a crash cannot take back an answered edit. */
    private ApiResponse savedAnswer(JobRecord job) {
        ctx.jobs().save(job);
        return answer(job);
    }

    private ApiResponse answer(JobRecord job) {
        return ApiResponse.json(JobJson.answer(job, ctx.templates().find(job.owner, job.templateId), now()));
    }

    private Instant now() {
        return ctx.clock().instant();
    }
}
