package com.bytenite.sdk.local.jobs;

import com.bytenite.sdk.local.server.ApiException;
import com.bytenite.sdk.local.server.ApiRequest;
import com.bytenite.sdk.local.server.ApiResponse;
import com.bytenite.sdk.local.server.Bodies;
import com.bytenite.sdk.local.server.PageWindow;
import com.bytenite.sdk.local.server.Router;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.time.Instant;
import java.util.List;

/** Reading many jobs at once: list, filter, running tasks, logs, templates, info. */
public final class QueryRoutes {
    private static final String BASE = "/v1/customer";

    private final CustomerContext ctx;
    private final JobRunner runner;

    public QueryRoutes(CustomerContext ctx, JobRunner runner) {
        this.ctx = ctx;
        this.runner = runner;
    }

    public void register(Router router) {
        router.add("GET", BASE + "/jobs", this::list)
                .add("POST", BASE + "/jobs/filter", this::filter)
                .add("POST", BASE + "/jobs/runningTasks", this::runningTasks)
                .add("GET", BASE + "/jobs/templates", this::templates)
                .add("POST", BASE + "/logs", this::logs)
                .add("GET", BASE + "/info", r -> ApiResponse.json(info()));
    }

    private ApiResponse list(ApiRequest r) {
        Instant now = ctx.clock().instant();
        return ApiResponse.json(PageWindow.page(r, ctx.jobs().list(r.principal()), j -> JobJson.job(j, now)));
    }

    private ApiResponse filter(ApiRequest r) throws IOException {
        JsonObject body = r.jsonObject();
        JobFilter filter = JobFilter.parse(body);
        JsonObject pagination = Bodies.optionalObject(body, "pagination");
        int limit = PageWindow.integer(Bodies.optionalString(pagination, "limit"), "pagination.limit", PageWindow.DEFAULT_LIMIT);
        int offset = PageWindow.integer(Bodies.optionalString(pagination, "offset"), "pagination.offset", 0);
        Instant now = ctx.clock().instant();
        List<JsonObject> rows = ctx.jobs().list(r.principal()).stream().map(j -> JobJson.job(j, now)).filter(filter::matches).toList();
        return ApiResponse.json(PageWindow.page(limit, offset, filter.order(rows), o -> o));
    }

    private ApiResponse runningTasks(ApiRequest r) throws IOException {
        JsonElement ids = r.jsonObject().get("jobsIds");
        if (ids == null || !ids.isJsonArray()) {
            throw ApiException.badRequest("jobsIds must be an array of job ids");
        }
        JsonObject counts = new JsonObject();
        for (JsonElement id : ids.getAsJsonArray()) {
            JobRecord job = ctx.jobs().get(r.principal(), id.getAsString());
            counts.addProperty(job.id, runner.runningTasks(job));
        }
        JsonObject o = new JsonObject();
        o.add("jobsRunningTasks", counts);
        return ApiResponse.json(o);
    }

    private ApiResponse templates(ApiRequest r) {
        return ApiResponse.json(PageWindow.page(r, ctx.templates().usableBy(r.principal(), r.query("orderBy")), Template::info));
    }

    private ApiResponse logs(ApiRequest r) throws IOException {
        JobRecord job = ctx.jobs().get(r.principal(), Bodies.requiredString(r.jsonObject(), "jobId"));
        JobLogBook book = job.logs;
        JsonObject tasks = new JsonObject();
        book.tasks().forEach((taskId, entries) -> {
            JsonObject t = new JsonObject();
            t.add("logs", entries(entries));
            tasks.add(taskId, t);
        });
        JsonObject o = new JsonObject();
        o.add("partitioner", entries(book.partitioner()));
        o.add("assembler", entries(book.assembler()));
        o.add("taskrunner", tasks);
        return ApiResponse.json(o);
    }

    private static JsonArray entries(List<JobLogBook.Entry> entries) {
        JsonArray a = new JsonArray();
        for (JobLogBook.Entry e : entries) {
            JsonObject o = new JsonObject();
            o.addProperty("log", e.log());
            com.bytenite.sdk.local.server.ServerJson.putTime(o, "timestamp", e.timestamp());
            o.addProperty("level", e.level());
            o.addProperty("container", e.container());
            a.add(o);
        }
        return a;
    }

    static JsonObject info() {
        JsonObject version = new JsonObject();
        version.addProperty("major", 1);
        version.addProperty("minor", 0);
        version.addProperty("tag", 0);
        JsonObject messages = new JsonObject();
        messages.addProperty("server", "Local ByteNite: jobs run on this machine");
        JsonObject o = new JsonObject();
        o.add("version", version);
        o.add("messages", messages);
        return o;
    }
}
