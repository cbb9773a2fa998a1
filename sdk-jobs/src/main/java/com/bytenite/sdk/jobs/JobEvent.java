package com.bytenite.sdk.jobs;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.Optional;

/**
 * One item of the Customer API's event stream ({@code GET /events}). ByteNite does not document
 * event names or payloads, so the payload is kept whole in {@link #data()}; the fields the SDK can
 * recognise (a job id, a job state) are offered typed when present.
 */
public final class JobEvent {
    private final String id;
    private final String name;
    private final JsonObject data;
    private final Integer errorCode;
    private final String errorMessage;

    JobEvent(String id, String name, JsonObject data, Integer errorCode, String errorMessage) {
        this.id = id;
        this.name = name;
        // The reader builds a fresh tree per event and hands it over: only data() copies, for callers.
        this.data = data == null ? new JsonObject() : data;
        this.errorCode = errorCode;
        this.errorMessage = errorMessage;
    }

    /** The SSE event id, used to resume after a drop; absent for newline-delimited JSON streams. */
    public Optional<String> id() {
        return Optional.ofNullable(id);
    }

    /** The event name ({@code result.event}, or the SSE event type). */
    public String name() {
        return name;
    }

    /** The payload, unchanged ({@code result.data}), {@code @type} included: a copy the caller may change. */
    public JsonObject data() {
        return data.deepCopy();
    }

    /** One field of the payload (a copy of just that field), without copying the whole payload. */
    public Optional<JsonElement> field(String name) {
        JsonElement e = data.get(name);
        return e == null ? Optional.empty() : Optional.of(e.deepCopy());
    }

    /** The payload's {@code @type}, when it has one. */
    public Optional<String> type() {
        return string("@type");
    }

    /** The job the event is about, when the payload names one ({@code jobId} or {@code job_id}). */
    public Optional<String> jobId() {
        return string("jobId").or(() -> string("job_id"));
    }

    /** The job state the payload reports, when it has a {@code state} field. */
    public Optional<JobState> state() {
        return string("state").map(JobState::of);
    }

    /** True for an item that carries a stream error ({@code error} instead of {@code result}). */
    public boolean isError() {
        return errorCode != null || errorMessage != null;
    }

    public Optional<Integer> errorCode() {
        return Optional.ofNullable(errorCode);
    }

    public Optional<String> errorMessage() {
        return Optional.ofNullable(errorMessage);
    }

    private Optional<String> string(String key) {
        JsonElement e = data.get(key);
        return e != null && e.isJsonPrimitive() ? Optional.of(e.getAsString()) : Optional.empty();
    }

    @Override
    public String toString() {
        return "JobEvent{id=" + id + ", name=" + name + ", type=" + type().orElse(null) + ", jobId=" + jobId().orElse(null)
                + (isError() ? ", error=" + errorCode + " " + errorMessage : "") + '}';
    }
}
