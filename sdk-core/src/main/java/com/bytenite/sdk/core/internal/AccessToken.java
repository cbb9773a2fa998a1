package com.bytenite.sdk.core.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * An access token, the instant it expires, and what the exchange said of it: the lifetime it
 * announced (or the documented default) and its scope. {@link #toString()} hides the token.
 */
public final class AccessToken {
    private final String token;
    private final Instant expiresAt;
    private final Duration expiresIn;
    private final String scope;

    /** A token given in the configuration: nothing is known of its lifetime, so it never expires here. */
    public AccessToken(String token, Instant expiresAt) {
        this(token, expiresAt, null, null);
    }

    /**
     * @param expiresIn the lifetime the exchange announced (or assumed), null for a configured token
     * @param scope the scope the exchange reported, or null
     */
    public AccessToken(String token, Instant expiresAt, Duration expiresIn, String scope) {
        this.token = Objects.requireNonNull(token, "token");
        this.expiresAt = Objects.requireNonNull(expiresAt, "expiresAt");
        this.expiresIn = expiresIn;
        this.scope = scope;
    }

    public String token() {
        return token;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    /** The announced lifetime; null for a configured token. */
    public Duration expiresIn() {
        return expiresIn;
    }

    /** The reported scope, or null. */
    public String scope() {
        return scope;
    }

    @Override
    public String toString() {
        return "AccessToken{token=" + Redactor.MASK + ", expiresAt=" + expiresAt + ", scope=" + scope + '}';
    }
}
