package com.bytenite.sdk;

import com.bytenite.sdk.auth.AuthService;
import com.bytenite.sdk.core.ByteNiteConfig;
import com.bytenite.sdk.core.RequestOptions;
import com.bytenite.sdk.core.http.ByteNiteHttp;
import com.bytenite.sdk.core.spi.ServiceContext;
import com.bytenite.sdk.core.telemetry.TelemetryListener;
import com.bytenite.sdk.dev.DevService;
import com.bytenite.sdk.jobs.DataSourcesService;
import com.bytenite.sdk.jobs.EventsService;
import com.bytenite.sdk.jobs.JobsService;
import com.bytenite.sdk.jobs.LogsService;
import com.bytenite.sdk.jobs.TemplatesService;
import com.bytenite.sdk.wallet.WalletService;
import java.net.Proxy;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import okhttp3.Interceptor;
import okhttp3.OkHttpClient;

/**
 * The SDK's one entry point: the four APIs on one shared HTTP stack (one connection pool, one
 * token, one retry policy), as resource services. Close it when done.
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
 *
 * <p>Every service offers {@code withOptions(RequestOptions)}, {@code withRawResponse()} and
 * {@code async()}; see {@link com.bytenite.sdk.core.ByteNiteService}. Thread-safe.
 */
public final class ByteNiteClient implements AutoCloseable {
    private final ByteNiteHttp http;
    private final ServiceContext context;
    /** False for views made by {@link #withOptions}: closing them leaves the shared stack open. */
    private final boolean ownsStack;
    /** Made once: services are immutable views of this client's context. */
    private final JobsService jobs;
    private final TemplatesService templates;
    private final DataSourcesService dataSources;
    private final EventsService events;
    private final LogsService logs;
    private final AuthService auth;
    private final DevService dev;
    private final WalletService wallet;

    private ByteNiteClient(ByteNiteHttp http, ServiceContext context, boolean ownsStack) {
        this.http = http;
        this.context = context;
        this.ownsStack = ownsStack;
        this.jobs = new JobsService(context);
        this.templates = new TemplatesService(context);
        this.dataSources = new DataSourcesService(context);
        this.events = new EventsService(context);
        this.logs = new LogsService(context);
        this.auth = new AuthService(context);
        this.dev = new DevService(context);
        this.wallet = new WalletService(context);
    }

    private static ByteNiteClient over(ByteNiteHttp http) {
        return new ByteNiteClient(http, http.context(), true);
    }

    /**
     * From {@code BYTENITE_API_KEY}, {@code BYTENITE_BASE_URL} and the other variables of
     * {@link ByteNiteConfig#fromEnv()}.
     *
     * @return a new client that owns its HTTP stack; close it when done
     * @throws IllegalArgumentException when the environment holds no credential or a bad value
     */
    public static ByteNiteClient fromEnv() {
        return create(ByteNiteConfig.fromEnv());
    }

    /**
     * A client over a new HTTP stack for {@code config}, with the system clock and default OkHttp
     * settings; use {@link #builder(ByteNiteConfig)} for a proxy, interceptors or other settings.
     *
     * @param config the credentials, base URL, timeouts and retry settings to use
     * @return a new client that owns its HTTP stack; close it when done
     * @throws NullPointerException if {@code config} is null
     */
    public static ByteNiteClient create(ByteNiteConfig config) {
        return over(ByteNiteHttp.create(Objects.requireNonNull(config, "config must not be null")));
    }

    /**
     * A client over {@code config} with HTTP settings of your own: a proxy, interceptors, or any
     * other OkHttp option. Every connection the SDK makes uses them: API calls, event streams,
     * uploads to and downloads from signed URLs, and the token exchange.
     *
     * @param config the credentials, base URL, timeouts and retry settings to use
     * @return a new builder
     * @throws NullPointerException if {@code config} is null
     */
    public static Builder builder(ByteNiteConfig config) {
        return new Builder(config);
    }

    /**
     * Over a stack you built (a test clock, a customised OkHttp); closing this client closes it.
     *
     * @param http the stack every service of the client sends its calls through
     * @return a new client that owns {@code http}
     * @throws NullPointerException if {@code http} is null
     */
    public static ByteNiteClient of(ByteNiteHttp http) {
        return over(Objects.requireNonNull(http, "http must not be null"));
    }

    /**
     * This client with {@code options} applied to every call of every service, merged over this
     * client's own (values set in {@code options} win; headers add up). It shares this client's
     * connections, token and threads; closing it does nothing, close the original.
     *
     * @param options the options to merge over this client's own
     * @return a new view of this client; this client is unchanged
     * @throws NullPointerException if {@code options} is null
     */
    public ByteNiteClient withOptions(RequestOptions options) {
        return new ByteNiteClient(http, context.withOptions(Objects.requireNonNull(options, "options must not be null")), false);
    }

    /**
     * The options this client applies to every call ({@link RequestOptions#none()} unless derived).
     *
     * @return this client's options
     */
    public RequestOptions options() {
        return context.options();
    }

    /**
     * Jobs: create, configure, run, wait for, results ({@code /jobs} of the Customer API).
     *
     * @return a jobs service over this client's stack and options
     */
    public JobsService jobs() {
        return jobs;
    }

    /**
     * The templates jobs can be created from.
     *
     * @return a templates service over this client's stack and options
     */
    public TemplatesService templates() {
        return templates;
    }

    /**
     * Checks that a data source can be reached.
     *
     * @return a data sources service over this client's stack and options
     */
    public DataSourcesService dataSources() {
        return dataSources;
    }

    /**
     * The account's event stream.
     *
     * @return an events service over this client's stack and options
     */
    public EventsService events() {
        return events;
    }

    /**
     * Jobs' logs.
     *
     * @return a logs service over this client's stack and options
     */
    public LogsService logs() {
        return logs;
    }

    /**
     * The account: tokens, API keys, secrets, the user.
     *
     * @return the Authentication API's service over this client's stack and options
     */
    public AuthService auth() {
        return auth;
    }

    /**
     * Apps, engines and templates you push (the Developer API).
     *
     * @return the Developer API's service over this client's stack and options
     */
    public DevService dev() {
        return dev;
    }

    /**
     * Credits: balance, transactions, coupons.
     *
     * @return the Wallet API's service over this client's stack and options
     */
    public WalletService wallet() {
        return wallet;
    }

    /**
     * The shared stack, for the configuration or a raw access token.
     *
     * @return the stack this client and its views share
     */
    public ByteNiteHttp http() {
        return http;
    }

    /** Releases connections and threads (a view made by {@link #withOptions} leaves them to the original). */
    @Override
    public void close() {
        if (ownsStack) {
            http.close();
        }
    }

    /** Builds a {@link ByteNiteClient} with HTTP settings of your own; see {@link ByteNiteClient#builder}. */
    public static final class Builder {
        private final ByteNiteHttp.Builder http;
        private final List<Interceptor> interceptors = new ArrayList<>();
        private Proxy proxy;
        private Consumer<OkHttpClient.Builder> customizer = b -> { };
        private Executor asyncExecutor;

        private Builder(ByteNiteConfig config) {
            this.http = ByteNiteHttp.builder(Objects.requireNonNull(config, "config must not be null"));
        }

        /**
         * Sends every connection through {@code proxy} ({@code Proxy.NO_PROXY} for none, ignoring system settings).
         * Without it, OkHttp follows the JVM's proxy settings.
         *
         * @param proxy the proxy for every connection
         * @return this builder
         * @throws NullPointerException if {@code proxy} is null
         */
        public Builder proxy(Proxy proxy) {
            this.proxy = Objects.requireNonNull(proxy, "proxy must not be null");
            return this;
        }

        /**
         * Adds an OkHttp application interceptor. It runs once per attempt (inside the SDK's retries)
         * and before the SDK adds the access token, so it never sees the credential; it must call
         * {@code chain.proceed} and may add headers, measure or log.
         *
         * @param interceptor the interceptor to add, after those added before it
         * @return this builder
         * @throws NullPointerException if {@code interceptor} is null
         */
        public Builder addInterceptor(Interceptor interceptor) {
            interceptors.add(Objects.requireNonNull(interceptor, "interceptor must not be null"));
            return this;
        }

        /**
         * Anything else OkHttp offers (certificate pinning, a DNS resolver, an event listener), on the
         * shared builder after the SDK's own settings; do not remove the SDK's interceptors. Runs after
         * {@link #proxy} and {@link #addInterceptor} are applied.
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
         * The clock for token expiry and retry dates; tests set one.
         *
         * @param clock the clock to use instead of the system clock
         * @return this builder
         * @throws NullPointerException if {@code clock} is null
         */
        public Builder clock(Clock clock) {
            http.clock(clock);
            return this;
        }

        /**
         * Where the SDK reports calls, retries, token renewals, transfers and event-stream
         * reconnects, for metrics and tracing; {@code bytenite-sdk-micrometer} and
         * {@code bytenite-sdk-opentelemetry} provide listeners.
         *
         * @param listener the listener; {@code TelemetryListener.all(a, b)} to report to several
         * @return this builder
         */
        public Builder telemetry(TelemetryListener listener) {
            http.telemetry(listener);
            return this;
        }

        /**
         * Where the services' {@code async()} calls run. By default: a cached pool of daemon threads
         * named {@code bytenite-async-N}, made on first use and shut down with the client. An
         * executor given here is yours to shut down; each async call holds one of its threads
         * while it waits for the server.
         *
         * @param executor runs the async calls; not shut down by the client
         * @return this builder
         * @throws NullPointerException if {@code executor} is null
         */
        public Builder asyncExecutor(Executor executor) {
            this.asyncExecutor = Objects.requireNonNull(executor, "executor must not be null");
            return this;
        }

        /**
         * The client, over a new HTTP stack with these settings; close it when done.
         *
         * @return a new client that owns its HTTP stack
         */
        public ByteNiteClient build() {
            Proxy chosenProxy = proxy;
            List<Interceptor> added = List.copyOf(interceptors);
            Consumer<OkHttpClient.Builder> custom = customizer;
            ByteNiteHttp stack = http.customizeOkHttp(b -> {
                if (chosenProxy != null) {
                    b.proxy(chosenProxy);
                }
                added.forEach(b::addInterceptor);
                custom.accept(b);
            }).build();
            return new ByteNiteClient(stack, asyncExecutor == null ? stack.context() : stack.context().withExecutor(asyncExecutor), true);
        }
    }
}
