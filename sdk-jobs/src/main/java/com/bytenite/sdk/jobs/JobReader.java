package com.bytenite.sdk.jobs;

import com.bytenite.sdk.core.json.ByteNiteJson;
import com.bytenite.sdk.core.paging.Page;
import com.bytenite.sdk.core.spi.Pagination;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.TypeAdapter;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * Reads jobs from the wire into {@link Job}. Jobs are the SDK's hottest read (every poll is one),
 * so a job's own fields are streamed straight into the job's builder, with one switch per field:
 * no generated model (whose parse builds a tree, validates it and binds it) and no tree for the top
 * level (see BENCHMARKS.md). Nested objects (config, params, data source…) are small and read as
 * trees. Fields it does not know are kept in {@link Job#unknownFields()}.
 */
final class JobReader {
    /** Reads a {@code {"job": {…}, "templateInfo": {…}}} answer; register it for {@link Answer}. */
    static final TypeAdapter<Answer> ANSWER = new TypeAdapter<>() {
        @Override
        public void write(JsonWriter out, Answer value) {
            throw new UnsupportedOperationException("jobs are only read");
        }

        @Override
        public Answer read(JsonReader in) throws IOException {
            return answer(in);
        }
    };

    private static final TypeAdapter<Job.Builder> JOB = new TypeAdapter<>() {
        @Override
        public void write(JsonWriter out, Job.Builder value) {
            throw new UnsupportedOperationException("jobs are only read");
        }

        @Override
        public Job.Builder read(JsonReader in) throws IOException {
            return job(in);
        }
    };

    private JobReader() {
    }

    /** A job answer read off the wire, waiting for the client its handle will use. */
    record Answer(Job.Builder job) {
        Job toJob(JobsService client) {
            job.client = client;
            return job.build();
        }
    }

    /** A page of a job listing ({@code GET /jobs} or the filter), its jobs calling back through {@code owner}. */
    static Page<Job> page(JsonObject answer, JobsService owner) {
        return Pagination.page(rows(answer, owner), answer);
    }

    /** The rows of a {@code {"pagination", "data": [job…]}} answer. */
    static List<Job> rows(JsonObject root, JobsService client) {
        JsonElement data = root.get("data");
        List<Job> jobs = new ArrayList<>();
        if (data != null && data.isJsonArray()) {
            for (JsonElement row : data.getAsJsonArray()) {
                if (!row.isJsonObject()) {
                    throw new JsonParseException("data[]: expected a job object");
                }
                Job.Builder b = JOB.fromJsonTree(row);
                b.client = client;
                jobs.add(b.build());
            }
        }
        return jobs;
    }

    private static Answer answer(JsonReader in) throws IOException {
        Job.Builder job = null;
        JsonObject outerTemplate = null;
        expect(in, JsonToken.BEGIN_OBJECT, "the answer");
        in.beginObject();
        while (in.hasNext()) {
            String key = in.nextName();
            if (in.peek() == JsonToken.NULL) {
                in.nextNull();
            } else if (key.equals("job")) {
                expect(in, JsonToken.BEGIN_OBJECT, "job");
                job = job(in);
            } else if (key.equals("templateInfo")) {
                outerTemplate = object(in, "templateInfo");
            } else {
                in.skipValue();
            }
        }
        in.endObject();
        if (job == null || job.id == null) {
            throw new JsonParseException("the answer has no job id");
        }
        if (job.template == null) {
            job.template = template(outerTemplate);
        }
        return new Answer(job);
    }

    private static Job.Builder job(JsonReader in) throws IOException {
        Job.Builder b = new Job.Builder();
        JsonObject unknown = new JsonObject();
        Instant completedAt = null;
        in.beginObject();
        while (in.hasNext()) {
            String key = in.nextName();
            if (in.peek() == JsonToken.NULL) {
                in.nextNull();
                continue;
            }
            switch (key) {
                case "id" -> b.id = text(in, "job.id");
                case "templateId" -> b.templateId = text(in, "job.templateId");
                case "name" -> b.name = text(in, "job.name");
                case "description" -> b.description = text(in, "job.description");
                case "state" -> b.state = JobState.of(text(in, "job.state"));
                case "config" -> b.config = config(object(in, "job.config"));
                case "priority" -> b.priority = text(in, "job.priority");
                case "createdAt" -> b.createdAt = instant(in, key);
                case "startAt" -> b.startAt = instant(in, key);
                case "submittedAt" -> b.submittedAt = instant(in, key);
                case "startedAt" -> b.startedAt = instant(in, key);
                case "endedAt" -> b.endedAt = instant(in, key);
                case "completedAt" -> completedAt = instant(in, key);
                case "deletedAt" -> b.deletedAt = instant(in, key);
                case "regions" -> regions(object(in, "job.regions"), b);
                case "dataSource" -> b.dataSource = location(object(in, "job.dataSource"), "job.dataSource.", DataSource::fromJson);
                case "dataDestination" -> b.dataDestination =
                        location(object(in, "job.dataDestination"), "job.dataDestination.", DataDestination::fromJson);
                case "params" -> b.params = params(object(in, "job.params"));
                case "duration" -> b.duration = ByteNiteJson.parseInt64(text(in, "job.duration"), "job.duration");
                case "paymentAmount" -> b.paymentAmount = decimal(text(in, "job.paymentAmount"));
                case "numUnitsEstimation" -> b.numUnitsEstimation = text(in, "job.numUnitsEstimation");
                case "numChunks" -> b.numChunks = ByteNiteJson.parseInt64(text(in, "job.numChunks"), "job.numChunks");
                case "errorMessage" -> b.errorMessage = text(in, "job.errorMessage");
                case "stateTimestamps" -> b.stateTimestamps = stateTimestamps(object(in, "job.stateTimestamps"));
                case "appId" -> b.appId = text(in, "job.appId");
                case "templateInfo" -> b.template = template(object(in, "job.templateInfo"));
                default -> unknown.add(key, JsonParser.parseReader(in));
            }
        }
        in.endObject();
        if (b.endedAt == null) {
            b.endedAt = completedAt;
        }
        b.unknownFields = unknown;
        return b;
    }

    /** A string, or a number's or boolean's text (int64 arrive either way). */
    private static String text(JsonReader in, String where) throws IOException {
        return switch (in.peek()) {
            case STRING, NUMBER -> in.nextString();
            case BOOLEAN -> Boolean.toString(in.nextBoolean());
            default -> throw new JsonParseException(where + ": expected a single value but was " + in.peek());
        };
    }

    private static JsonObject object(JsonReader in, String where) throws IOException {
        expect(in, JsonToken.BEGIN_OBJECT, where);
        return JsonParser.parseReader(in).getAsJsonObject();
    }

    private static void expect(JsonReader in, JsonToken token, String where) throws IOException {
        if (in.peek() != token) {
            throw new JsonParseException(where + ": expected " + (token == JsonToken.BEGIN_OBJECT ? "an object" : token)
                    + " but was " + in.peek());
        }
    }

    private static Instant instant(JsonReader in, String key) throws IOException {
        String text = text(in, "job." + key);
        return text.isBlank() ? null : ByteNiteJson.parseInstant(text, "job." + key);
    }

    private static void regions(JsonObject regions, Job.Builder b) {
        b.regionBlacklist = strings(regions, "blacklist");
        b.regionWhitelist = strings(regions, "whitelist");
    }

    private static <L> L location(JsonObject o, String where, BiFunction<String, JsonObject, L> factory) {
        String descriptor = string(o, "dataSourceDescriptor", where);
        return descriptor == null ? null : factory.apply(descriptor, objectOrEmpty(o, "params", where));
    }

    private static JobParams params(JsonObject p) {
        return JobParams.of(objectOrEmpty(p, "partitioner", "job.params."), objectOrEmpty(p, "app", "job.params."),
                objectOrEmpty(p, "assembler", "job.params."), string(p, "preset", "job.params."));
    }

    private static Map<String, Instant> stateTimestamps(JsonObject times) {
        Map<String, Instant> byState = new LinkedHashMap<>();
        for (Map.Entry<String, JsonElement> e : times.entrySet()) {
            if (!e.getValue().isJsonNull()) {
                String where = "job.stateTimestamps." + e.getKey();
                byState.put(e.getKey(), ByteNiteJson.parseInstant(text(e.getValue(), where), where));
            }
        }
        return byState;
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
        if (e == null || e.isJsonNull()) {
            return null;
        }
        if (!e.isJsonPrimitive()) {
            throw new JsonParseException(where + key + ": expected a single value");
        }
        return e.getAsString();
    }

    private static String text(JsonElement e, String where) {
        return primitive(e, where).getAsString();
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
