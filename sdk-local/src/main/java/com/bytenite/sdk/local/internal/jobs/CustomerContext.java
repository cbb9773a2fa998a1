package com.bytenite.sdk.local.internal.jobs;

import com.bytenite.sdk.local.internal.events.EventBus;
import com.bytenite.sdk.local.internal.files.FileStore;
import java.time.Clock;

/** What the Customer API's routes and the job runner share. */
public record CustomerContext(JobStore jobs, TemplateCatalog templates, FileStore files, EventBus events, JobBilling billing, Clock clock,
        JobRetention retention) {
}
