package com.bytenite.sdk.jobs;

import com.bytenite.sdk.core.json.ByteNiteJson;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a job straight from the JSON tree into {@link Job}. Jobs are the SDK's hottest read (every
 * poll is one), so this skips the generated model, whose parse builds a tree, validates it and
 * binds it before the mapping could even start (see BENCHMARKS.md). Fields it does not know are
 * kept in {@link Job#unknownFields()}.
 */
final class JobReader {
    private static final Set<String> KNOWN = Set.of("id", "templateId", "name", "description", "config", "priority", "startAt",
            "submittedAt", "startedAt", "endedAt", "completedAt", "regions", "state", "dataSource", "params", "dataDestination",
            "duration", "deletedAt", "createdAt", "paymentAmount", "numUnitsEstimation", "numChunks", "errorMessage",
            "stateTimestamps", "appId", "templateInfo");

    private JobReader() {
    }

    /** A {@code {"job": {…}, "templateInfo": {…}}} answer. */
    static Job response(JsonObject root, JobsClient client) {
        JsonObject job = object(root, "job", "");
        if (job == null || string(job, "id", "job.") == null) {
            throw new JsonParseException("the answer has no job id");
        }
        return job(job, object(root, "templateInfo", ""), client);
    }

    /** The rows of a {@code {"pagination", "data": [job…]}} answer. */
    static List<Job> rows(JsonObject root, JobsClient client) {
        JsonElement data = root.get("data");
        List<Job> jobs = new ArrayList<>();
        if (data != null && data.isJsonArray()) {
            for (JsonElement row : data.getAsJsonArray()) {
                if (!row.isJsonObject()) {
                    throw new JsonParseException("data[]: expected a job object");
                }
                jobs.add(job(row.getAsJsonObject(), null, client));
            }
        }
        return jobs;
    }

    static Job job(JsonObject j, JsonObject outerTemplate, JobsClient client) {
        Job.Builder b = new Job.Builder();
        b.client = client;
        b.id = string(j, "id", "job.");
        b.templateId = string(j, "templateId", "job.");
        b.name = string(j, "name", "job.");
        b.description = string(j, "description", "job.");
        String state = string(j, "state", "job.");
        b.state = state == null ? null : JobState.of(state);
        b.config = config(object(j, "config", "job."));
        b.priority = string(j, "priority", "job.");
        b.createdAt = instant(j, "createdAt");
        b.startAt = instant(j, "startAt");
        b.submittedAt = instant(j, "submittedAt");
        b.startedAt = instant(j, "startedAt");
        b.endedAt = instant(j, "endedAt") != null ? instant(j, "endedAt") : instant(j, "completedAt");
        b.deletedAt = instant(j, "deletedAt");
        JsonObject regions = object(j, "regions", "job.");
        if (regions != null) {
            b.regionBlacklist = strings(regions, "blacklist");
            b.regionWhitelist = strings(regions, "whitelist");
        }
        JsonObject source = object(j, "dataSource", "job.");
        if (source != null && string(source, "dataSourceDescriptor", "job.dataSource.") != null) {
            b.dataSource = DataSource.fromJson(string(source, "dataSourceDescriptor", ""), objectOrEmpty(source, "params", "job.dataSource."));
        }
        JsonObject destination = object(j, "dataDestination", "job.");
        if (destination != null && string(destination, "dataSourceDescriptor", "job.dataDestination.") != null) {
            b.dataDestination = DataDestination.fromJson(string(destination, "dataSourceDescriptor", ""),
                    objectOrEmpty(destination, "params", "job.dataDestination."));
        }
        JsonObject params = object(j, "params", "job.");
        if (params != null) {
            b.params = JobParams.of(objectOrEmpty(params, "partitioner", "job.params."), objectOrEmpty(params, "app", "job.params."),
                    objectOrEmpty(params, "assembler", "job.params."), string(params, "preset", "job.params."));
        }
        b.duration = ByteNiteJson.parseInt64(string(j, "duration", "job."), "job.duration");
        String payment = string(j, "paymentAmount", "job.");
        b.paymentAmount = payment == null ? null : decimal(payment);
        b.numUnitsEstimation = string(j, "numUnitsEstimation", "job.");
        b.numChunks = ByteNiteJson.parseInt64(string(j, "numChunks", "job."), "job.numChunks");
        b.errorMessage = string(j, "errorMessage", "job.");
        JsonObject times = object(j, "stateTimestamps", "job.");
        if (times != null) {
            Map<String, Instant> byState = new LinkedHashMap<>();
            for (String key : times.keySet()) {
                byState.put(key, ByteNiteJson.parseInstant(string(times, key, "job.stateTimestamps."), "job.stateTimestamps." + key));
            }
            b.stateTimestamps = byState;
        }
        b.appId = string(j, "appId", "job.");
        JsonObject template = object(j, "templateInfo", "job.");
        b.template = template(template != null ? template : outerTemplate);
        JsonObject unknown = new JsonObject();
        for (Map.Entry<String, JsonElement> e : j.entrySet()) {
            if (!KNOWN.contains(e.getKey())) {
                unknown.add(e.getKey(), e.getValue());
            }
        }
        b.unknownFields = unknown;
        return b.build();
    }

    private static JobTemplate template(JsonObject t) {
        String id = t == null ? null : string(t, "id", "templateInfo.");
        if (id == null) {
            return null;
        }
        return new JobTemplate(id, string(t, "owner", "templateInfo."), string(t, "description", "templateInfo."),
                string(t, "app", "templateInfo."), string(t, "partitioner", "templateInfo."), string(t, "assembler", "templateInfo."));
    }

    private static JobConfig config(JsonObject c) {
        if (c == null) {
            return JobConfig.empty();
        }
        Long task = ByteNiteJson.parseInt64(string(c, "taskTimeout", "job.config."), "job.config.taskTimeout");
        Long job = ByteNiteJson.parseInt64(string(c, "jobTimeout", "job.config."), "job.config.jobTimeout");
        JsonElement test = c.get("isTestJob");
        Boolean testJob = test == null || test.isJsonNull() ? null : primitive(test, "job.config.isTestJob").getAsBoolean();
        return JobConfig.of(task == null ? null : Duration.ofSeconds(task), job == null ? null : Duration.ofSeconds(job), testJob);
    }

    private static Instant instant(JsonObject j, String key) {
        return ByteNiteJson.parseInstant(string(j, key, "job."), "job." + key);
    }

    private static BigDecimal decimal(String text) {
        try {
            return new BigDecimal(text.trim());
        } catch (NumberFormatException e) {
            throw new JsonParseException("job.paymentAmount: expected a decimal number but was '" + text + "'", e);
        }
    }

    private static List<String> strings(JsonObject o, String key) {
        JsonElement e = o.get(key);
        List<String> out = new ArrayList<>();
        if (e != null && e.isJsonArray()) {
            for (JsonElement item : (JsonArray) e) {
                out.add(primitive(item, "job.regions." + key + "[]").getAsString());
            }
        }
        return out;
    }

    /** A string, or a number's text (int64 arrive either way); null when absent or null. */
    private static String string(JsonObject o, String key, String where) {
        JsonElement e = o.get(key);
        return e == null || e.isJsonNull() ? null : primitive(e, where + key).getAsString();
    }

    private static JsonObject object(JsonObject o, String key, String where) {
        JsonElement e = o.get(key);
        if (e == null || e.isJsonNull()) {
            return null;
        }
        if (!e.isJsonObject()) {
            throw new JsonParseException(where + key + ": expected an object");
        }
        return e.getAsJsonObject();
    }

    private static JsonObject objectOrEmpty(JsonObject o, String key, String where) {
        JsonObject found = object(o, key, where);
        return found == null ? new JsonObject() : found;
    }

    private static com.google.gson.JsonPrimitive primitive(JsonElement e, String where) {
        if (!e.isJsonPrimitive()) {
            throw new JsonParseException(where + ": expected a single value");
        }
        return e.getAsJsonPrimitive();
    }
}
