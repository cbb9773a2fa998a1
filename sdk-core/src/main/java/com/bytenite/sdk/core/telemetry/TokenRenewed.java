package com.bytenite.sdk.core.telemetry;

import java.time.Duration;
import java.util.Optional;

/**
 * One exchange of the API key for an access token.
 *
 * @param duration how long the exchange took
 * @param error why it failed, or null when a token came back
 */
public record TokenRenewed(Duration duration, Throwable error) {
    /**
     * The failure, if any.
     *
     * @return why no token came back
     */
    public Optional<Throwable> failure() {
        return Optional.ofNullable(error);
    }
}
