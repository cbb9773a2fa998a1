package com.bytenite.sdk.auth;

import java.time.Instant;

/**
 * An API key as the server lists it: never the key itself, only its fingerprint. Keys are created
 * in ByteNite's web app; the API only lists and revokes them.
 */
public record ApiKeyInfo(String id, String name, Instant issuedAt, Instant expiresAt, String userId, boolean revoked, String fingerprint) {
}
