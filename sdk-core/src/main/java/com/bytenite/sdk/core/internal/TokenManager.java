package com.bytenite.sdk.core.internal;

import com.bytenite.sdk.core.errors.ApiErrorDetails;
import com.bytenite.sdk.core.errors.AuthenticationException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Holds the current access token and renews it: ahead of its expiry, and once when the server
 * rejects it. At most one renewal runs at a time; threads that need a token meanwhile wait for
 * that renewal's result, success or failure, instead of starting their own.
 */
public final class TokenManager {
    private static final Logger LOG = LoggerFactory.getLogger("com.bytenite.sdk.auth");

    private final TokenSource source;
    private final Clock clock;
    private final Duration margin;
    private final Redactor redactor;
    private final Telemetry telemetry;
    private final Object lock = new Object();
    private AccessToken current;
    private Instant renewAt = Instant.MAX;
    private CompletableFuture<AccessToken> renewal;

    /**
     * @param source exchanges the API key, or null when there is none (a static token only)
     * @param initial a static token to use first, or null
     */
    public TokenManager(TokenSource source, AccessToken initial, Clock clock, Duration margin, Redactor redactor, Telemetry telemetry) {
        if (source == null && initial == null) {
            throw new IllegalArgumentException("either a token source or an initial token is required");
        }
        this.source = source;
        this.current = initial;
        this.clock = clock;
        this.margin = margin;
        this.redactor = redactor;
        this.telemetry = telemetry;
    }

    /** A token that is valid for at least the renewal margin, renewing it first if needed. */
    public String token() {
        CompletableFuture<AccessToken> pending;
        boolean leader = false;
        synchronized (lock) {
            if (current != null && clock.instant().isBefore(renewAt)) {
                return current.token();
            }
            if (source == null) {
                // A static token's expiry is unknown: keep using it until the server rejects it.
                return current.token();
            }
            if (renewal == null) {
                renewal = new CompletableFuture<>();
                leader = true;
            }
            pending = renewal;
        }
        if (leader) {
            renew(pending);
        }
        return await(pending).token();
    }

    /**
     * Called after the server answered 401 to a request sent with {@code rejected}. Returns a
     * different token to replay with, or empty when there is none to offer (no API key).
     */
    public Optional<String> renewAfterRejection(String rejected) {
        synchronized (lock) {
            if (source == null) {
                return Optional.empty();
            }
            if (current != null && rejected != null && !current.token().equals(rejected)) {
                // Another thread renewed since this request was sent: replay with its token.
                return Optional.of(current.token());
            }
            current = null;
        }
        String fresh = token();
        return fresh.equals(rejected) ? Optional.empty() : Optional.of(fresh);
    }

    /** Renew ahead of expiry by the margin, or by half the lifetime for short-lived tokens. */
    private Instant renewalTime(AccessToken token) {
        Duration lifetime = Duration.between(clock.instant(), token.expiresAt());
        Duration lead = lifetime.dividedBy(2).compareTo(margin) < 0 ? lifetime.dividedBy(2) : margin;
        return token.expiresAt().minus(lead);
    }

    private void renew(CompletableFuture<AccessToken> pending) {
        long started = System.nanoTime();
        try {
            AccessToken fresh = source.fetch();
            telemetry.tokenRenewed(Duration.ofNanos(System.nanoTime() - started), null);
            redactor.rememberToken(fresh.token());
            synchronized (lock) {
                current = fresh;
                renewAt = renewalTime(fresh);
                renewal = null;
            }
            LOG.debug("access token renewed; expires at {}", fresh.expiresAt());
            pending.complete(fresh);
        } catch (RuntimeException | Error e) {
            telemetry.tokenRenewed(Duration.ofNanos(System.nanoTime() - started), e);
            synchronized (lock) {
                renewal = null;
            }
            pending.completeExceptionally(e);
        }
    }

    private static AccessToken await(CompletableFuture<AccessToken> pending) {
        try {
            return pending.join();
        } catch (CompletionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException) {
                throw (RuntimeException) cause;
            }
            if (cause instanceof Error) {
                throw (Error) cause;
            }
            throw new AuthenticationException(ApiErrorDetails.builder(401).operation("auth.getAccessToken")
                    .message("token renewal failed: " + cause).build());
        }
    }

    /**
     * The lifetime an exchange's {@code expiresIn} announces: one hour, as documented, when it is
     * absent, zero or negative.
     */
    public static Duration lifetime(Long expiresInSeconds) {
        return Duration.ofSeconds(expiresInSeconds == null || expiresInSeconds <= 0 ? 3600 : expiresInSeconds);
    }
}
