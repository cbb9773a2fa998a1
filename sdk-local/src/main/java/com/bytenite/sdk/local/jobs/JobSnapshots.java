package com.bytenite.sdk.local.jobs;

import com.bytenite.sdk.local.files.Snapshot;
import com.google.gson.Gson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Jobs written to {@code <dir>/<id>.json} so they survive a restart when the server was given a
 * data directory. Each write goes through a temporary file, so a crash never leaves half a job.
 */
final class JobSnapshots {
    private static final Gson GSON = Snapshot.GSON;

    private final Path dir;

    JobSnapshots(Path dir) {
        this.dir = dir;
    }

    void save(JobRecord job) {
        String json;
        synchronized (job) {
            json = GSON.toJson(job);
        }
        try {
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, "." + job.id, ".tmp");
            Files.writeString(tmp, json, StandardCharsets.UTF_8);
            Files.move(tmp, dir.resolve(job.id + ".json"), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot save job " + job.id + " under " + dir, e);
        }
    }

    void delete(String id) {
        try {
            Files.deleteIfExists(dir.resolve(id + ".json"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<JobRecord> loadAll() {
        List<JobRecord> jobs = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return jobs;
        }
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : files.filter(f -> f.getFileName().toString().endsWith(".json")).toList()) {
                jobs.add(GSON.fromJson(Files.readString(p, StandardCharsets.UTF_8), JobRecord.class));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the saved jobs under " + dir, e);
        }
        return jobs;
    }
}
