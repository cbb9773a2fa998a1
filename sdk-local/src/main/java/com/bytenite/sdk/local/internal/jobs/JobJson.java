package com.bytenite.sdk.local.internal.jobs;

import static com.bytenite.sdk.local.internal.server.ServerJson.putInt64;
import static com.bytenite.sdk.local.internal.server.ServerJson.putString;
import static com.bytenite.sdk.local.internal.server.ServerJson.putTime;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.time.Duration;
import java.time.Instant;

/** Renders jobs in the reference's shape: camelCase, int64 as strings, RFC 3339 times. */
public final class JobJson {
    private JobJson() {
    }

    /** {@code {"job": {…}, "templateInfo": {…}}}. */
    public static JsonObject answer(JobRecord job, Template template, Instant now) {
        JsonObject o = new JsonObject();
        o.add("job", job(job, now));
        if (template != null) {
            o.add("templateInfo", template.info());
        }
        return o;
    }

    public static JsonObject job(JobRecord j, Instant now) {
        synchronized (j) {
            JsonObject o = new JsonObject();
            o.addProperty("id", j.id);
            o.addProperty("templateId", j.templateId);
            putString(o, "name", j.name);
            putString(o, "description", j.description);
            o.add("config", config(j));
            o.addProperty("priority", "EXECUTION_PRIORITY_UNDEFINED");
            putTime(o, "submittedAt", j.submittedAt);
            putTime(o, "startedAt", j.startedAt);
            putTime(o, "endedAt", j.endedAt);
            JsonObject regions = new JsonObject();
            regions.add("blacklist", new JsonArray());
            regions.add("whitelist", new JsonArray());
            o.add("regions", regions);
            o.addProperty("state", j.state.wire());
            if (j.dataSource != null) {
                o.add("dataSource", j.dataSource.deepCopy());
            }
            o.add("params", j.params.deepCopy());
            if (j.dataDestination != null) {
                o.add("dataDestination", j.dataDestination.deepCopy());
            }
            if (j.startedAt != null) {
                putInt64(o, "duration", Duration.between(j.startedAt, j.endedAt != null ? j.endedAt : now).toSeconds());
            }
            putTime(o, "createdAt", j.createdAt);
            o.addProperty("paymentAmount", j.paymentAmount);
            putInt64(o, "numChunks", j.numChunks);
            putString(o, "errorMessage", j.errorMessage);
            JsonObject times = new JsonObject();
            j.stateTimestamps.forEach((state, at) -> putTime(times, state, at));
            o.add("stateTimestamps", times);
            return o;
        }
    }

    private static JsonObject config(JobRecord j) {
        JsonObject c = new JsonObject();
        if (j.taskTimeoutSeconds != null) {
            putInt64(c, "taskTimeout", j.taskTimeoutSeconds);
        }
        if (j.jobTimeoutSeconds != null) {
            putInt64(c, "jobTimeout", j.jobTimeoutSeconds);
        }
        if (j.testJob != null) {
            c.addProperty("isTestJob", j.testJob);
        }
        return c;
    }
}
