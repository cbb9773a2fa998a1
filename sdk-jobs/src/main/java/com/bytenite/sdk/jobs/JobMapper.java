package com.bytenite.sdk.jobs;

import com.bytenite.sdk.core.ServerInfo;
import com.bytenite.sdk.core.json.ByteNiteJson;
import com.bytenite.sdk.jobs.internal.GeneratedCustomerApi;
import com.bytenite.sdk.jobs.internal.generated.model.Directory;
import com.bytenite.sdk.jobs.internal.generated.model.FileInfo;
import com.bytenite.sdk.jobs.internal.generated.model.TemplateInfo;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Turns the generated models into the public values; the only place that knows both. */
final class JobMapper {
    private JobMapper() {
    }

    static Job job(com.bytenite.sdk.jobs.internal.generated.model.Job g, TemplateInfo outerTemplate, JobsClient client) {
        Job.Builder b = new Job.Builder();
        b.client = client;
        b.id = g.getId();
        b.templateId = g.getTemplateId();
        b.name = g.getName();
        b.description = g.getDescription();
        b.state = g.getState() == null ? null : JobState.of(g.getState());
        b.config = config(g.getConfig());
        b.priority = g.getPriority();
        b.createdAt = instant(g.getCreatedAt(), "job.createdAt");
        b.startAt = instant(g.getStartAt(), "job.startAt");
        b.submittedAt = instant(g.getSubmittedAt(), "job.submittedAt");
        b.startedAt = instant(g.getStartedAt(), "job.startedAt");
        b.endedAt = instant(g.getEndedAt() != null ? g.getEndedAt() : g.getCompletedAt(), "job.endedAt");
        b.deletedAt = instant(g.getDeletedAt(), "job.deletedAt");
        if (g.getRegions() != null) {
            b.regionBlacklist = g.getRegions().getBlacklist();
            b.regionWhitelist = g.getRegions().getWhitelist();
        }
        if (g.getDataSource() != null && g.getDataSource().getDataSourceDescriptor() != null) {
            b.dataSource = DataSource.fromJson(g.getDataSource().getDataSourceDescriptor(), object(g.getDataSource().getParams()));
        }
        if (g.getDataDestination() != null && g.getDataDestination().getDataSourceDescriptor() != null) {
            b.dataDestination = DataDestination.fromJson(g.getDataDestination().getDataSourceDescriptor(),
                    object(g.getDataDestination().getParams()));
        }
        if (g.getParams() != null) {
            b.params = JobParams.of(object(g.getParams().getPartitioner()), object(g.getParams().getApp()),
                    object(g.getParams().getAssembler()), g.getParams().getPreset());
        }
        b.duration = ByteNiteJson.parseInt64(g.getDuration(), "job.duration");
        b.paymentAmount = g.getPaymentAmount();
        b.numUnitsEstimation = g.getNumUnitsEstimation();
        b.numChunks = ByteNiteJson.parseInt64(g.getNumChunks(), "job.numChunks");
        b.errorMessage = g.getErrorMessage();
        if (g.getStateTimestamps() != null) {
            Map<String, Instant> times = new LinkedHashMap<>();
            g.getStateTimestamps().forEach((state, time) -> times.put(state, instant(time, "job.stateTimestamps." + state)));
            b.stateTimestamps = times;
        }
        b.appId = g.getAppId();
        TemplateInfo t = g.getTemplateInfo() != null ? g.getTemplateInfo() : outerTemplate;
        b.template = t == null || t.getId() == null ? null : template(t);
        b.unknownFields = object(g.getAdditionalProperties());
        return b.build();
    }

    static JobTemplate template(TemplateInfo t) {
        return new JobTemplate(t.getId(), t.getOwner(), t.getDescription(), t.getApp(), t.getPartitioner(), t.getAssembler());
    }

    static JobConfig config(com.bytenite.sdk.jobs.internal.generated.model.JobConfig c) {
        if (c == null) {
            return JobConfig.empty();
        }
        Long task = ByteNiteJson.parseInt64(c.getTaskTimeout(), "config.taskTimeout");
        Long job = ByteNiteJson.parseInt64(c.getJobTimeout(), "config.jobTimeout");
        return JobConfig.of(task == null ? null : Duration.ofSeconds(task), job == null ? null : Duration.ofSeconds(job), c.getIsTestJob());
    }

    static com.bytenite.sdk.jobs.internal.generated.model.JobConfig config(JobConfig c) {
        var g = new com.bytenite.sdk.jobs.internal.generated.model.JobConfig();
        c.taskTimeout().ifPresent(d -> g.setTaskTimeout(Long.toString(d.getSeconds())));
        c.jobTimeout().ifPresent(d -> g.setJobTimeout(Long.toString(d.getSeconds())));
        c.testJob().ifPresent(g::setIsTestJob);
        return g;
    }

    static com.bytenite.sdk.jobs.internal.generated.model.DataSource wire(StorageLocation location) {
        if (location == null) {
            return null;
        }
        var g = new com.bytenite.sdk.jobs.internal.generated.model.DataSource();
        g.setDataSourceDescriptor(location.descriptor());
        g.setParams(map(location.params()));
        return g;
    }

    static com.bytenite.sdk.jobs.internal.generated.model.JobParams wire(JobParams params) {
        var g = new com.bytenite.sdk.jobs.internal.generated.model.JobParams();
        g.setPartitioner(map(params.partitioner()));
        g.setApp(map(params.app()));
        g.setAssembler(map(params.assembler()));
        return g;
    }

    static LogEntry logEntry(com.bytenite.sdk.jobs.internal.generated.model.LogEntry e) {
        return new LogEntry(e.getLog(), instant(e.getTimestamp(), "log.timestamp"), e.getLevel(), e.getContainer());
    }

    static List<LogEntry> logEntries(List<com.bytenite.sdk.jobs.internal.generated.model.LogEntry> entries) {
        List<LogEntry> out = new ArrayList<>();
        if (entries != null) {
            entries.forEach(e -> out.add(logEntry(e)));
        }
        return out;
    }

    static DataSourceCheck.Folder folder(Directory d) {
        List<DataSourceCheck.Folder> folders = new ArrayList<>();
        if (d.getDirectories() != null) {
            d.getDirectories().forEach(sub -> folders.add(folder(sub)));
        }
        List<DataSourceCheck.FileEntry> files = new ArrayList<>();
        if (d.getFiles() != null) {
            for (FileInfo f : d.getFiles()) {
                files.add(new DataSourceCheck.FileEntry(f.getId(), f.getName(), f.getPath(), ByteNiteJson.parseInt64(f.getSize(), "file.size")));
            }
        }
        return new DataSourceCheck.Folder(d.getName(), d.getPath(), folders, files);
    }

    static ServerInfo serverInfo(com.bytenite.sdk.jobs.internal.generated.model.ServerInfo i) {
        var v = i.getVersion();
        return new ServerInfo(v == null || v.getMajor() == null ? 0 : v.getMajor(), v == null || v.getMinor() == null ? 0 : v.getMinor(),
                v == null || v.getTag() == null ? 0 : v.getTag(), i.getMessages());
    }

    static Instant instant(String text, String field) {
        return ByteNiteJson.parseInstant(text, field);
    }

    /** Free-form values through the module's Gson, so numbers stay exact both ways. */
    static JsonObject object(Object value) {
        if (value == null) {
            return new JsonObject();
        }
        JsonElement tree = GeneratedCustomerApi.gson().toJsonTree(value);
        return tree.isJsonObject() ? tree.getAsJsonObject() : new JsonObject();
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(JsonObject object) {
        return GeneratedCustomerApi.gson().fromJson(object, Map.class);
    }
}
