package com.bytenite.sdk.local.jobs;

import java.time.Duration;
import java.time.Instant;

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
     * Removes what the policy no longer keeps, oldest end first; jobs ending together prune one
     * after the other. Costs the pruned jobs only, never a scan of all.
     */
    synchronized void prune(CustomerContext ctx) {
        Instant oldest = ctx.clock().instant().minus(keepFor);
        for (JobRecord head = ctx.jobs().oldestEnded(); head != null; head = ctx.jobs().oldestEnded()) {
            if (ctx.jobs().endedCount() <= maxEnded && !head.endedAt.isBefore(oldest)) {
                return;
            }
            if (!forget(ctx, head)) {
                ctx.jobs().unmarkEnded(head); // already gone (deleted meanwhile)
            }
        }
    }

    /**
     * Removes one job and everything it left behind; only the caller that removed its record deletes
     * its files.
     *
     * @return false when the job was already gone
     */
    static boolean forget(CustomerContext ctx, JobRecord job) {
        if (!ctx.jobs().remove(job.id)) {
            return false;
        }
        ctx.files().deleteJob(job.id);
        ctx.events().forget(job.id);
        return true;
    }
}
