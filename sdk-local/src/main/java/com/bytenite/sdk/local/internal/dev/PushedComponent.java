package com.bytenite.sdk.local.internal.dev;

import com.google.gson.JsonObject;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/**
 * An app or engine pushed through the Dev API: its manifest as pushed, where its folder was
 * unpacked, and whether it is active (only active components run).
 *
 * @param type {@code app}, or {@code partitioner} / {@code assembler} for engines
 * @param secrets the secret ids the manifest names; their values reach the component as variables
 */
public record PushedComponent(String id, String owner, String type, String name, int major, int minor, String entrypoint,
        List<String> secrets, JsonObject manifest, Path folder, boolean active, boolean isPublic, Instant createdAt, Instant updatedAt) {

    public String version() {
        return major + "." + minor;
    }

    public String tag() {
        return name + "@" + version();
    }

    PushedComponent withActive(boolean nowActive, Instant at) {
        return new PushedComponent(id, owner, type, name, major, minor, entrypoint, secrets, manifest, folder, nowActive, isPublic,
                createdAt, at);
    }
}
