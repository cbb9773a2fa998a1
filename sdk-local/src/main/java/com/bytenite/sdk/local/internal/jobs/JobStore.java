package com.bytenite.sdk.local.internal.jobs;

import com.bytenite.sdk.local.internal.server.ApiException;
import com.bytenite.sdk.local.internal.server.Identifiers;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every job, by id; each user sees only their own. With a directory, jobs are saved there on
 * creation, on every state change and on close, and read back at start; a job that was running
 * when the server stopped is ended as failed, since its processes did not survive.
 */
public final class JobStore {
    private final Map<String, JobRecord> jobs = new ConcurrentHashMap<>();
    /** Ended jobs in the order they ended (retention prunes from the head). */
    private final ArrayDeque<JobRecord> endedInOrder = new ArrayDeque<>();
    /** The same jobs by the token of their upload and result links, so a link costs no scan. */
    private final Map<String, JobRecord> byFileToken = new ConcurrentHashMap<>();
    private final JobSnapshots snapshots;

    /** Jobs kept in memory only. */
    public JobStore() {
        this.snapshots = null;
    }

    /**
     * Jobs saved under {@code dir}, with those already there loaded. A job whose file cannot be read
     * is reported as a failed job of {@code fallbackOwner} (the file does not say whose it was),
     * its file moved to quarantine.
     */
    public JobStore(Path dir, Instant now, String fallbackOwner) {
        this.snapshots = new JobSnapshots(dir);
        JobSnapshots.Loaded loaded = snapshots.loadAll();
        for (JobRecord job : loaded.jobs()) {
            if (!job.isDraft() && !job.state.isTerminal()) {
                end(job, "Local ByteNite stopped while the job was running", now);
            }
            jobs.put(job.id, job);
            byFileToken.put(job.fileToken, job);
        }
        for (JobSnapshots.Unreadable lost : loaded.unreadable()) {
            if (Identifiers.isSafe(lost.id()) && !jobs.containsKey(lost.id())) {
                JobRecord job = new JobRecord(lost.id(), fallbackOwner, "unknown", now);
                end(job, "Local ByteNite could not read this job's saved record at start; it was moved to " + lost.movedTo(), now);
                jobs.put(job.id, job);
                byFileToken.put(job.fileToken, job);
            }
        }
        jobs.values().stream().filter(j -> j.state.isTerminal() && j.endedAt != null)
                .sorted(Comparator.comparing((JobRecord j) -> j.endedAt)).forEach(endedInOrder::addLast);
    }

    private void end(JobRecord job, String why, Instant now) {
        job.errorMessage = why;
        job.endedAt = now;
        job.moveTo(JobStateName.FAILED, now);
        snapshots.save(job);
    }

    /** Writes {@code job} to the directory, if there is one. */
    public void save(JobRecord job) {
        if (snapshots != null) {
            snapshots.save(job);
        }
    }

    /** Writes every job (at shutdown). */
    public void saveAll() {
        jobs.values().forEach(this::save);
    }

    public String newId() {
        return UUID.randomUUID().toString();
    }

    /** @return false, changing nothing, when a job with that id exists already (of any user) */
    public boolean add(JobRecord job) {
        if (jobs.putIfAbsent(job.id, job) != null) {
            return false;
        }
        byFileToken.put(job.fileToken, job);
        save(job);
        return true;
    }

    /** @throws ApiException 400 for an id that is not one (see {@link Identifiers}), 404 when the job does not exist or belongs to someone else */
    public JobRecord get(String user, String id) {
        JobRecord job = jobs.get(Identifiers.require(id, "jobId"));
        if (job == null || !job.owner.equals(user)) {
            throw ApiException.notFound("job " + id + " not found");
        }
        return job;
    }

    /** The job whose upload and result URLs carry {@code token}, or null. */
    public JobRecord byFileToken(String token) {
        return byFileToken.get(token);
    }

    /** @return false when the job was not there (already removed by another request or a prune) */
    public boolean remove(String id) {
        JobRecord removed = jobs.remove(id);
        if (removed != null) {
            byFileToken.remove(removed.fileToken);
            synchronized (endedInOrder) {
                endedInOrder.remove(removed);
            }
        }
        if (snapshots != null) {
            snapshots.delete(id);
        }
        return removed != null;
    }

    /** Records that {@code job} has ended, for retention: ended jobs are pruned in the order they ended. */
    public void markEnded(JobRecord job) {
        synchronized (endedInOrder) {
            // A job deleted while it ran is no longer kept: nothing to prune later.
            if (jobs.get(job.id) == job) {
                endedInOrder.addLast(job);
            }
        }
    }

    /** Stops tracking an ended job that is no longer kept. */
    void unmarkEnded(JobRecord job) {
        synchronized (endedInOrder) {
            endedInOrder.remove(job);
        }
    }

    /** The job that ended first among those still kept, or null. */
    public JobRecord oldestEnded() {
        synchronized (endedInOrder) {
            return endedInOrder.peekFirst();
        }
    }

    /** How many ended jobs are kept. */
    public int endedCount() {
        synchronized (endedInOrder) {
            return endedInOrder.size();
        }
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
