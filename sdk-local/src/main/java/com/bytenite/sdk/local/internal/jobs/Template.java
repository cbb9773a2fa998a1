package com.bytenite.sdk.local.internal.jobs;

import static com.bytenite.sdk.local.internal.server.ServerJson.putString;

import com.google.gson.JsonObject;

/**
 * A job template: which app, partitioner and assembler (by tag) a job runs, with optional default
 * params and config, as the Dev API stores it.
 *
 * @param raw the template as pushed, kept whole so nothing the user sent is lost
 */
public record Template(String id, String owner, String description, String app, String partitioner, String assembler,
        boolean isPublic, JsonObject raw) {

    /** The {@code templateInfo} / templates-list shape. */
    public JsonObject info() {
        JsonObject o = new JsonObject();
        o.addProperty("id", id);
        putString(o, "owner", owner);
        putString(o, "description", description);
        putString(o, "app", app);
        putString(o, "partitioner", partitioner);
        putString(o, "assembler", assembler);
        return o;
    }
}
