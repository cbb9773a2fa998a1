/**
 * The Customer API: jobs from creation to results ({@link com.bytenite.sdk.jobs.JobsService},
 * {@link com.bytenite.sdk.jobs.JobRequest}, {@link com.bytenite.sdk.jobs.Job}), uploads, waiting,
 * events, logs and templates.
 */
package com.bytenite.sdk.jobs;
