package com.bytenite.sdk.local.jobs;

import com.bytenite.sdk.local.events.EventBus;
import com.bytenite.sdk.local.files.FileStore;
import java.time.Clock;

/** What the Customer API's routes and the job runner share. */
public record CustomerContext(JobStore jobs, TemplateCatalog templates, FileStore files, EventBus events, JobBilling billing, Clock clock,
        JobRetention retention) {
}
