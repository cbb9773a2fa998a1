package com.bytenite.sdk.auth;

import java.time.Duration;

/**
 * An access token exchanged for an API key, for callers that need the raw token (another HTTP
 * client, a browser). {@link #toString()} never shows the token.
 *
 * @param expiresIn how long the token lives from when it was issued (one hour by default)
 * @param scope as the server reports it; the docs do not list scopes
 */
public record AccessTokenGrant(String token, Duration expiresIn, String scope) {
    @Override
    public String toString() {
        return "AccessTokenGrant{token=***, expiresIn=" + expiresIn + ", scope=" + scope + '}';
    }
}
