package com.bytenite.sdk.core;

import static com.bytenite.sdk.core.ByteNiteConfig.ENV_ACCESS_TOKEN;
import static com.bytenite.sdk.core.ByteNiteConfig.ENV_ALLOW_INSECURE_HTTP;
import static com.bytenite.sdk.core.ByteNiteConfig.ENV_API_KEY;
import static com.bytenite.sdk.core.ByteNiteConfig.ENV_AUTH_SCHEME;
import static com.bytenite.sdk.core.ByteNiteConfig.ENV_BASE_URL;
import static com.bytenite.sdk.core.ByteNiteConfig.ENV_CALL_TIMEOUT;
import static com.bytenite.sdk.core.ByteNiteConfig.ENV_CONNECT_TIMEOUT;
import static com.bytenite.sdk.core.ByteNiteConfig.ENV_CUSTOMER_ROUTE;
import static com.bytenite.sdk.core.ByteNiteConfig.ENV_LOG;
import static com.bytenite.sdk.core.ByteNiteConfig.ENV_MAX_RETRIES;
import static com.bytenite.sdk.core.ByteNiteConfig.ENV_READ_TIMEOUT;
import static com.bytenite.sdk.core.ByteNiteConfig.ENV_STREAM_IDLE_TIMEOUT;
import static com.bytenite.sdk.core.ByteNiteConfig.ENV_WRITE_TIMEOUT;
import static com.bytenite.sdk.core.ByteNiteConfig.PROPERTY_PREFIX;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads {@link ByteNiteConfig}'s system properties and environment variables into a builder: a
 * property wins over its variable, blank values count as unset, surrounding whitespace is removed,
 * and a bad value fails naming the property or variable it came from.
 */
final class EnvironmentSettings {
    private static final Pattern DURATION = Pattern.compile("(\\d+)\\s*(ms|s|m|h)");

    private final Map<String, String> env;
    private final Map<String, String> properties;

    EnvironmentSettings(Map<String, String> env, Map<String, String> properties) {
        this.env = env;
        this.properties = properties;
    }

    void applyTo(ByteNiteConfig.Builder b) {
        apply(ENV_API_KEY, "apiKey", b, (x, v) -> x.apiKey(v));
        apply(ENV_ACCESS_TOKEN, "accessToken", b, (x, v) -> x.accessToken(v));
        apply(ENV_BASE_URL, "baseUrl", b, (x, v) -> x.baseUrl(v));
        apply(ENV_CUSTOMER_ROUTE, "customerRoute", b, (x, v) -> x.customerRoute(CustomerRoute.parse(v)));
        apply(ENV_AUTH_SCHEME, "authScheme", b, (x, v) -> x.authScheme(parseScheme(v)));
        apply(ENV_ALLOW_INSECURE_HTTP, "allowInsecureHttp", b, (x, v) -> x.allowInsecureHttp(parseBoolean(v)));
        apply(ENV_CONNECT_TIMEOUT, "connectTimeout", b, (x, v) -> x.connectTimeout(parseDuration(v)));
        apply(ENV_READ_TIMEOUT, "readTimeout", b, (x, v) -> x.readTimeout(parseDuration(v)));
        apply(ENV_WRITE_TIMEOUT, "writeTimeout", b, (x, v) -> x.writeTimeout(parseDuration(v)));
        apply(ENV_CALL_TIMEOUT, "callTimeout", b, (x, v) -> x.callTimeout(parseDuration(v)));
        apply(ENV_STREAM_IDLE_TIMEOUT, "streamIdleTimeout", b, (x, v) -> x.streamIdleTimeout(parseDuration(v)));
        apply(ENV_MAX_RETRIES, "maxRetries", b, (x, v) -> x.retry(x.retry.toBuilder().maxAttempts(parseRetries(v) + 1).build()));
        apply(ENV_LOG, "log", b, (x, v) -> x.httpLogging(HttpLogging.parse(v)));
    }

    /** Applies the property {@code bytenite.<setting>} if set, else the variable {@code variable}; a bad value names its source. */
    private void apply(String variable, String setting, ByteNiteConfig.Builder b, BiConsumer<ByteNiteConfig.Builder, String> setter) {
        String property = PROPERTY_PREFIX + setting;
        String source = property;
        String value = properties.get(property);
        if (value == null || value.isBlank()) {
            source = variable;
            value = env.get(variable);
        }
        if (value == null || value.isBlank()) {
            return;
        }
        try {
            setter.accept(b, value.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(source + ": " + e.getMessage(), e);
        }
    }

    /** {@code 30s}, {@code 500ms}, {@code 2m}, {@code 1h}, or ISO-8601 such as {@code PT30S}. */
    static Duration parseDuration(String v) {
        Matcher m = DURATION.matcher(v.toLowerCase(Locale.ROOT));
        if (m.matches()) {
            long n = Long.parseLong(m.group(1));
            switch (m.group(2)) {
                case "ms":
                    return Duration.ofMillis(n);
                case "s":
                    return Duration.ofSeconds(n);
                case "m":
                    return Duration.ofMinutes(n);
                default:
                    return Duration.ofHours(n);
            }
        }
        try {
            return Duration.parse(v);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("expected a duration such as 30s, 500ms, 2m or PT30S but was '" + v + "'");
        }
    }

    private static int parseRetries(String v) {
        try {
            int retries = Integer.parseInt(v);
            if (retries >= 0) {
                return retries;
            }
        } catch (NumberFormatException e) {
            // Reported below with the expected form.
        }
        throw new IllegalArgumentException("expected a number of retries, 0 or more, but was '" + v + "'");
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
