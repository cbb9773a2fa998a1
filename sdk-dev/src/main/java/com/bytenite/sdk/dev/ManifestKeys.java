package com.bytenite.sdk.dev;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.Locale;
import java.util.Map;

/**
 * Looks up manifest keys as both spellings in use: the docs' snake_case ({@code platform_config})
 * and the capitalised or camelCase keys of public manifests ({@code Name}, {@code PlatformConfig}).
 */
final class ManifestKeys {
    private ManifestKeys() {
    }

    /** The key as written in the file, or null when absent. */
    static String find(JsonObject o, String documented) {
        String wanted = normal(documented);
        for (Map.Entry<String, JsonElement> e : o.entrySet()) {
            if (normal(e.getKey()).equals(wanted)) {
                return e.getKey();
            }
        }
        return null;
    }

    static JsonElement get(JsonObject o, String documented) {
        String key = find(o, documented);
        return key == null ? null : o.get(key);
    }

    private static String normal(String key) {
        return key.replace("_", "").toLowerCase(Locale.ROOT);
    }
}
