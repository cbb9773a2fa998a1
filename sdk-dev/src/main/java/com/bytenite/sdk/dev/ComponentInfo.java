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

    /**
     * Copies {@code secrets} and {@code gpu}, so the record never changes after it is made. Fields the
     * server did not send are null (false for the booleans, empty for the lists).
     *
     * @param kind whether this is an app or an engine
     * @param id the server's id for the component
     * @param name the component's name
     * @param version its version, {@code major.minor}
     * @param owner its owner, as sent
     * @param type for engines, {@code partitioner} or {@code assembler}; null for apps
     * @param status as sent, such as {@code active}; the docs do not list every value
     * @param description its description
     * @param entrypoint the file under {@code app/} the platform starts
     * @param platform the platform, such as {@code docker}
     * @param container the container image ({@code platformConfig.container})
     * @param privateImage whether the image needs registry credentials ({@code platformConfig.privateImage})
     * @param secrets the ids of the secrets given to the container ({@code platformConfig.secrets})
     * @param minCpu the CPU it requires ({@code deviceRequirements.minCpu}); the unit is not documented
     * @param minMemory the memory it requires ({@code deviceRequirements.minMemory}); the unit is not documented
     * @param gpu the GPU model names it requires ({@code deviceRequirements.gpu})
     * @param isPublic whether it is public
     * @param createdAt when it was created
     * @param updatedAt when it was last changed
     * @throws NullPointerException if {@code secrets} or {@code gpu}, or one of their elements, is null
     */
    public ComponentInfo {
        secrets = List.copyOf(secrets);
        gpu = List.copyOf(gpu);
    }

    /**
     * This component's exact tag, {@code name@version}.
     *
     * @return the tag made of the name and version the server sent
     * @throws IllegalArgumentException if the name or version the server sent do not form a valid tag
     */
    public Tag tag() {
        return Tag.parse(name + "@" + version);
    }

    /**
     * Whether the server reported the component as active ({@code status} equal to {@code active},
     * ignoring case). Other status values are not documented, so anything else counts as inactive.
     *
     * @return true if {@code status} is {@code active}
     */
    public boolean isActive() {
        return "active".equalsIgnoreCase(status);
    }

    /**
     * The engine's type, as sent.
     *
     * @return {@code partitioner} or {@code assembler} for an engine; empty when the server sent no type (as for apps)
     */
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
