package com.bytenite.sdk.local.internal.server;

import com.google.gson.JsonObject;

/** What every API's {@code GET …/info} answers. */
public final class ServerInfo {
    private ServerInfo() {
    }

    public static JsonObject json() {
        JsonObject version = new JsonObject();
        version.addProperty("major", 1);
        version.addProperty("minor", 0);
        version.addProperty("tag", 0);
        JsonObject messages = new JsonObject();
        messages.addProperty("server", "Local ByteNite: jobs run on this machine");
        JsonObject o = new JsonObject();
        o.add("version", version);
        o.add("messages", messages);
        return o;
    }
}
