package com.bytenite.sdk.local.internal.jobs;

import com.bytenite.sdk.local.internal.files.ContainedPath;
import com.bytenite.sdk.local.internal.server.ApiException;
import com.bytenite.sdk.local.internal.server.ApiRequest;
import com.bytenite.sdk.local.internal.server.ApiResponse;
import com.bytenite.sdk.local.internal.server.Bodies;
import com.bytenite.sdk.local.internal.server.BodyLimits;
import com.bytenite.sdk.local.internal.server.Router;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where a job's data comes from and goes: the data source, the file upload workflow (a tempUrl on
 * this server, then "upload completed"), and the results served from this server.
 */
public final class DataRoutes {
    private static final String BASE = "/v1/customer/jobs";

    private final CustomerContext ctx;

    public DataRoutes(CustomerContext ctx) {
        this.ctx = ctx;
    }

    public void register(Router router) {
        router.add("PATCH", BASE + "/{jobId}/datasource", this::setDataSource)
                .add("PATCH", BASE + "/{jobId}/uploadcompleted", this::uploadCompleted)
                // The guide's older form of the same call.
                .add("POST", BASE + "/uploadcompleted/{jobId}", this::uploadCompleted)
                .add("GET", BASE + "/{jobId}/results", this::results)
                .add("PUT", "/local/uploads/{token}", this::upload, Router.Access.OPEN, BodyLimits.Kind.UPLOAD)
                .add("GET", "/local/results/{token}/{name}", this::download, Router.Access.OPEN);
    }

    private ApiResponse setDataSource(ApiRequest r) throws IOException {
        JsonObject body = r.jsonObject();
        if (!body.has("dataSource") && !body.has("dataDestination")) {
            throw ApiException.badRequest("dataSource or dataDestination is required");
        }
        JsonObject source = body.has("dataSource") ? DataLocations.source(Bodies.optionalObject(body, "dataSource")) : null;
        JsonObject destination = body.has("dataDestination")
                ? DataLocations.destination(Bodies.optionalObject(body, "dataDestination")) : null;
        JobRecord job = ctx.jobs().get(r.principal(), r.pathParam("jobId"));
        synchronized (job) {
            if (!job.isDraft()) {
                throw ApiException.failedPrecondition("job " + job.id + " is " + job.state.wire() + ": its data source can no longer change");
            }
            apply(job, source, destination, r.baseUrl());
        }
        ctx.jobs().save(job);
        return ApiResponse.json(JobJson.answer(job, ctx.templates().find(job.owner, job.templateId), ctx.clock().instant()));
    }

    /**
     * Sets checked locations on a draft (under its lock); a {@code file} source gets its
     * {@code tempUrl} on this server. Also used by create, which may carry them inline.
     */
    static void apply(JobRecord job, JsonObject source, JsonObject destination, String baseUrl) {
        if (source != null) {
            if ("file".equals(source.get("dataSourceDescriptor").getAsString())) {
                JsonObject params = source.getAsJsonObject("params");
                params.addProperty("@type", DataLocations.FILE_TYPE);
                params.addProperty("tempUrl", baseUrl + "/local/uploads/" + job.fileToken);
                job.uploadCompleted = false;
            }
            job.dataSource = source;
        }
        if (destination != null) {
            job.dataDestination = destination;
        }
    }

    private ApiResponse upload(ApiRequest r) throws IOException {
        JobRecord job = ctx.jobs().byFileToken(r.pathParam("token"));
        if (job == null) {
            throw ApiException.notFound("no upload is expected at this URL");
        }
        synchronized (job) {
            if (!job.isDraft()) {
                throw ApiException.failedPrecondition("job " + job.id + " is " + job.state.wire() + ": its input can no longer change");
            }
        }
        String name = UploadNames.of(r.header("Content-Disposition"), r.header("X-ByteNite-File-Name"));
        try (InputStream body = r.bodyStream()) {
            ctx.files().saveUpload(job.id, name, body);
        }
        JsonObject o = new JsonObject();
        o.addProperty("name", name);
        return ApiResponse.json(o);
    }

    private ApiResponse uploadCompleted(ApiRequest r) {
        JobRecord job = ctx.jobs().get(r.principal(), r.pathParam("jobId"));
        synchronized (job) {
            if (job.dataSource == null || !"file".equals(job.dataSource.get("dataSourceDescriptor").getAsString())) {
                throw ApiException.failedPrecondition("job " + job.id + " has no file data source");
            }
            if (!hasUpload(job)) {
                throw ApiException.failedPrecondition("nothing was uploaded for job " + job.id + ": PUT the file to its tempUrl first");
            }
            job.uploadCompleted = true;
        }
        ctx.jobs().save(job);
        return ApiResponse.ok(r, "upload of job " + job.id + " completed");
    }

    private boolean hasUpload(JobRecord job) {
        Path dir = ctx.files().sourceDir(job.id);
        try (var files = Files.list(dir)) {
            return files.anyMatch(p -> !p.getFileName().toString().startsWith(".upload-"));
        } catch (IOException e) {
            return false;
        }
    }

    private ApiResponse results(ApiRequest r) {
        JobRecord job = ctx.jobs().get(r.principal(), r.pathParam("jobId"));
        JsonArray results = new JsonArray();
        synchronized (job) {
            for (JobRecord.Result result : job.results) {
                JsonObject o = new JsonObject();
                o.addProperty("name", result.name());
                o.addProperty("link", r.baseUrl() + "/local/results/" + job.fileToken + "/"
                        + URLEncoder.encode(result.name(), StandardCharsets.UTF_8).replace("+", "%20"));
                results.add(o);
            }
        }
        JsonObject o = new JsonObject();
        o.add("results", results);
        return ApiResponse.json(o);
    }

    private ApiResponse download(ApiRequest r) throws IOException {
        JobRecord job = ctx.jobs().byFileToken(r.pathParam("token"));
        String name = r.pathParam("name");
        boolean known;
        if (job != null) {
            synchronized (job) {
                known = job.results.stream().anyMatch(x -> x.name().equals(name));
            }
        } else {
            known = false;
        }
        if (!known) {
            throw ApiException.notFound("no such result");
        }
        Path file = ContainedPath.resolve(ctx.files().outputDir(job.id), name);
        return ApiResponse.stream("application/octet-stream", Files.size(file), out -> Files.copy(file, out))
                .header("Content-Disposition", "attachment; filename=\"" + name.replace("\"", "") + "\"");
    }
}
