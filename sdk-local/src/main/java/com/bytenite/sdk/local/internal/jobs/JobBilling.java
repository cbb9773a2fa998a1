package com.bytenite.sdk.local.internal.jobs;

import java.math.BigDecimal;

/** Charges a job that has ended; what it returns becomes the job's {@code paymentAmount}. */
@FunctionalInterface
public interface JobBilling {
    BigDecimal charge(JobRecord endedJob);
}
