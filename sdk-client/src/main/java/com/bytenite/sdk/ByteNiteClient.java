package com.bytenite.sdk;

import com.bytenite.sdk.auth.AuthClient;
import com.bytenite.sdk.core.ByteNiteConfig;
import com.bytenite.sdk.core.http.ByteNiteHttp;
import com.bytenite.sdk.dev.DevClient;
import com.bytenite.sdk.jobs.JobsClient;
import com.bytenite.sdk.wallet.WalletClient;
import java.net.Proxy;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import okhttp3.Interceptor;
import okhttp3.OkHttpClient;

/**
 * The SDK's one entry point: the four APIs on one shared HTTP stack (one connection pool, one
 * token, one retry policy). Close it when done.
 *
 * <pre>{@code
 * try (ByteNiteClient bytenite = ByteNiteClient.fromEnv()) {
 *     Job job = bytenite.jobs().create("hello-world-template")
 *             .source(DataSource.upload(Path.of("hello.txt")))
 *             .destination(DataDestination.temporaryBucket())
 *             .submit();
 *     job.awaitCompletion(Duration.ofMinutes(10));
 * }
 * }</pre>
 */
public final class ByteNiteClient implements AutoCloseable {
    private final ByteNiteHttp http;
    private final JobsClient jobs;
    private final AuthClient auth;
    private final DevClient dev;
    private final WalletClient wallet;

    private ByteNiteClient(ByteNiteHttp http) {
        this.http = http;
        this.jobs = new JobsClient(http);
        this.auth = new AuthClient(http);
        this.dev = new DevClient(http);
        this.wallet = new WalletClient(http);
    }

    /**
     * From {@code BYTENITE_API_KEY}, {@code BYTENITE_BASE_URL} and the other variables of
     * {@link ByteNiteConfig#fromEnv()}.
     *
     * @throws IllegalArgumentException when the environment holds no credential or a bad value
     */
    public static ByteNiteClient fromEnv() {
        return create(ByteNiteConfig.fromEnv());
    }

    public static ByteNiteClient create(ByteNiteConfig config) {
        return new ByteNiteClient(ByteNiteHttp.create(Objects.requireNonNull(config, "config must not be null")));
    }

    /**
     * A client over {@code config} with HTTP settings of your own: a proxy, interceptors, or any
     * other OkHttp option. Every connection the SDK makes uses them: API calls, event streams,
     * uploads to and downloads from signed URLs, and the token exchange.
     */
    public static Builder builder(ByteNiteConfig config) {
        return new Builder(config);
    }

    /** Over a stack you built (a test clock, a customised OkHttp); closing this client closes it. */
    public static ByteNiteClient of(ByteNiteHttp http) {
        return new ByteNiteClient(Objects.requireNonNull(http, "http must not be null"));
    }

    /** Jobs: create, run, follow, results, logs, events (the Customer API). */
    public JobsClient jobs() {
        return jobs;
    }

    /** The account: tokens, API keys, secrets, the user. */
    public AuthClient auth() {
        return auth;
    }

    /** Apps, engines and templates. */
    public DevClient dev() {
        return dev;
    }

    /** Credits: balance, transactions, coupons. */
    public WalletClient wallet() {
        return wallet;
    }

    /** The shared stack, for the configuration or a raw access token. */
    public ByteNiteHttp http() {
        return http;
    }

    @Override
    public void close() {
        http.close();
    }

    /** Builds a {@link ByteNiteClient} with HTTP settings of your own; see {@link ByteNiteClient#builder}. */
    public static final class Builder {
        private final ByteNiteHttp.Builder http;
        private final List<Interceptor> interceptors = new ArrayList<>();
        private Proxy proxy;
        private Consumer<OkHttpClient.Builder> customizer = b -> { };

        private Builder(ByteNiteConfig config) {
            this.http = ByteNiteHttp.builder(Objects.requireNonNull(config, "config must not be null"));
        }

        /** Sends every connection through {@code proxy} ({@code Proxy.NO_PROXY} for none, ignoring system settings). */
        public Builder proxy(Proxy proxy) {
            this.proxy = Objects.requireNonNull(proxy, "proxy must not be null");
            return this;
        }

        /**
         * Adds an OkHttp application interceptor. It runs once per attempt (inside the SDK's retries)
         * and before the SDK adds the access token, so it never sees the credential; it must call
         * {@code chain.proceed} and may add headers, measure or log.
         */
        public Builder addInterceptor(Interceptor interceptor) {
            interceptors.add(Objects.requireNonNull(interceptor, "interceptor must not be null"));
            return this;
        }

        /**
         * Anything else OkHttp offers (certificate pinning, a DNS resolver, an event listener), on the
         * shared builder after the SDK's own settings; do not remove the SDK's interceptors. Runs after
         * {@link #proxy} and {@link #addInterceptor} are applied.
         */
        public Builder customizeOkHttp(Consumer<OkHttpClient.Builder> customizer) {
            this.customizer = Objects.requireNonNull(customizer, "customizer must not be null");
            return this;
        }

        /** The clock for token expiry and retry dates; tests set one. */
        public Builder clock(Clock clock) {
            http.clock(clock);
            return this;
        }

        /** The client, over a new HTTP stack with these settings; close it when done. */
        public ByteNiteClient build() {
            Proxy chosenProxy = proxy;
            List<Interceptor> added = List.copyOf(interceptors);
            Consumer<OkHttpClient.Builder> custom = customizer;
            return new ByteNiteClient(http.customizeOkHttp(b -> {
                if (chosenProxy != null) {
                    b.proxy(chosenProxy);
                }
                added.forEach(b::addInterceptor);
                custom.accept(b);
            }).build());
        }
    }
}
