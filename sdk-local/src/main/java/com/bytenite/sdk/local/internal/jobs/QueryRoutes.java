package com.bytenite.sdk.local.internal.jobs;

import com.bytenite.sdk.local.internal.server.ApiException;
import com.bytenite.sdk.local.internal.server.ApiRequest;
import com.bytenite.sdk.local.internal.server.ApiResponse;
import com.bytenite.sdk.local.internal.server.Bodies;
import com.bytenite.sdk.local.internal.server.PageWindow;
import com.bytenite.sdk.local.internal.server.Router;
import com.bytenite.sdk.local.internal.server.RowFilter;
import com.bytenite.sdk.local.internal.server.ServerInfo;
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
                .add("GET", BASE + "/info", r -> ApiResponse.json(ServerInfo.json()));
    }

    private ApiResponse list(ApiRequest r) {
        Instant now = ctx.clock().instant();
        return ApiResponse.json(PageWindow.page(r, ctx.jobs().list(r.principal()), j -> JobJson.job(j, now)));
    }

    private ApiResponse filter(ApiRequest r) throws IOException {
        Instant now = ctx.clock().instant();
        List<JsonObject> rows = ctx.jobs().list(r.principal()).stream().map(j -> JobJson.job(j, now)).toList();
        return ApiResponse.json(RowFilter.apply(r.jsonObject(), rows));
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
            com.bytenite.sdk.local.internal.server.ServerJson.putTime(o, "timestamp", e.timestamp());
            o.addProperty("level", e.level());
            o.addProperty("container", e.container());
            a.add(o);
        }
        return a;
    }
}
