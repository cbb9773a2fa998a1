package com.bytenite.sdk.local.internal.dev;

import com.bytenite.sdk.local.executor.RegistryLogin;
import com.bytenite.sdk.local.internal.server.ApiException;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads a pushed folder's manifest.json. Keys are matched case-insensitively and with or without
 * underscores ({@code platform_config}, {@code platformConfig}, {@code PlatformConfig}), since
 * the docs and public manifests disagree.
 */
final class Manifests {
    private Manifests() {
    }

    static JsonObject read(Path folder) throws IOException {
        Path file = folder.resolve("manifest.json");
        if (!Files.isRegularFile(file)) {
            throw ApiException.badRequest("data: the archive has no manifest.json at its top level");
        }
        try {
            JsonElement e = JsonParser.parseString(Files.readString(file));
            if (!e.isJsonObject()) {
                throw ApiException.badRequest("manifest.json must be a JSON object");
            }
            return e.getAsJsonObject();
        } catch (JsonParseException e) {
            throw ApiException.badRequest("manifest.json is not valid JSON: " + e.getMessage());
        }
    }

    /**
     * Removes {@code platform_config.token}, the registry credential for a private image, from the
     * manifest and from the folder's manifest.json, so it is never stored in the data directory,
     * logged, or served back by a download. Only a cluster executor needs it, to pull the image: it
     * gets it from {@link #registryLogin}, read before this and kept in memory.
     */
    static void dropRegistryToken(JsonObject manifest, Path folder) throws IOException {
        JsonObject platformConfig = object(manifest, "platform_config");
        boolean dropped = false;
        for (String k : List.copyOf(platformConfig.keySet())) {
            if (normal(k).equals("token")) {
                platformConfig.remove(k);
                dropped = true;
            }
        }
        if (dropped) {
            Files.writeString(folder.resolve("manifest.json"), new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(manifest));
        }
    }

    /** The registry credentials of a private image ({@code private_image} true, a username and a token), or null. */
    static RegistryLogin registryLogin(JsonObject manifest) {
        JsonObject platformConfig = object(manifest, "platform_config");
        String username = string(platformConfig, "username");
        String token = string(platformConfig, "token");
        boolean isPrivate = "true".equalsIgnoreCase(string(platformConfig, "private_image"));
        return isPrivate && username != null && token != null ? new RegistryLogin(username, token) : null;
    }

    static String string(JsonObject o, String key) {
        JsonElement e = get(o, key);
        return e == null || e.isJsonNull() || !e.isJsonPrimitive() ? null : e.getAsString();
    }

    static String required(JsonObject manifest, String key) {
        String value = string(manifest, key);
        if (value == null || value.isBlank()) {
            throw ApiException.badRequest("manifest.json: " + key + " is required");
        }
        return value;
    }

    static JsonObject object(JsonObject o, String key) {
        JsonElement e = get(o, key);
        return e != null && e.isJsonObject() ? e.getAsJsonObject() : new JsonObject();
    }

    static List<String> strings(JsonObject o, String key) {
        JsonElement e = get(o, key);
        List<String> out = new ArrayList<>();
        if (e != null && e.isJsonArray()) {
            e.getAsJsonArray().forEach(x -> out.add(x.getAsString()));
        }
        return out;
    }

    private static JsonElement get(JsonObject o, String key) {
        String wanted = normal(key);
        for (String k : o.keySet()) {
            if (normal(k).equals(wanted)) {
                return o.get(k);
            }
        }
        return null;
    }

    private static String normal(String key) {
        return key.replace("_", "").toLowerCase(Locale.ROOT);
    }
}
