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

    /**
     * 4 attempts, 500 ms doubling to at most 8 s, ±30 % jitter, 60 s in total.
     *
     * @return the default settings
     */
    public static RetrySettings defaults() {
        return DEFAULTS;
    }

    /**
     * No retry at all: every call is attempted once.
     *
     * @return settings with {@code maxAttempts} 1 and the other values at their defaults
     */
    public static RetrySettings disabled() {
        return builder().maxAttempts(1).build();
    }

    /**
     * Starts from the {@link #defaults()}.
     *
     * @return a new builder holding the default values
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder holding these settings' values, to change some of them.
     *
     * @return a new builder; changing it does not change these settings
     */
    public Builder toBuilder() {
        return new Builder()
                .maxAttempts(maxAttempts)
                .initialBackoff(initialBackoff)
                .maxBackoff(maxBackoff)
                .multiplier(multiplier)
                .jitter(jitter)
                .maxTotalTime(maxTotalTime);
    }

    /**
     * Attempts in all, the first included; 1 means no retry.
     *
     * @return the maximum number of attempts, 1 to 20
     */
    public int maxAttempts() {
        return maxAttempts;
    }

    /**
     * The computed wait before the first retry, before jitter; each later wait is the previous one
     * times {@link #multiplier()}.
     *
     * @return the first backoff, positive
     */
    public Duration initialBackoff() {
        return initialBackoff;
    }

    /**
     * Upper bound of a computed backoff; a longer {@code Retry-After} is still honoured within {@link #maxTotalTime()}.
     *
     * @return the longest computed backoff
     */
    public Duration maxBackoff() {
        return maxBackoff;
    }

    /**
     * The factor each computed backoff grows by from one retry to the next.
     *
     * @return the multiplier, 1.0 to 10.0
     */
    public double multiplier() {
        return multiplier;
    }

    /**
     * Randomisation factor in [0, 1): each wait is drawn from backoff × (1 ± jitter).
     *
     * @return the jitter, 0 for fixed waits
     */
    public double jitter() {
        return jitter;
    }

    /**
     * No retry starts if its wait would end later than this after the first attempt began.
     *
     * @return the time budget of one call's retries
     */
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

        /**
         * Attempts in all, the first included; see {@link RetrySettings#maxAttempts()}.
         *
         * @param maxAttempts 1 (no retry) to 20
         * @return this builder
         * @throws IllegalArgumentException if {@code maxAttempts} is outside 1..20
         */
        public Builder maxAttempts(int maxAttempts) {
            if (maxAttempts < 1 || maxAttempts > 20) {
                throw new IllegalArgumentException("maxAttempts: expected 1..20 but was " + maxAttempts);
            }
            this.maxAttempts = maxAttempts;
            return this;
        }

        /**
         * The computed wait before the first retry; see {@link RetrySettings#initialBackoff()}.
         *
         * @param initialBackoff the first backoff, positive and at most {@code maxBackoff} (checked by {@link #build()})
         * @return this builder
         * @throws NullPointerException if {@code initialBackoff} is null
         * @throws IllegalArgumentException if {@code initialBackoff} is not positive
         */
        public Builder initialBackoff(Duration initialBackoff) {
            this.initialBackoff = Durations.positive("initialBackoff", initialBackoff);
            return this;
        }

        /**
         * Upper bound of a computed backoff; see {@link RetrySettings#maxBackoff()}.
         *
         * @param maxBackoff the longest computed backoff, positive
         * @return this builder
         * @throws NullPointerException if {@code maxBackoff} is null
         * @throws IllegalArgumentException if {@code maxBackoff} is not positive
         */
        public Builder maxBackoff(Duration maxBackoff) {
            this.maxBackoff = Durations.positive("maxBackoff", maxBackoff);
            return this;
        }

        /**
         * The factor each computed backoff grows by; see {@link RetrySettings#multiplier()}.
         *
         * @param multiplier 1.0 (constant waits) to 10.0
         * @return this builder
         * @throws IllegalArgumentException if {@code multiplier} is outside 1.0..10.0 or NaN
         */
        public Builder multiplier(double multiplier) {
            if (!(multiplier >= 1.0 && multiplier <= 10.0)) {
                throw new IllegalArgumentException("multiplier: expected 1.0..10.0 but was " + multiplier);
            }
            this.multiplier = multiplier;
            return this;
        }

        /**
         * Randomisation factor of each wait; see {@link RetrySettings#jitter()}.
         *
         * @param jitter 0.0 (no randomisation) up to, but excluding, 1.0
         * @return this builder
         * @throws IllegalArgumentException if {@code jitter} is outside [0, 1) or NaN
         */
        public Builder jitter(double jitter) {
            if (!(jitter >= 0.0 && jitter < 1.0)) {
                throw new IllegalArgumentException("jitter: expected 0.0 <= jitter < 1.0 but was " + jitter);
            }
            this.jitter = jitter;
            return this;
        }

        /**
         * The time budget of one call's retries; see {@link RetrySettings#maxTotalTime()}.
         *
         * @param maxTotalTime the budget, positive
         * @return this builder
         * @throws NullPointerException if {@code maxTotalTime} is null
         * @throws IllegalArgumentException if {@code maxTotalTime} is not positive
         */
        public Builder maxTotalTime(Duration maxTotalTime) {
            this.maxTotalTime = Durations.positive("maxTotalTime", maxTotalTime);
            return this;
        }

        /**
         * Builds the settings from the values set so far.
         *
         * @return new, immutable settings
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
