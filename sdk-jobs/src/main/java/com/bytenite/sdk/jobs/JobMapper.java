package com.bytenite.sdk.jobs;

import com.bytenite.sdk.core.ServerInfo;
import com.bytenite.sdk.core.json.ByteNiteJson;
import com.bytenite.sdk.jobs.internal.GeneratedCustomerApi;
import com.bytenite.sdk.jobs.internal.generated.model.DataSourceDto;
import com.bytenite.sdk.jobs.internal.generated.model.DirectoryDto;
import com.bytenite.sdk.jobs.internal.generated.model.FileInfoDto;
import com.bytenite.sdk.jobs.internal.generated.model.JobConfigDto;
import com.bytenite.sdk.jobs.internal.generated.model.JobParamsDto;
import com.bytenite.sdk.jobs.internal.generated.model.LogEntryDto;
import com.bytenite.sdk.jobs.internal.generated.model.ServerInfoDto;
import com.bytenite.sdk.jobs.internal.generated.model.TemplateInfoDto;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Turns the generated models into the public values; the only place that knows both. */
final class JobMapper {
    private JobMapper() {
    }

    static JobTemplate template(TemplateInfoDto t) {
        return new JobTemplate(t.getId(), t.getOwner(), t.getDescription(), t.getApp(), t.getPartitioner(), t.getAssembler());
    }

    static JobConfigDto config(JobConfig c) {
        var g = new JobConfigDto();
        c.taskTimeout().ifPresent(d -> g.setTaskTimeout(Long.toString(d.getSeconds())));
        c.jobTimeout().ifPresent(d -> g.setJobTimeout(Long.toString(d.getSeconds())));
        c.testJob().ifPresent(g::setIsTestJob);
        return g;
    }

    static DataSourceDto wire(StorageLocation location) {
        if (location == null) {
            return null;
        }
        var g = new DataSourceDto();
        g.setDataSourceDescriptor(location.descriptor());
        g.setParams(map(location.params()));
        return g;
    }

    static JobParamsDto wire(JobParams params) {
        var g = new JobParamsDto();
        g.setPartitioner(map(params.partitioner()));
        g.setApp(map(params.app()));
        g.setAssembler(map(params.assembler()));
        return g;
    }

    static LogEntry logEntry(LogEntryDto e) {
        return new LogEntry(e.getLog(), instant(e.getTimestamp(), "log.timestamp"), e.getLevel(), e.getContainer());
    }

    static List<LogEntry> logEntries(List<LogEntryDto> entries) {
        List<LogEntry> out = new ArrayList<>();
        if (entries != null) {
            entries.forEach(e -> out.add(logEntry(e)));
        }
        return out;
    }

    static DataSourceCheck.Folder folder(DirectoryDto d) {
        List<DataSourceCheck.Folder> folders = new ArrayList<>();
        if (d.getDirectories() != null) {
            d.getDirectories().forEach(sub -> folders.add(folder(sub)));
        }
        List<DataSourceCheck.FileEntry> files = new ArrayList<>();
        if (d.getFiles() != null) {
            for (FileInfoDto f : d.getFiles()) {
                files.add(new DataSourceCheck.FileEntry(f.getId(), f.getName(), f.getPath(), f.getSize()));
            }
        }
        return new DataSourceCheck.Folder(d.getName(), d.getPath(), folders, files);
    }

    static ServerInfo serverInfo(ServerInfoDto i) {
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
