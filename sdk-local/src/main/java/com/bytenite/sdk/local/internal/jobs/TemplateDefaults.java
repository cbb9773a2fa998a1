package com.bytenite.sdk.local.internal.jobs;

import com.bytenite.sdk.local.internal.server.ApiException;
import com.bytenite.sdk.local.internal.server.Bodies;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * A template's {@code dataSource}, {@code dataDestination}, {@code config} and {@code params} as
 * the defaults of a job run from it, as ByteNite's published templates use them: what the job sets
 * itself wins; the template fills in what it left unset. Params win per component: a job's
 * non-empty {@code params.app} replaces the template's {@code params.app} whole.
 */
public final class TemplateDefaults {
    private TemplateDefaults() {
    }

    /** Gives a job without a data source or destination the template's (call under the job's lock, before run). */
    static void apply(Template template, JobRecord job) {
        JsonObject raw = template.raw();
        try {
            if (job.dataSource == null && raw.get("dataSource") instanceof JsonObject source) {
                job.dataSource = DataLocations.source(source);
            }
            if (job.dataDestination == null && raw.get("dataDestination") instanceof JsonObject destination) {
                job.dataDestination = DataLocations.destination(destination);
            }
        } catch (ApiException e) {
            throw ApiException.failedPrecondition("template " + template.id() + ": " + e.description());
        }
    }

    /** Fills the job's unset timeouts and test flag, and its task retries, from the template's {@code config}. */
    static void applyConfig(Template template, JobRecord job) {
        if (!(template.raw().get("config") instanceof JsonObject config)) {
            return;
        }
        try {
            if (job.taskTimeoutSeconds == null) {
                job.taskTimeoutSeconds = Bodies.optionalPositiveInt64(config, "taskTimeout");
            }
            if (job.jobTimeoutSeconds == null) {
                job.jobTimeoutSeconds = Bodies.optionalPositiveInt64(config, "jobTimeout");
            }
            if (job.testJob == null) {
                job.testJob = Bodies.optionalBoolean(config, "isTestJob");
            }
            job.maxTaskRetries = Bodies.optionalNonNegativeInt(config, "maxTaskRetries");
        } catch (ApiException e) {
            throw ApiException.failedPrecondition("template " + template.id() + " config: " + e.description());
        }
    }

    /** The params one component runs with: the job's when it set any for it, else the template's. */
    public static JsonObject params(Template template, JsonObject jobParams, String component) {
        JsonElement own = jobParams.get(component);
        if (own instanceof JsonObject o && o.size() > 0) {
            return o.deepCopy();
        }
        JsonElement fromTemplate = template.raw().get("params") instanceof JsonObject p ? p.get(component) : null;
        return fromTemplate instanceof JsonObject t ? t.deepCopy() : new JsonObject();
    }
}
