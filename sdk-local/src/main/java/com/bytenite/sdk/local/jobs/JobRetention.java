package com.bytenite.sdk.local.jobs;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
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

    /** Removes what the policy no longer keeps; jobs ending together prune one after the other. */
    synchronized void prune(CustomerContext ctx) {
        Instant oldest = ctx.clock().instant().minus(keepFor);
        List<JobRecord> ended = ctx.jobs().ended();
        ended.sort(Comparator.comparing((JobRecord j) -> j.endedAt).reversed());
        for (int i = 0; i < ended.size(); i++) {
            JobRecord job = ended.get(i);
            if (i >= maxEnded || job.endedAt.isBefore(oldest)) {
                forget(ctx, job);
            }
        }
    }

    /** Removes one job and everything it left behind; only the caller that removed its record deletes its files. */
    static void forget(CustomerContext ctx, JobRecord job) {
        if (!ctx.jobs().remove(job.id)) {
            return;
        }
        ctx.files().deleteJob(job.id);
        ctx.events().forget(job.id);
    }
}
