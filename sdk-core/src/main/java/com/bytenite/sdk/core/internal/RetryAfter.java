package com.bytenite.sdk.core.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import okhttp3.Response;

/**
 * Reads {@code Retry-After}: delay-seconds or an HTTP-date (RFC 9110 §10.2.3), clamped to
 * {@link #MAX}: a server may send any number, and no wait the SDK honours is longer anyway (the
 * retry budget ends first).
 */
final class RetryAfter {
    /** Where {@link ConnectionGuard} keeps a 503's {@code Retry-After}, out of OkHttp's sight. */
    static final String MOVED_HEADER = "X-ByteNite-Retry-After";
    static final Duration MAX = Duration.ofDays(1);

    private RetryAfter() {
    }

    static Optional<Duration> of(Response response, Clock clock) {
        String value = response.header("Retry-After");
        return parse(value != null ? value : response.header(MOVED_HEADER), clock);
    }

    static Optional<Duration> parse(String value, Clock clock) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String v = value.trim();
        if (v.chars().allMatch(Character::isDigit)) {
            // More digits than a long holds is still "a very long time".
            if (v.length() > 12) {
                return Optional.of(MAX);
            }
            return Optional.of(clamp(Duration.ofSeconds(Long.parseLong(v))));
        }
        try {
            ZonedDateTime at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME);
            Duration d = Duration.between(clock.instant(), at.toInstant());
            return Optional.of(d.isNegative() ? Duration.ZERO : clamp(d));
        } catch (DateTimeParseException | ArithmeticException e) {
            return Optional.empty();
        }
    }

    private static Duration clamp(Duration d) {
        return d.compareTo(MAX) > 0 ? MAX : d;
    }
}
