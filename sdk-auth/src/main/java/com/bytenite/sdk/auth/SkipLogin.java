package com.bytenite.sdk.auth;

/**
 * The answer of {@link AuthService#skipLogin()}: whether ByteNite's web login page may be skipped
 * because the session is already signed in, and where it would go instead. Meant for the web login
 * flow; what decides {@code skip} for a call made with an API-key token is not documented.
 *
 * @param skip true when login can be skipped (false when the server leaves it out)
 * @param redirectTo the URL to go to when skipping, or null when absent
 */
public record SkipLogin(boolean skip, String redirectTo) {
}
