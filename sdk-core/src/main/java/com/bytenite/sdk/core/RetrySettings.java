package com.bytenite.sdk.core;

import java.time.Duration;

/**
 * How transient failures are retried: exponential backoff with jitter, bounded in attempts and in
 * total time. A server's {@code Retry-After} (seconds or HTTP date) replaces the computed backoff.
 *
 * <p>What is retried is fixed by the SDK, not by these settings (see {@code RetryPolicy} in the
 * README's retry table): connection failures before the request was sent, for every call; 429,
 * 502, 503, 504 and failures after sending, only for calls that are safe to repeat.
 *
 * <pre>{@code
 * RetrySettings.builder().maxAttempts(5).initialBackoff(Duration.ofMillis(200)).build();
 * }</pre>
 */
public final class RetrySettings {
    private static final RetrySettings DEFAULTS = builder().build();

    private final int maxAttempts;
    private final Duration initialBackoff;
    private final Duration maxBackoff;
    private final double multiplier;
    private final double jitter;
    private final Duration maxTotalTime;

    private RetrySettings(Builder b) {
        this.maxAttempts = b.maxAttempts;
        this.initialBackoff = b.initialBackoff;
        this.maxBackoff = b.maxBackoff;
        this.multiplier = b.multiplier;
        this.jitter = b.jitter;
        this.maxTotalTime = b.maxTotalTime;
    }

    /** 4 attempts, 500 ms doubling to at most 8 s, ±30 % jitter, 60 s in total. */
    public static RetrySettings defaults() {
        return DEFAULTS;
    }

    /** No retry at all: every call is attempted once. */
    public static RetrySettings disabled() {
        return builder().maxAttempts(1).build();
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder()
                .maxAttempts(maxAttempts)
                .initialBackoff(initialBackoff)
                .maxBackoff(maxBackoff)
                .multiplier(multiplier)
                .jitter(jitter)
                .maxTotalTime(maxTotalTime);
    }

    /** Attempts in all, the first included; 1 means no retry. */
    public int maxAttempts() {
        return maxAttempts;
    }

    public Duration initialBackoff() {
        return initialBackoff;
    }

    /** Upper bound of a computed backoff; a longer {@code Retry-After} is still honoured within {@link #maxTotalTime()}. */
    public Duration maxBackoff() {
        return maxBackoff;
    }

    public double multiplier() {
        return multiplier;
    }

    /** Randomisation factor in [0, 1): each wait is drawn from backoff × (1 ± jitter). */
    public double jitter() {
        return jitter;
    }

    /** No retry starts if its wait would end later than this after the first attempt began. */
    public Duration maxTotalTime() {
        return maxTotalTime;
    }

    @Override
    public String toString() {
        return "RetrySettings{maxAttempts=" + maxAttempts + ", initialBackoff=" + initialBackoff
                + ", maxBackoff=" + maxBackoff + ", multiplier=" + multiplier + ", jitter=" + jitter
                + ", maxTotalTime=" + maxTotalTime + '}';
    }

    /** Validating builder; every setter rejects a value out of range with the field's name. */
    public static final class Builder {
        private int maxAttempts = 4;
        private Duration initialBackoff = Duration.ofMillis(500);
        private Duration maxBackoff = Duration.ofSeconds(8);
        private double multiplier = 2.0;
        private double jitter = 0.3;
        private Duration maxTotalTime = Duration.ofSeconds(60);

        private Builder() {
        }

        public Builder maxAttempts(int maxAttempts) {
            if (maxAttempts < 1 || maxAttempts > 20) {
                throw new IllegalArgumentException("maxAttempts: expected 1..20 but was " + maxAttempts);
            }
            this.maxAttempts = maxAttempts;
            return this;
        }

        public Builder initialBackoff(Duration initialBackoff) {
            this.initialBackoff = Durations.positive("initialBackoff", initialBackoff);
            return this;
        }

        public Builder maxBackoff(Duration maxBackoff) {
            this.maxBackoff = Durations.positive("maxBackoff", maxBackoff);
            return this;
        }

        public Builder multiplier(double multiplier) {
            if (!(multiplier >= 1.0 && multiplier <= 10.0)) {
                throw new IllegalArgumentException("multiplier: expected 1.0..10.0 but was " + multiplier);
            }
            this.multiplier = multiplier;
            return this;
        }

        public Builder jitter(double jitter) {
            if (!(jitter >= 0.0 && jitter < 1.0)) {
                throw new IllegalArgumentException("jitter: expected 0.0 <= jitter < 1.0 but was " + jitter);
            }
            this.jitter = jitter;
            return this;
        }

        public Builder maxTotalTime(Duration maxTotalTime) {
            this.maxTotalTime = Durations.positive("maxTotalTime", maxTotalTime);
            return this;
        }

        /**
         * @throws IllegalArgumentException if {@code initialBackoff} exceeds {@code maxBackoff}
         */
        public RetrySettings build() {
            if (initialBackoff.compareTo(maxBackoff) > 0) {
                throw new IllegalArgumentException("initialBackoff: must not exceed maxBackoff ("
                        + initialBackoff + " > " + maxBackoff + ")");
            }
            return new RetrySettings(this);
        }

    }
}
