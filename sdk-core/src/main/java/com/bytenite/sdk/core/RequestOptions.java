package com.bytenite.sdk.core;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Settings for the calls of one service view, overriding the client's configuration for them
 * only. Apply them with {@code withOptions} on the client or on any service:
 *
 * <pre>{@code
 * RequestOptions patient = RequestOptions.builder().timeout(Duration.ofMinutes(2)).maxRetries(5).build();
 * Job job = client.jobs().withOptions(patient).get(jobId);
 * }</pre>
 *
 * <p>Immutable and thread-safe. Unset values fall back to the client's: {@link
 * ByteNiteConfig#callTimeout()} and {@link ByteNiteConfig#retry()}.
 */
public final class RequestOptions {
    private static final RequestOptions NONE = new Builder().build();
    /** Headers the SDK owns: setting them per call would break authentication or framing. */
    private static final Set<String> RESERVED_HEADERS = Set.of("authorization", "host", "content-length", "transfer-encoding",
            "connection");

    private final Duration timeout;
    private final Integer maxRetries;
    private final Map<String, String> headers;
    private final Boolean idempotent;

    private RequestOptions(Builder b) {
        this.timeout = b.timeout;
        this.maxRetries = b.maxRetries;
        this.headers = Collections.unmodifiableMap(new LinkedHashMap<>(b.headers));
        this.idempotent = b.idempotent;
    }

    /**
     * No overrides: every call uses the client's configuration.
     *
     * @return the shared empty options
     */
    public static RequestOptions none() {
        return NONE;
    }

    /**
     * Starts options that override nothing yet.
     *
     * @return a new, empty builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder holding these options' values, to change some of them.
     *
     * @return a new builder; changing it does not change these options
     */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.timeout = timeout;
        b.maxRetries = maxRetries;
        b.headers.putAll(headers);
        b.idempotent = idempotent;
        return b;
    }

    /**
     * The bound on a whole request/response call, retries and the waits between them included.
     * For downloads it bounds the whole transfer; event streams ignore it.
     *
     * @return the timeout, empty when the client's {@link ByteNiteConfig#callTimeout()} applies
     */
    public Optional<Duration> timeout() {
        return Optional.ofNullable(timeout);
    }

    /**
     * How many times a failed call may be repeated after its first attempt (0: never).
     *
     * @return the retries, empty when the client's {@link RetrySettings#maxAttempts()} applies
     */
    public OptionalInt maxRetries() {
        return maxRetries == null ? OptionalInt.empty() : OptionalInt.of(maxRetries);
    }

    /**
     * Headers added to every request, in the order they were set.
     *
     * @return an immutable map of header name to value, empty when none is set
     */
    public Map<String, String> headers() {
        return headers;
    }

    /**
     * Whether the calls may be replayed after they may have reached the server, overriding the
     * operation's own rule (see the README's retry table). {@code true} is for calls you know to be
     * safe to repeat, such as a create whose id you chose and check.
     *
     * @return the override, empty when each operation's own rule applies
     */
    public Optional<Boolean> idempotent() {
        return Optional.ofNullable(idempotent);
    }

    /**
     * These options with every value set in {@code overrides} replacing this one's; headers are merged.
     *
     * @param overrides the options whose set values win
     * @return the merged options; neither input is changed
     * @throws NullPointerException if {@code overrides} is null
     */
    public RequestOptions mergedWith(RequestOptions overrides) {
        Objects.requireNonNull(overrides, "overrides must not be null");
        if (overrides == NONE) {
            return this;
        }
        Builder b = toBuilder();
        b.timeout = overrides.timeout != null ? overrides.timeout : timeout;
        b.maxRetries = overrides.maxRetries != null ? overrides.maxRetries : maxRetries;
        b.headers.putAll(overrides.headers);
        b.idempotent = overrides.idempotent != null ? overrides.idempotent : idempotent;
        return b.build();
    }

    /** Header names only: their values may be credentials. */
    @Override
    public String toString() {
        return "RequestOptions{timeout=" + timeout + ", maxRetries=" + maxRetries + ", headers=" + headers.keySet()
                + ", idempotent=" + idempotent + '}';
    }

    /** Builder for {@link RequestOptions}; each setter validates its value at once. */
    public static final class Builder {
        private Duration timeout;
        private Integer maxRetries;
        private final Map<String, String> headers = new LinkedHashMap<>();
        private Boolean idempotent;

        private Builder() {
        }

        /**
         * Bounds each call as a whole; see {@link RequestOptions#timeout()}.
         *
         * @param timeout the bound, positive
         * @return this builder
         * @throws NullPointerException if {@code timeout} is null
         * @throws IllegalArgumentException if {@code timeout} is not positive
         */
        public Builder timeout(Duration timeout) {
            this.timeout = Durations.positive("timeout", timeout);
            return this;
        }

        /**
         * How many times a failed call may be repeated; replaces the client's
         * {@link RetrySettings#maxAttempts()} minus one for these calls.
         *
         * @param maxRetries the retries after the first attempt, 0 for none
         * @return this builder
         * @throws IllegalArgumentException if {@code maxRetries} is negative
         */
        public Builder maxRetries(int maxRetries) {
            if (maxRetries < 0) {
                throw new IllegalArgumentException("maxRetries: expected 0 or more but was " + maxRetries);
            }
            this.maxRetries = maxRetries;
            return this;
        }

        /**
         * Adds a header to every request (replacing an earlier value of the same name). The value is
         * never logged.
         *
         * @param name the header's name, an HTTP token
         * @param value the header's value
         * @return this builder
         * @throws NullPointerException if {@code name} or {@code value} is null
         * @throws IllegalArgumentException if the name is not an HTTP token, is one the SDK sets
         *     itself ({@code Authorization}, {@code Host}, {@code Content-Length},
         *     {@code Transfer-Encoding}, {@code Connection}), or the value holds a line break
         */
        public Builder header(String name, String value) {
            Objects.requireNonNull(name, "header name must not be null");
            Objects.requireNonNull(value, "header " + name + " must not have a null value");
            if (name.isEmpty() || !name.chars().allMatch(Builder::isTokenChar)) {
                throw new IllegalArgumentException("header name: expected an HTTP token (letters, digits, !#$%&'*+-.^_`|~) but was '"
                        + name + "'");
            }
            if (RESERVED_HEADERS.contains(name.toLowerCase(Locale.ROOT))) {
                throw new IllegalArgumentException("header " + name + ": set by the SDK itself and cannot be overridden per call");
            }
            if (value.indexOf('\r') >= 0 || value.indexOf('\n') >= 0) {
                throw new IllegalArgumentException("header " + name + ": expected a value without line breaks");
            }
            headers.keySet().removeIf(existing -> existing.equalsIgnoreCase(name));
            headers.put(name, value);
            return this;
        }

        /**
         * Whether the calls may be replayed after they may have reached the server; see
         * {@link RequestOptions#idempotent()}.
         *
         * @param idempotent true to allow replays, false to forbid them
         * @return this builder
         */
        public Builder idempotent(boolean idempotent) {
            this.idempotent = idempotent;
            return this;
        }

        /**
         * Builds the options from the values set so far.
         *
         * @return new, immutable options
         */
        public RequestOptions build() {
            return new RequestOptions(this);
        }

        private static boolean isTokenChar(int c) {
            return c > 32 && c < 127 && "\"(),/:;<=>?@[\\]{}".indexOf(c) < 0;
        }
    }
}
