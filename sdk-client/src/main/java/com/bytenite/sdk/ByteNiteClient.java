package com.bytenite.sdk;

import com.bytenite.sdk.auth.AuthClient;
import com.bytenite.sdk.core.ByteNiteConfig;
import com.bytenite.sdk.core.http.ByteNiteHttp;
import com.bytenite.sdk.dev.DevClient;
import com.bytenite.sdk.jobs.JobsClient;
import com.bytenite.sdk.wallet.WalletClient;
import java.util.Objects;

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
}
