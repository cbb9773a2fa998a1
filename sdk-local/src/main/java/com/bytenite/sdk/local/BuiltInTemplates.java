package com.bytenite.sdk.local;

import com.bytenite.sdk.local.internal.jobs.Template;
import com.google.gson.JsonObject;
import java.util.List;

/**
 * Templates every user of a Local ByteNite can run without pushing anything: ByteNite's public
 * engines around the built-in {@code echo} app (each task's result is its chunk, unchanged).
 */
final class BuiltInTemplates {
    static final String OWNER = "bytenite";

    private BuiltInTemplates() {
    }

    static List<Template> all() {
        return List.of(
                template("echo-passthrough", "Echo each input unchanged: passthrough partitioner, echo app, passthrough assembler",
                        "echo", "passthrough", "passthrough"),
                template("echo-fanout-zip", "Copy the input params.num_replicas times, echo each copy, zip the results into results_archive.zip",
                        "echo", "fanout-replica", "zipper"));
    }

    static Template template(String id, String description, String app, String partitioner, String assembler) {
        JsonObject raw = new JsonObject();
        raw.addProperty("id", id);
        raw.addProperty("description", description);
        raw.addProperty("app", app);
        raw.addProperty("partitioner", partitioner);
        raw.addProperty("assembler", assembler);
        return new Template(id, OWNER, description, app, partitioner, assembler, true, raw);
    }
}
