package com.bytenite.sdk.auth;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * A stored secret as the server lists it. The secret key itself is write-only: the server never
 * returns it, so this type has no field for it. The access key is an identifier (such as an AWS
 * access key id), shown as stored.
 *
 * @param params extra values the secret carries (their meaning depends on the type; undocumented)
 */
public record Secret(String id, String name, SecretType type, String accessKey, Instant expiresAt, Map<String, String> params) {
    public Secret {
        params = params == null ? Map.of() : Map.copyOf(params);
    }

    public Optional<Instant> expiry() {
        return Optional.ofNullable(expiresAt);
    }
}
