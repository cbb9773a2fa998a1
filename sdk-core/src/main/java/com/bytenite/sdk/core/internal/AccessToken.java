package com.bytenite.sdk.core.internal;

import java.time.Instant;
import java.util.Objects;

/** An access token and the instant the server said it expires. {@link #toString()} hides the token. */
public final class AccessToken {
    private final String token;
    private final Instant expiresAt;

    public AccessToken(String token, Instant expiresAt) {
        this.token = Objects.requireNonNull(token, "token");
        this.expiresAt = Objects.requireNonNull(expiresAt, "expiresAt");
    }

    public String token() {
        return token;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    @Override
    public String toString() {
        return "AccessToken{token=" + Redactor.MASK + ", expiresAt=" + expiresAt + '}';
    }
}
