package com.bytenite.sdk.jobs;

import com.google.gson.JsonObject;
import java.util.Objects;
import java.util.Optional;

/**
 * The parameters of a job's three components, each a JSON object validated by the server against
 * the template's schema when it has one. Empty objects mean "no parameters".
 */
public final class JobParams {
    private final JsonObject partitioner;
    private final JsonObject app;
    private final JsonObject assembler;
    private final String preset;

    private JobParams(JsonObject partitioner, JsonObject app, JsonObject assembler, String preset) {
        this.partitioner = copy(partitioner);
        this.app = copy(app);
        this.assembler = copy(assembler);
        this.preset = preset;
    }

    /**
     * No parameters for any component.
     *
     * @return params with three empty objects
     */
    public static JobParams empty() {
        return new JobParams(null, null, null, null);
    }

    /**
     * The three components' parameters, copied.
     *
     * @param partitioner the partitioner's parameters, or null for none
     * @param app the app's parameters, or null for none
     * @param assembler the assembler's parameters, or null for none
     * @return the params
     */
    public static JobParams of(JsonObject partitioner, JsonObject app, JsonObject assembler) {
        return new JobParams(partitioner, app, assembler, null);
    }

    static JobParams of(JsonObject partitioner, JsonObject app, JsonObject assembler, String preset) {
        return new JobParams(partitioner, app, assembler, preset);
    }

    /**
     * The partitioner's parameters.
     *
     * @return a deep copy, empty when there are none
     */
    public JsonObject partitioner() {
        return partitioner.deepCopy();
    }

    /**
     * The app's parameters.
     *
     * @return a deep copy, empty when there are none
     */
    public JsonObject app() {
        return app.deepCopy();
    }

    /**
     * The assembler's parameters.
     *
     * @return a deep copy, empty when there are none
     */
    public JsonObject assembler() {
        return assembler.deepCopy();
    }

    /**
     * The deprecated {@code preset}, only as the server returned it; the SDK never sends one.
     *
     * @return the preset, or empty when the server sent none
     */
    public Optional<String> preset() {
        return Optional.ofNullable(preset);
    }

    /**
     * The wire form {@code {"partitioner": {}, "app": {}, "assembler": {}}}.
     *
     * @return a new object holding copies of the three; {@code preset} is never included
     */
    public JsonObject toJson() {
        JsonObject o = new JsonObject();
        o.add("partitioner", partitioner.deepCopy());
        o.add("app", app.deepCopy());
        o.add("assembler", assembler.deepCopy());
        return o;
    }

    private static JsonObject copy(JsonObject o) {
        return o == null ? new JsonObject() : o.deepCopy();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof JobParams && ((JobParams) o).toJson().equals(toJson()) && Objects.equals(((JobParams) o).preset, preset);
    }

    @Override
    public int hashCode() {
        return toJson().hashCode();
    }

    /** Parameter names only: values can be anything, secrets included. */
    @Override
    public String toString() {
        return "JobParams{partitioner=" + partitioner.keySet() + ", app=" + app.keySet() + ", assembler=" + assembler.keySet() + '}';
    }
}
