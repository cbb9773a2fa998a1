package com.bytenite.sdk.dev;

import com.bytenite.sdk.core.json.ByteNiteJson;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An app or engine as the Dev API describes it. The registry token of a private image is never
 * kept here, even if a server sent it.
 *
 * @param status as sent, such as {@code active}; the docs do not list every value
 * @param type for engines, {@code partitioner} or {@code assembler}
 */
public record ComponentInfo(ComponentKind kind, String id, String name, String version, String owner, String type, String status,
        String description, String entrypoint, String platform, String container, boolean privateImage, List<String> secrets,
        BigDecimal minCpu, BigDecimal minMemory, List<String> gpu, boolean isPublic, Instant createdAt, Instant updatedAt) {

    public ComponentInfo {
        secrets = List.copyOf(secrets);
        gpu = List.copyOf(gpu);
    }

    /** {@code name@version}. */
    public Tag tag() {
        return Tag.parse(name + "@" + version);
    }

    public boolean isActive() {
        return "active".equalsIgnoreCase(status);
    }

    public Optional<String> engineType() {
        return Optional.ofNullable(type);
    }

    static ComponentInfo fromJson(ComponentKind kind, JsonObject o) {
        JsonObject pc = object(o, "platformConfig");
        JsonObject dr = object(o, "deviceRequirements");
        return new ComponentInfo(kind, text(o, "id"), text(o, "name"), text(o, "version"), text(o, "owner"), text(o, "type"),
                text(o, "status"), text(o, "description"), text(o, "entrypoint"), text(o, "platform"), text(pc, "container"),
                "true".equalsIgnoreCase(text(pc, "privateImage")), strings(pc, "secrets"), decimal(dr, "minCpu"), decimal(dr, "minMemory"),
                strings(dr, "gpu"), "true".equalsIgnoreCase(text(o, "isPublic")),
                ByteNiteJson.parseInstant(text(o, "createdAt"), "createdAt"), ByteNiteJson.parseInstant(text(o, "updatedAt"), "updatedAt"));
    }

    private static JsonObject object(JsonObject o, String key) {
        JsonElement e = o.get(key);
        return e != null && e.isJsonObject() ? e.getAsJsonObject() : new JsonObject();
    }

    private static String text(JsonObject o, String key) {
        JsonElement e = o.get(key);
        return e != null && e.isJsonPrimitive() ? e.getAsString() : null;
    }

    private static BigDecimal decimal(JsonObject o, String key) {
        String t = text(o, key);
        return t == null || t.isBlank() ? null : new BigDecimal(t.trim());
    }

    private static List<String> strings(JsonObject o, String key) {
        List<String> out = new ArrayList<>();
        JsonElement e = o.get(key);
        if (e != null && e.isJsonArray()) {
            e.getAsJsonArray().forEach(x -> out.add(x.getAsString()));
        }
        return out;
    }
}
