package com.bytenite.sdk.local.internal.auth;

import com.google.gson.JsonObject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Users' secrets. The secret key is kept for components that name the secret (they receive it as
 * {@code <ID>_SECRET_KEY}) and is never rendered by the API.
 */
public final class SecretStore {
    /** A stored secret; {@code described} is what the API shows, without the secret key. */
    public record Secret(String owner, String id, String type, String accessKey, String secretKey, Instant expiresAt, JsonObject described) {
    }

    private final Map<String, Secret> secrets = new ConcurrentHashMap<>();

    /** @return false when the user already has a secret of that type and id */
    public boolean add(Secret s) {
        return secrets.putIfAbsent(key(s.owner(), s.type(), s.id()), s) == null;
    }

    public boolean remove(String owner, String type, String id) {
        return secrets.remove(key(owner, type, id)) != null;
    }

    /** The user's secrets, optionally of one type, by id. */
    public List<Secret> list(String owner, String type) {
        List<Secret> out = new ArrayList<>();
        secrets.values().stream().filter(s -> s.owner().equals(owner) && (type == null || s.type().equals(type))).forEach(out::add);
        out.sort(Comparator.comparing(Secret::id).thenComparing(Secret::type));
        return out;
    }

    /** The user's secret with this id, of any type; null when there is none. */
    public Secret find(String owner, String id) {
        return secrets.values().stream().filter(s -> s.owner().equals(owner) && s.id().equals(id)).findFirst().orElse(null);
    }

    private static String key(String owner, String type, String id) {
        return owner + '\u0000' + type + '\u0000' + id;
    }
}
