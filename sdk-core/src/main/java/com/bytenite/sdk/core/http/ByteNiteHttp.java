package com.bytenite.sdk.core.http;

import com.bytenite.sdk.core.ByteNiteConfig;
import com.bytenite.sdk.core.errors.ByteNiteNetworkException;
import com.bytenite.sdk.core.errors.MalformedResponseException;
import com.bytenite.sdk.core.internal.AccessToken;
import com.bytenite.sdk.core.internal.AccessTokenExchange;
import com.bytenite.sdk.core.internal.CallRunner;
import com.bytenite.sdk.core.internal.ErrorMapper;
import com.bytenite.sdk.core.internal.HttpClients;
import com.bytenite.sdk.core.internal.Redactor;
import com.bytenite.sdk.core.internal.Telemetry;
import com.bytenite.sdk.core.internal.TokenManager;
import com.bytenite.sdk.core.spi.Operation;
import com.bytenite.sdk.core.spi.ServiceContext;
import com.bytenite.sdk.core.telemetry.TelemetryListener;
import com.google.gson.Gson;
import java.lang.reflect.Type;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.function.Consumer;
import okhttp3.OkHttpClient;
import okhttp3.Request;

/**
 * The one HTTP stack every SDK module shares: one connection pool and dispatcher, the token
 * manager, retries, logging, redaction and the mapping of failures to the SDK's exceptions.
 * Applications reach it through {@code ByteNiteClient}; its OkHttp and Gson plumbing is behind
 * {@link #context()}, for SDK modules only.
 *
 * <p>Thread-safe. Close it to release connections and threads; {@code ByteNiteClient} does that for you.
 */
public final class ByteNiteHttp implements AutoCloseable {
    private final ByteNiteConfig config;
    private final Clock clock;
    private final Sleeper sleeper;
    private final Redactor redactor = new Redactor();
    private final ErrorMapper errors;
    private final TokenManager tokens;
    private final CallRunner runner;
    private final ServiceContext context;

    private ByteNiteHttp(Builder b) {
        this.config = b.config;
        this.clock = b.clock;
        this.sleeper = b.sleeper;
        this.errors = new ErrorMapper(redactor, clock);
        config.apiKey().ifPresent(redactor::rememberCredential);
        config.accessToken().ifPresent(redactor::rememberCredential);
        AccessTokenExchange exchange = config.apiKey()
                .map(key -> new AccessTokenExchange(key, config, clock, this::exchange))
                .orElse(null);
        AccessToken initial = config.accessToken().map(t -> new AccessToken(t, Instant.MAX)).orElse(null);
        Telemetry telemetry = new Telemetry(b.telemetry, redactor);
        this.tokens = new TokenManager(exchange, initial, clock, config.tokenRenewalMargin(), redactor, telemetry);
        HttpClients clients = new HttpClients(config, tokens, redactor, clock, b.sleeper, b.customizer, telemetry);
        this.runner = new CallRunner(config, clients, errors, redactor, telemetry);
        this.context = ServiceContext.root(this, runner);
    }

    /**
     * The stack for {@code config}, with the system clock and real sleeping.
     *
     * @param config the credentials, base URL, timeouts and retry settings to use
     * @return a new stack; close it when done
     * @throws NullPointerException if {@code config} is null
     */
    public static ByteNiteHttp create(ByteNiteConfig config) {
        return builder(config).build();
    }

    /**
     * For tests and advanced set-ups: a clock, a sleeper, or a customised OkHttp builder.
     *
     * @param config the credentials, base URL, timeouts and retry settings to use
     * @return a new builder
     * @throws NullPointerException if {@code config} is null
     */
    public static Builder builder(ByteNiteConfig config) {
        return new Builder(config);
    }

    /**
     * The configuration the stack was built with.
     *
     * @return the configuration
     */
    public ByteNiteConfig config() {
        return config;
    }

    /**
     * The clock the stack uses; modules use it too so tests control time in one place.
     *
     * @return the stack's clock
     */
    public Clock clock() {
        return clock;
    }

    /**
     * How the stack waits (between retries, between polls).
     *
     * @return the stack's sleeper
     */
    public Sleeper sleeper() {
        return sleeper;
    }

    /**
     * A current access token, exchanging or renewing it first if needed. With a static access token
     * and no API key, that token is returned as is.
     *
     * @return the access token the stack sends now; a credential
     * @throws com.bytenite.sdk.core.errors.ByteNiteException if a needed exchange fails
     */
    public String accessToken() {
        return tokens.token();
    }

    /**
     * Exchanges {@code apiKey} for a new access token at {@code POST /v1/auth/access_token}, as the
     * stack's own token renewal does (same request, parsing and expiry rule), and returns all the
     * answer said. Sent without any {@code Authorization} header, through the stack's
     * credential-free client, so the SDK's own token never travels with it. The key and the new
     * token are masked in every later log line and message.
     *
     * @param apiKey the API key to exchange
     * @return the new token with its expiry and scope
     * @throws NullPointerException if {@code apiKey} is null
     * @throws IllegalArgumentException if {@code apiKey} is blank (nothing is sent)
     * @throws com.bytenite.sdk.core.errors.AuthenticationException if the server refuses the key (401)
     * @throws MalformedResponseException if the answer carries no token or is not JSON
     * @throws ByteNiteNetworkException if no answer arrived (the exchange is retried first: repeating
     *     it only issues another token)
     */
    public AccessTokenGrant exchangeApiKey(String apiKey) {
        Arguments.requireText("apiKey", apiKey);
        treatAsSecret(apiKey);
        AccessToken token = new AccessTokenExchange(apiKey, config, clock, this::exchange).fetch();
        treatAsSecret(token.token());
        return new AccessTokenGrant(token.token(), token.expiresAt(), token.expiresIn(), token.scope());
    }

    /**
     * Registers a value the caller sends (a secret key, a registry token) so that it is masked in
     * every later log line and exception message, even if the server echoes it back in free text.
     *
     * @param value the credential to mask; values shorter than 4 characters are not masked in free text
     */
    public void treatAsSecret(String value) {
        redactor.rememberCredential(value);
    }

    /**
     * The root context SDK modules build their services on: the OkHttp clients, call execution,
     * per-stack shared state. Applications do not need it.
     *
     * @return the root context, with no request options
     */
    public ServiceContext context() {
        return context;
    }

    /**
     * Masks secrets in text bound for a log or an exception message.
     *
     * @param text the text to mask
     * @return {@code text} with known credentials, secret-looking JSON values and URL queries masked;
     *     null for null
     */
    public String redact(String text) {
        return redactor.text(text);
    }

    /** Releases connections and threads. Calls in flight may fail afterwards. */
    @Override
    public void close() {
        runner.close();
    }

    private AccessToken exchange(Operation operation, Request request, Gson gson, Type type) {
        return runner.exchange(request, gson, type);
    }

    /** Builder for {@link ByteNiteHttp}. */
    public static final class Builder {
        private final ByteNiteConfig config;
        private Clock clock = Clock.systemUTC();
        private Sleeper sleeper = Sleeper.SYSTEM;
        private Consumer<OkHttpClient.Builder> customizer = b -> { };
        private TelemetryListener telemetry = TelemetryListener.NONE;

        private Builder(ByteNiteConfig config) {
            this.config = Objects.requireNonNull(config, "config must not be null");
        }

        /**
         * The clock used for token expiry and {@code Retry-After} dates.
         *
         * @param clock the clock to use instead of the system clock
         * @return this builder
         * @throws NullPointerException if {@code clock} is null
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock must not be null");
            return this;
        }

        /**
         * How the SDK waits between retries.
         *
         * @param sleeper the sleeper to use instead of {@link Sleeper#SYSTEM}
         * @return this builder
         * @throws NullPointerException if {@code sleeper} is null
         */
        public Builder sleeper(Sleeper sleeper) {
            this.sleeper = Objects.requireNonNull(sleeper, "sleeper must not be null");
            return this;
        }

        /**
         * Adjusts the shared OkHttp builder before the SDK builds it (a proxy, a socket factory,
         * certificate pinning). The SDK's interceptors are already installed; do not remove them.
         *
         * @param customizer changes the shared OkHttp builder; replaces any customizer set before
         * @return this builder
         * @throws NullPointerException if {@code customizer} is null
         */
        public Builder customizeOkHttp(Consumer<OkHttpClient.Builder> customizer) {
            this.customizer = Objects.requireNonNull(customizer, "customizer must not be null");
            return this;
        }

        /**
         * Where the stack reports calls, retries, token renewals, transfers and stream reconnects.
         *
         * @param listener the listener; {@link TelemetryListener#NONE} for none (the default),
         *     {@link TelemetryListener#all} for several
         * @return this builder
         */
        public Builder telemetry(TelemetryListener listener) {
            this.telemetry = Objects.requireNonNull(listener, "listener must not be null");
            return this;
        }

        /**
         * Builds the stack: its connection pool, token manager and clients.
         *
         * @return a new stack; close it when done
         */
        public ByteNiteHttp build() {
            return new ByteNiteHttp(this);
        }
    }
}
