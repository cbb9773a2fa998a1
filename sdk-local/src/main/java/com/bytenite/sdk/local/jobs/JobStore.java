package com.bytenite.sdk.local.jobs;

import com.bytenite.sdk.local.server.ApiException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/** Every job, by id; each user sees only their own. */
public final class JobStore {
    private final Map<String, JobRecord> jobs = new ConcurrentHashMap<>();

    public String newId() {
        return UUID.randomUUID().toString();
    }

    public void put(JobRecord job) {
        jobs.put(job.id, job);
    }

    /** @throws ApiException 404 when the job does not exist or belongs to someone else */
    public JobRecord get(String user, String id) {
        JobRecord job = jobs.get(id);
        if (job == null || !job.owner.equals(user)) {
            throw ApiException.notFound("job " + id + " not found");
        }
        return job;
    }

    /** The job whose upload and result URLs carry {@code token}, or null. */
    public JobRecord byFileToken(String token) {
        return jobs.values().stream().filter(j -> token.equals(j.fileToken)).findFirst().orElse(null);
    }

    public void remove(String id) {
        jobs.remove(id);
    }

    /** The user's jobs, newest first. */
    public List<JobRecord> list(String user) {
        List<JobRecord> out = new ArrayList<>();
        for (JobRecord j : jobs.values()) {
            if (j.owner.equals(user)) {
                out.add(j);
            }
        }
        out.sort(Comparator.comparing((JobRecord j) -> j.createdAt).reversed().thenComparing(j -> j.id));
        return out;
    }
}
