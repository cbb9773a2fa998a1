package com.bytenite.sdk.local.internal.wallet;

import com.bytenite.sdk.local.internal.jobs.JobBilling;
import com.bytenite.sdk.local.internal.jobs.JobRecord;
import java.math.BigDecimal;
import java.time.Duration;

/** Debits an ended job's local price from its owner's ledger. */
public final class LedgerBilling implements JobBilling {
    private final Ledger ledger;

    public LedgerBilling(Ledger ledger) {
        this.ledger = ledger;
    }

    @Override
    public BigDecimal charge(JobRecord job) {
        String name;
        BigDecimal cost;
        synchronized (job) {
            long seconds = job.startedAt == null || job.endedAt == null ? 0 : Duration.between(job.startedAt, job.endedAt).toSeconds();
            cost = Ledger.jobCost(job.numChunks, seconds);
            name = job.name == null ? job.id : job.name;
        }
        if (cost.signum() > 0) {
            ledger.record(job.owner, cost.negate(), "payment", "job", job.id, name);
        }
        return cost;
    }
}
