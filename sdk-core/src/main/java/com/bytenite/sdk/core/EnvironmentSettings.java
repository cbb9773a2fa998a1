package com.bytenite.sdk.core;

import static com.bytenite.sdk.core.ByteNiteConfig.ENV_ACCESS_TOKEN;
import static com.bytenite.sdk.core.ByteNiteConfig.ENV_ALLOW_INSECURE_HTTP;
import static com.bytenite.sdk.core.ByteNiteConfig.ENV_API_KEY;
import static com.bytenite.sdk.core.ByteNiteConfig.ENV_AUTH_SCHEME;
import static com.bytenite.sdk.core.ByteNiteConfig.ENV_BASE_URL;
import static com.bytenite.sdk.core.ByteNiteConfig.ENV_CUSTOMER_ROUTE;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads {@link ByteNiteConfig}'s environment variables into a builder: blank values count as
 * unset, surrounding whitespace is removed, and a bad value fails naming its variable.
 */
final class EnvironmentSettings {
    private final Map<String, String> env;

    EnvironmentSettings(Map<String, String> env) {
        this.env = env;
    }

    void applyTo(ByteNiteConfig.Builder b) {
        value(ENV_API_KEY).ifPresent(b::apiKey);
        value(ENV_ACCESS_TOKEN).ifPresent(b::accessToken);
        value(ENV_BASE_URL).ifPresent(v -> named(ENV_BASE_URL, () -> b.baseUrl(v)));
        value(ENV_CUSTOMER_ROUTE).ifPresent(v -> named(ENV_CUSTOMER_ROUTE, () -> b.customerRoute(CustomerRoute.parse(v))));
        value(ENV_AUTH_SCHEME).ifPresent(v -> named(ENV_AUTH_SCHEME, () -> b.authScheme(parseScheme(v))));
        value(ENV_ALLOW_INSECURE_HTTP).ifPresent(v -> named(ENV_ALLOW_INSECURE_HTTP, () -> b.allowInsecureHttp(parseBoolean(v))));
    }

    private Optional<String> value(String name) {
        String v = env.get(name);
        return v == null || v.isBlank() ? Optional.empty() : Optional.of(v.trim());
    }

    private static void named(String variable, Runnable apply) {
        try {
            apply.run();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(variable + ": " + e.getMessage(), e);
        }
    }

    private static AuthScheme parseScheme(String v) {
        switch (v.toLowerCase(Locale.ROOT)) {
            case "bare":
                return AuthScheme.BARE;
            case "bearer":
                return AuthScheme.BEARER;
            default:
                throw new IllegalArgumentException("expected 'bare' or 'bearer' but was '" + v + "'");
        }
    }

    private static boolean parseBoolean(String v) {
        switch (v.toLowerCase(Locale.ROOT)) {
            case "true":
                return true;
            case "false":
                return false;
            default:
                throw new IllegalArgumentException("expected 'true' or 'false' but was '" + v + "'");
        }
    }
}
