package com.bytenite.sdk.core.errors;

import java.time.Duration;
import java.util.Optional;

/**
 * The server said too many requests (429). Calls that are safe to repeat were already retried,
 * honouring {@code Retry-After}; calls that are not (job create, run, …) are never replayed, so this
 * reaches the caller at once with the server's advice in {@link #retryAfter()}.
 */
public class RateLimitException extends ByteNiteApiException {
    private static final long serialVersionUID = 1L;

    /**
     * The SDK's error mapping makes these; tests may too.
     *
     * @param details what the answer said; its status is normally 429
     */
    public RateLimitException(ApiErrorDetails details) {
        super("Rate limited", details);
    }

    /**
     * The server's advice on when to try again ({@code Retry-After}).
     *
     * @return the wait the server asked for, empty when it sent none
     */
    public Optional<Duration> retryAfter() {
        return details().retryAfter();
    }
}
