package com.bytenite.sdk.local.internal.auth;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The API keys configured at start. As on ByteNite, keys are created outside the API (here: by
 * whoever starts the server); the API only lists them by fingerprint and revokes them.
 */
public final class ApiKeys {
    /** A key as the API shows it: never the key itself. */
    public record KeyInfo(String id, String name, String fingerprint, String user, Instant createdAt, boolean revoked) {
    }

    private final Map<String, KeyInfo> byKey = new ConcurrentHashMap<>();

    public void add(String apiKey, String name, String user, Instant createdAt) {
        String fingerprint = fingerprint(apiKey);
        byKey.put(apiKey, new KeyInfo("key-" + fingerprint.substring(0, 12), name, fingerprint, user, createdAt, false));
    }

    /** The key if it exists and is not revoked, or null. */
    public KeyInfo active(String apiKey) {
        KeyInfo info = apiKey == null ? null : byKey.get(apiKey);
        return info == null || info.revoked() ? null : info;
    }

    /** Whether the key with this id exists and is not revoked. */
    public boolean isActive(String id) {
        return byKey.values().stream().anyMatch(k -> k.id().equals(id) && !k.revoked());
    }

    public List<KeyInfo> list(String user) {
        List<KeyInfo> out = new ArrayList<>();
        byKey.values().stream().filter(k -> k.user().equals(user)).forEach(out::add);
        out.sort(java.util.Comparator.comparing(KeyInfo::createdAt).thenComparing(KeyInfo::id));
        return out;
    }

    /** @return false when {@code user} has no key with that id */
    public boolean revoke(String user, String id) {
        for (Map.Entry<String, KeyInfo> e : byKey.entrySet()) {
            KeyInfo k = e.getValue();
            if (k.user().equals(user) && k.id().equals(id)) {
                e.setValue(new KeyInfo(k.id(), k.name(), k.fingerprint(), k.user(), k.createdAt(), true));
                return true;
            }
        }
        return false;
    }

    private static String fingerprint(String apiKey) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(apiKey.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
