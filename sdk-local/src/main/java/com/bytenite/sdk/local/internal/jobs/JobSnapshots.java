package com.bytenite.sdk.local.internal.jobs;

import com.bytenite.sdk.local.internal.files.AtomicWrite;
import com.bytenite.sdk.local.internal.files.ContainedPath;
import com.bytenite.sdk.local.internal.files.Quarantine;
import com.bytenite.sdk.local.internal.files.Snapshot;
import com.google.gson.Gson;
import com.google.gson.JsonParseException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Jobs written to {@code <dir>/<id>.json} so they survive a restart when the server was given a
 * data directory. Each write is an {@link AtomicWrite}, so a crash never leaves half a job; a file
 * that still cannot be read is quarantined rather than stopping the start.
 */
final class JobSnapshots {
    private static final Gson GSON = Snapshot.GSON;

    /** What the saved files held: the jobs read back, and the ids of those that could not be. */
    record Loaded(List<JobRecord> jobs, List<Unreadable> unreadable) {
    }

    /** A job file moved to quarantine; its id is its file name. */
    record Unreadable(String id, Path movedTo) {
    }

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
            AtomicWrite.writeString(ContainedPath.resolve(dir, job.id + ".json"), json);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot save job " + job.id + " under " + dir, e);
        }
    }

    void delete(String id) {
        try {
            Files.deleteIfExists(ContainedPath.resolve(dir, id + ".json"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Loaded loadAll() {
        List<JobRecord> jobs = new ArrayList<>();
        List<Unreadable> unreadable = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return new Loaded(jobs, unreadable);
        }
        List<Path> files;
        try (Stream<Path> list = Files.list(dir)) {
            files = list.filter(f -> f.getFileName().toString().endsWith(".json") && Files.isRegularFile(f)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the saved jobs under " + dir, e);
        }
        for (Path p : files) {
            String name = p.getFileName().toString();
            String id = name.substring(0, name.length() - ".json".length());
            String problem;
            try {
                JobRecord job = GSON.fromJson(Files.readString(p, StandardCharsets.UTF_8), JobRecord.class);
                problem = problem(job, id);
                if (problem == null) {
                    jobs.add(job);
                    continue;
                }
            } catch (IOException | JsonParseException e) {
                problem = e.getMessage();
            }
            unreadable.add(new Unreadable(id, Quarantine.move(p, problem)));
        }
        return new Loaded(jobs, unreadable);
    }

    /** Why a parsed record cannot be used, or null. */
    private static String problem(JobRecord job, String fileId) {
        if (job == null) {
            return "the file is empty";
        }
        if (job.id == null || !job.id.equals(fileId) || job.owner == null || job.state == null || job.createdAt == null
                || job.params == null || job.logs == null || job.results == null || job.stateTimestamps == null) {
            return "the record is incomplete";
        }
        return null;
    }
}
