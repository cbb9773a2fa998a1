package com.bytenite.sdk.auth;

import java.time.Instant;

/**
 * An API key as {@link ApiKeysService#list()} lists it: never the key itself (it is shown once, in
 * ByteNite's web app, when created there; the API only lists and revokes keys). Any field the
 * server leaves out is null ({@code revoked} is then false).
 *
 * @param id the "key ID", an identifier distinct from the key; pass it to {@link ApiKeysService#revoke(String)}
 * @param name the descriptive name given in the web app
 * @param issuedAt when the key was issued
 * @param expiresAt when the key expires (its validity is chosen at creation)
 * @param userId the owner's user id
 * @param revoked whether the key has been revoked; revoked keys stay in the list
 * @param fingerprint identifies the key without revealing it (format not documented)
 */
public record ApiKeyInfo(String id, String name, Instant issuedAt, Instant expiresAt, String userId, boolean revoked,
        String fingerprint) {
}
