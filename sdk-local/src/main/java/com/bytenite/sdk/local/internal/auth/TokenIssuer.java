package com.bytenite.sdk.local.internal.auth;

import com.bytenite.sdk.local.internal.server.ApiException;
import com.bytenite.sdk.local.internal.server.Authenticator;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Exchanges API keys for access tokens that expire, and recognises those tokens. The lifetime is
 * configurable so tests can force the SDK to renew.
 */
public final class TokenIssuer implements Authenticator {
    /** A token's owner and the API key it was obtained with: it lives only as long as that key does. */
    private record Grant(String user, String keyId, Instant expiresAt) {
    }

    /** A token handed out: the value and how long it lives. */
    public record Issued(String token, Duration lifetime) {
    }

    private final ApiKeys keys;
    private final Duration lifetime;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, Grant> grants = new ConcurrentHashMap<>();

    public TokenIssuer(ApiKeys keys, Duration lifetime, Clock clock) {
        this.keys = keys;
        this.lifetime = lifetime;
        this.clock = clock;
    }

    /** @throws ApiException 401 for an unknown or revoked key */
    public Issued exchange(String apiKey) {
        ApiKeys.KeyInfo key = keys.active(apiKey);
        if (key == null) {
            throw ApiException.unauthorized("invalid or revoked API key");
        }
        byte[] bytes = new byte[24];
        random.nextBytes(bytes);
        String token = "lbt_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        grants.put(token, new Grant(key.user(), key.id(), clock.instant().plus(lifetime)));
        return new Issued(token, lifetime);
    }

    /** Ends every token obtained with the key {@code keyId} (its revocation). */
    public void revokeKey(String keyId) {
        grants.values().removeIf(g -> g.keyId().equals(keyId));
    }

    /** Ends every token of {@code user} (sign out). */
    public void revokeAll(String user) {
        grants.values().removeIf(g -> g.user().equals(user));
    }

    @Override
    public String principal(String authorization) {
        if (authorization == null || authorization.isBlank()) {
            throw ApiException.unauthorized("missing access token: send it in the Authorization header");
        }
        String token = authorization.regionMatches(true, 0, "Bearer ", 0, 7) ? authorization.substring(7).trim() : authorization.trim();
        Grant grant = grants.get(token);
        if (grant == null) {
            throw ApiException.unauthorized("unknown access token");
        }
        if (!clock.instant().isBefore(grant.expiresAt())) {
            grants.remove(token);
            throw ApiException.unauthorized("access token expired");
        }
        // Checked on every call as well as removed on revocation, so no race lets a token outlive its key.
        if (!keys.isActive(grant.keyId())) {
            grants.remove(token);
            throw ApiException.unauthorized("the API key this access token was obtained with has been revoked");
        }
        return grant.user();
    }
}
