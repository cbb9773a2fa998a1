package com.bytenite.sdk.local.internal.jobs;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * How long ended jobs are kept: each job that ends prunes the ended jobs older than
 * {@code keepFor} (from their end) and, beyond the newest {@code maxEnded}, the oldest. A pruned
 * job goes whole: its record, its saved file, its inputs and results on disk, and its events.
 * Drafts and running jobs are never pruned.
 *
 * @param keepFor how long after its end a job is kept (default {@link #DEFAULTS}: a day)
 * @param maxEnded how many ended jobs are kept at most (default 1,000)
 */
public record JobRetention(Duration keepFor, int maxEnded) {
    public static final JobRetention DEFAULTS = new JobRetention(Duration.ofDays(1), 1_000);

    public JobRetention {
        if (keepFor == null || keepFor.isNegative() || keepFor.isZero() || maxEnded < 1) {
            throw new IllegalArgumentException("retention needs a positive time and at least one job, was " + keepFor + " and " + maxEnded);
        }
    }

    /**
     * Removes the records and events of what the policy no longer keeps, oldest end first; costs the
     * pruned jobs only, never a scan of all. Their files stay: the caller deletes them with
     * {@link #deleteFiles}, once it no longer holds anyone up (a slow disk takes milliseconds a job).
     *
     * @return the jobs pruned
     */
    synchronized List<JobRecord> prune(CustomerContext ctx) {
        Instant oldest = ctx.clock().instant().minus(keepFor);
        List<JobRecord> taken = new ArrayList<>();
        for (JobRecord head = ctx.jobs().oldestEnded(); head != null; head = ctx.jobs().oldestEnded()) {
            if (ctx.jobs().endedCount() <= maxEnded && !head.endedAt.isBefore(oldest)) {
                break;
            }
            if (take(ctx, head)) {
                taken.add(head);
            } else {
                ctx.jobs().unmarkEnded(head); // already gone (deleted meanwhile)
            }
        }
        return taken;
    }

    /** Deletes what the pruned jobs left on disk. */
    static void deleteFiles(CustomerContext ctx, List<JobRecord> pruned) {
        pruned.forEach(gone -> ctx.files().deleteJob(gone.id));
    }

    /**
     * Removes one job and everything it left behind; only the caller that removed its record deletes
     * its files.
     *
     * @return false when the job was already gone
     */
    static boolean forget(CustomerContext ctx, JobRecord job) {
        if (!take(ctx, job)) {
            return false;
        }
        ctx.files().deleteJob(job.id);
        return true;
    }

    /** Removes the job's record and events, so no request finds it any more; its files stay. */
    private static boolean take(CustomerContext ctx, JobRecord job) {
        if (!ctx.jobs().remove(job.id)) {
            return false;
        }
        ctx.events().forget(job.id);
        return true;
    }
}
