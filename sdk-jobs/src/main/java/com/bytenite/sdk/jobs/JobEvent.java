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

    /**
     * The SSE event id, used to resume after a drop; absent for newline-delimited JSON streams.
     *
     * @return the event's id, or empty when it had none
     */
    public Optional<String> id() {
        return Optional.ofNullable(id);
    }

    /**
     * The event name ({@code result.event}, or the SSE event type). The names ByteNite sends are not documented.
     *
     * @return the name; {@code message} when the item names none
     */
    public String name() {
        return name;
    }

    /**
     * The payload, unchanged ({@code result.data}), {@code @type} included: a copy the caller may change.
     * A payload that is not JSON, or not an object, is kept under a {@code raw} key.
     *
     * @return a deep copy of the payload; empty when there is none
     */
    public JsonObject data() {
        return data.deepCopy();
    }

    /**
     * One field of the payload (a copy of just that field), without copying the whole payload.
     *
     * @param name the field's name at the payload's top level
     * @return a copy of the field's value, or empty when the payload has no such field
     */
    public Optional<JsonElement> field(String name) {
        JsonElement e = data.get(name);
        return e == null ? Optional.empty() : Optional.of(e.deepCopy());
    }

    /**
     * The payload's {@code @type}, when it has one.
     *
     * @return the type URL, such as {@code type.googleapis.com/…}, or empty
     */
    public Optional<String> type() {
        return string("@type");
    }

    /**
     * The job the event is about, when the payload names one ({@code jobId} or {@code job_id}).
     *
     * @return the job's id, or empty when the payload has neither field
     */
    public Optional<String> jobId() {
        return string("jobId").or(() -> string("job_id"));
    }

    /**
     * The job state the payload reports, when it has a {@code state} field.
     *
     * @return the state, unknown values kept as sent, or empty
     */
    public Optional<JobState> state() {
        return string("state").map(JobState::of);
    }

    /**
     * True for an item that carries a stream error ({@code error} instead of {@code result}).
     *
     * @return whether the item carried an error code or message
     */
    public boolean isError() {
        return errorCode != null || errorMessage != null;
    }

    /**
     * The stream error's {@code error.code}; its values are not documented.
     *
     * @return the code, or empty when the item carried none
     */
    public Optional<Integer> errorCode() {
        return Optional.ofNullable(errorCode);
    }

    /**
     * The stream error's {@code error.message}.
     *
     * @return the message as sent, or empty when the item carried none
     */
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
