package com.bytenite.sdk.core;

import java.net.InetAddress;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import okhttp3.HttpUrl;

// About 400 lines on purpose: fifteen settings, each a field, a documented getter and a validating
// builder setter. Splitting them would scatter one immutable value over several files; reading the
// environment lives in EnvironmentSettings.
/**
 * Everything the SDK needs to reach a ByteNite server: where, with which credential, and how
 * patiently. Immutable; build it with {@link #builder()} or read it from the environment with
 * {@link #fromEnv()}.
 *
 * <pre>{@code
 * ByteNiteConfig config = ByteNiteConfig.builder()
 *         .apiKey(System.getenv("BYTENITE_API_KEY"))
 *         .customerRoute(CustomerRoute.COMPUTING)
 *         .build();
 * }</pre>
 *
 * <p>Credentials: an API key is exchanged for short-lived access tokens and renewed as needed. A
 * static access token is used as given; with no API key beside it, it cannot be renewed, so calls
 * fail with an authentication error once the server stops accepting it. {@link #toString()} never
 * prints either.
 *
 * <p>Plain {@code http://} is refused for any host but loopback unless
 * {@link Builder#allowInsecureHttp(boolean)} is set, so a credential is never sent in clear text
 * by accident.
 */
public final class ByteNiteConfig {
    /** The default {@link Builder#maxIdleConnections(int)}: OkHttp's dispatcher limit for calls in flight. */
    public static final int DEFAULT_MAX_IDLE_CONNECTIONS = 64;

    /** The public ByteNite API. */
    public static final String DEFAULT_BASE_URL = "https://api.bytenite.com";

    /** Environment variable for {@link Builder#apiKey(String)}. */
    public static final String ENV_API_KEY = "BYTENITE_API_KEY";
    /** Environment variable for {@link Builder#accessToken(String)}. */
    public static final String ENV_ACCESS_TOKEN = "BYTENITE_ACCESS_TOKEN";
    /** Environment variable for {@link Builder#baseUrl(String)}. */
    public static final String ENV_BASE_URL = "BYTENITE_BASE_URL";
    /** Environment variable for {@link Builder#customerRoute(CustomerRoute)}: {@code customer} or {@code computing}. */
    public static final String ENV_CUSTOMER_ROUTE = "BYTENITE_CUSTOMER_ROUTE";
    /** Environment variable for {@link Builder#authScheme(AuthScheme)}: {@code bare} or {@code bearer}. */
    public static final String ENV_AUTH_SCHEME = "BYTENITE_AUTH_SCHEME";
    /** Environment variable for {@link Builder#allowInsecureHttp(boolean)}: {@code true} or {@code false}. */
    public static final String ENV_ALLOW_INSECURE_HTTP = "BYTENITE_ALLOW_INSECURE_HTTP";
    /** Environment variable for {@link Builder#connectTimeout(Duration)}, such as {@code 10s}. */
    public static final String ENV_CONNECT_TIMEOUT = "BYTENITE_CONNECT_TIMEOUT";
    /** Environment variable for {@link Builder#readTimeout(Duration)}, such as {@code 60s}. */
    public static final String ENV_READ_TIMEOUT = "BYTENITE_READ_TIMEOUT";
    /** Environment variable for {@link Builder#writeTimeout(Duration)}, such as {@code 60s}. */
    public static final String ENV_WRITE_TIMEOUT = "BYTENITE_WRITE_TIMEOUT";
    /** Environment variable for {@link Builder#callTimeout(Duration)}, such as {@code 2m}. */
    public static final String ENV_CALL_TIMEOUT = "BYTENITE_CALL_TIMEOUT";
    /** Environment variable for {@link Builder#streamIdleTimeout(Duration)}, such as {@code 2m}. */
    public static final String ENV_STREAM_IDLE_TIMEOUT = "BYTENITE_STREAM_IDLE_TIMEOUT";
    /** Environment variable for the retry settings' attempts: how many retries after the first attempt, such as {@code 3}. */
    public static final String ENV_MAX_RETRIES = "BYTENITE_MAX_RETRIES";
    /** Environment variable for {@link Builder#httpLogging(HttpLogging)}: {@code off}, {@code debug} or {@code info}. */
    public static final String ENV_LOG = "BYTENITE_LOG";
    /**
     * The prefix of the system properties that set what the environment variables set: the
     * setting's name, such as {@code bytenite.readTimeout}; see {@link #fromEnv()}.
     */
    public static final String PROPERTY_PREFIX = "bytenite.";

    private final String apiKey;
    private final String accessToken;
    private final HttpUrl baseUrl;
    private final CustomerRoute customerRoute;
    private final AuthScheme authScheme;
    private final boolean allowInsecureHttp;
    private final Duration connectTimeout;
    private final Duration readTimeout;
    private final Duration writeTimeout;
    private final Duration callTimeout;
    private final Duration streamIdleTimeout;
    private final Duration tokenRenewalMargin;
    private final int maxIdleConnections;
    private final Duration connectionKeepAlive;
    private final RetrySettings retry;
    private final HttpLogging httpLogging;

    private ByteNiteConfig(Builder b, HttpUrl baseUrl) {
        this.apiKey = b.apiKey;
        this.accessToken = b.accessToken;
        this.baseUrl = baseUrl;
        this.customerRoute = b.customerRoute;
        this.authScheme = b.authScheme;
        this.allowInsecureHttp = b.allowInsecureHttp;
        this.connectTimeout = b.connectTimeout;
        this.readTimeout = b.readTimeout;
        this.writeTimeout = b.writeTimeout;
        this.callTimeout = b.callTimeout;
        this.streamIdleTimeout = b.streamIdleTimeout;
        this.tokenRenewalMargin = b.tokenRenewalMargin;
        this.maxIdleConnections = b.maxIdleConnections;
        this.connectionKeepAlive = b.connectionKeepAlive;
        this.retry = b.retry;
        this.httpLogging = b.httpLogging;
    }

    /**
     * Starts a configuration with every setting at its default and no credential.
     *
     * @return a new builder; {@link Builder#build()} needs an API key or an access token set on it
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Reads the configuration from system properties and the process environment. For each setting
     * a system property ({@value #PROPERTY_PREFIX} and the setting's name, such as
     * {@code bytenite.readTimeout}) wins over its environment variable (such as
     * {@value #ENV_READ_TIMEOUT}); settings given to neither keep their defaults. To let code win over
     * both, set it on {@link #builderFromEnv(Map, Map)}'s builder. The README lists every setting.
     *
     * @return the configuration
     * @throws IllegalArgumentException naming the property or variable whose value is invalid, or if
     *     no credential is set
     */
    public static ByteNiteConfig fromEnv() {
        Map<String, String> properties = new java.util.HashMap<>();
        System.getProperties().stringPropertyNames().stream().filter(n -> n.startsWith(PROPERTY_PREFIX))
                .forEach(n -> properties.put(n, System.getProperty(n)));
        return builderFromEnv(System.getenv(), properties).build();
    }

    /**
     * Reads the configuration from {@code env} alone: {@value #ENV_API_KEY}, {@value #ENV_ACCESS_TOKEN},
     * {@value #ENV_BASE_URL}, {@value #ENV_CUSTOMER_ROUTE} ({@code customer} or {@code computing}),
     * {@value #ENV_AUTH_SCHEME} ({@code bare} or {@code bearer}), {@value #ENV_ALLOW_INSECURE_HTTP}
     * ({@code true} or {@code false}), the timeouts ({@value #ENV_CONNECT_TIMEOUT} and the others,
     * such as {@code 30s}, {@code 500ms}, {@code 2m} or {@code PT30S}), {@value #ENV_MAX_RETRIES}
     * and {@value #ENV_LOG}. Blank values count as unset; surrounding whitespace (a trailing newline
     * from a file, say) is removed.
     *
     * @param env variable names to values, such as {@code System.getenv()}; only read
     * @return the configuration; settings without a variable keep their defaults
     * @throws NullPointerException if {@code env} is null
     * @throws IllegalArgumentException naming the variable whose value is invalid, or if neither
     *     credential variable is set
     */
    public static ByteNiteConfig fromEnv(Map<String, String> env) {
        return builderFromEnv(env).build();
    }

    /**
     * Like {@link #fromEnv(Map)} but returns the builder, so a caller can add or override settings
     * before {@link Builder#build()}. A missing credential is only reported by {@code build()}.
     *
     * @param env variable names to values, such as {@code System.getenv()}; only read
     * @return a new builder holding the variables' values and the defaults for the rest
     * @throws NullPointerException if {@code env} is null
     * @throws IllegalArgumentException naming the variable whose value is invalid
     */
    public static Builder builderFromEnv(Map<String, String> env) {
        return builderFromEnv(env, Map.of());
    }

    /**
     * A builder holding the settings {@code properties} and {@code env} give, a property winning over
     * its variable; what the caller then sets on the builder wins over both.
     *
     * @param env variable names to values, such as {@code System.getenv()}; only read
     * @param properties system property names to values ({@value #PROPERTY_PREFIX}…); only read
     * @return a new builder
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException naming the property or variable whose value is invalid
     */
    public static Builder builderFromEnv(Map<String, String> env, Map<String, String> properties) {
        Objects.requireNonNull(env, "env must not be null");
        Objects.requireNonNull(properties, "properties must not be null");
        Builder b = builder();
        new EnvironmentSettings(env, properties).applyTo(b);
        return b;
    }

    /**
     * A builder holding this configuration's values, to change some of them.
     *
     * @return a new builder; changing it does not change this configuration
     */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.apiKey = apiKey;
        b.accessToken = accessToken;
        b.baseUrl = baseUrl.toString();
        b.customerRoute = customerRoute;
        b.authScheme = authScheme;
        b.allowInsecureHttp = allowInsecureHttp;
        b.connectTimeout = connectTimeout;
        b.readTimeout = readTimeout;
        b.writeTimeout = writeTimeout;
        b.callTimeout = callTimeout;
        b.streamIdleTimeout = streamIdleTimeout;
        b.httpLogging = httpLogging;
        b.tokenRenewalMargin = tokenRenewalMargin;
        b.maxIdleConnections = maxIdleConnections;
        b.connectionKeepAlive = connectionKeepAlive;
        b.retry = retry;
        return b;
    }

    /**
     * The API key exchanged for access tokens, if one was given.
     *
     * @return the key, empty when only an access token was given
     */
    public Optional<String> apiKey() {
        return Optional.ofNullable(apiKey);
    }

    /**
     * A static access token used before (or instead of) an exchanged one, if one was given.
     *
     * @return the token, empty when only an API key was given
     */
    public Optional<String> accessToken() {
        return Optional.ofNullable(accessToken);
    }

    /**
     * Scheme, host and port of the server, without a path; {@value #DEFAULT_BASE_URL} by default.
     *
     * @return the server's URL, its path {@code /}
     */
    public HttpUrl baseUrl() {
        return baseUrl;
    }

    /**
     * The route prefix of the Customer (Jobs) API.
     *
     * @return {@link CustomerRoute#CUSTOMER} ({@code /v1/customer}) by default
     */
    public CustomerRoute customerRoute() {
        return customerRoute;
    }

    /**
     * How the access token is written into the {@code Authorization} header; which forms ByteNite
     * accepts is not documented.
     *
     * @return {@link AuthScheme#BARE} by default
     */
    public AuthScheme authScheme() {
        return authScheme;
    }

    /**
     * Whether plain {@code http://} is allowed to hosts other than loopback.
     *
     * @return false by default
     */
    public boolean allowInsecureHttp() {
        return allowInsecureHttp;
    }

    /**
     * Longest wait to open a connection (TCP connect and TLS handshake), per attempt.
     *
     * @return 10 s by default
     */
    public Duration connectTimeout() {
        return connectTimeout;
    }

    /**
     * Longest silence while waiting for or reading a response, per attempt; event streams use
     * {@link #streamIdleTimeout()} instead.
     *
     * @return 60 s by default
     */
    public Duration readTimeout() {
        return readTimeout;
    }

    /**
     * Longest silence while sending a request, per attempt.
     *
     * @return 60 s by default
     */
    public Duration writeTimeout() {
        return writeTimeout;
    }

    /**
     * Bound on one whole request/response exchange, retries included; never applied to streams.
     *
     * @return the bound, empty (unbounded) by default; {@link RequestOptions#timeout()} overrides it per call
     */
    public Optional<Duration> callTimeout() {
        return Optional.ofNullable(callTimeout);
    }

    /**
     * Longest silence tolerated on an event stream before it is treated as dropped and reconnected.
     *
     * @return 2 min by default
     */
    public Duration streamIdleTimeout() {
        return streamIdleTimeout;
    }

    /**
     * An exchanged token is renewed this long before the expiry the server announced, or half its
     * lifetime before when it lives less than twice this margin.
     *
     * @return 60 s by default
     */
    public Duration tokenRenewalMargin() {
        return tokenRenewalMargin;
    }

    /**
     * Idle connections the shared pool keeps for reuse.
     *
     * @return {@value #DEFAULT_MAX_IDLE_CONNECTIONS} by default
     */
    public int maxIdleConnections() {
        return maxIdleConnections;
    }

    /**
     * How long an idle pooled connection is kept before it is closed.
     *
     * @return 30 s by default
     */
    public Duration connectionKeepAlive() {
        return connectionKeepAlive;
    }

    /**
     * How transient failures are retried.
     *
     * @return {@link RetrySettings#defaults()} by default: 4 attempts, 500 ms doubling to 8 s, 60 s in total
     */
    public RetrySettings retry() {
        return retry;
    }

    /**
     * The URL of one API, e.g. {@code https://api.bytenite.com/v1/auth}, without a trailing slash.
     *
     * @param apiSegment the path segment after {@code /v1/}, such as {@code auth}, {@code dev},
     *     {@code wallet} or {@link CustomerRoute#segment()}
     * @return the base URL followed by {@code /v1/<apiSegment>}
     */
    public String apiBaseUrl(String apiSegment) {
        String url = baseUrl.newBuilder().addPathSegment("v1").addPathSegment(apiSegment).build().toString();
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    /**
     * How the SDK logs its HTTP exchanges.
     *
     * @return {@link HttpLogging#DEBUG} unless set
     */
    public HttpLogging httpLogging() {
        return httpLogging;
    }

    /** Credentials are reported as present or absent, never printed. */
    @Override
    public String toString() {
        return "ByteNiteConfig{baseUrl=" + baseUrl
                + ", apiKey=" + (apiKey == null ? "absent" : "[REDACTED]")
                + ", accessToken=" + (accessToken == null ? "absent" : "[REDACTED]")
                + ", customerRoute=" + customerRoute
                + ", authScheme=" + authScheme
                + ", allowInsecureHttp=" + allowInsecureHttp
                + ", connectTimeout=" + connectTimeout
                + ", readTimeout=" + readTimeout
                + ", writeTimeout=" + writeTimeout
                + ", callTimeout=" + callTimeout
                + ", streamIdleTimeout=" + streamIdleTimeout
                + ", retry=" + retry
                + ", httpLogging=" + httpLogging + '}';
    }

    /** Validating builder: setters reject null and out-of-range values with the field's name. */
    public static final class Builder {
        private String apiKey;
        private String accessToken;
        private String baseUrl = DEFAULT_BASE_URL;
        private CustomerRoute customerRoute = CustomerRoute.CUSTOMER;
        private AuthScheme authScheme = AuthScheme.BARE;
        private boolean allowInsecureHttp;
        private Duration connectTimeout = Duration.ofSeconds(10);
        private Duration readTimeout = Duration.ofSeconds(60);
        private Duration writeTimeout = Duration.ofSeconds(60);
        private Duration callTimeout;
        private Duration streamIdleTimeout = Duration.ofMinutes(2);
        private Duration tokenRenewalMargin = Duration.ofSeconds(60);
        private int maxIdleConnections = DEFAULT_MAX_IDLE_CONNECTIONS;
        private Duration connectionKeepAlive = Duration.ofSeconds(30);
        RetrySettings retry = RetrySettings.defaults(); // package-private: EnvironmentSettings derives maxRetries from it
        private HttpLogging httpLogging = HttpLogging.DEBUG;

        private Builder() {
        }

        /**
         * The API key to exchange for access tokens (BYTENITE_API_KEY).
         *
         * @param apiKey the key, non-empty, without whitespace or control characters (it is never trimmed)
         * @return this builder
         * @throws NullPointerException if {@code apiKey} is null
         * @throws IllegalArgumentException if it is empty or contains whitespace or a control character
         */
        public Builder apiKey(String apiKey) {
            this.apiKey = credential("apiKey", apiKey);
            return this;
        }

        /**
         * A ready access token (BYTENITE_ACCESS_TOKEN); with an API key as well, the key renews it.
         *
         * @param accessToken the token, non-empty, without whitespace or control characters (it is never trimmed)
         * @return this builder
         * @throws NullPointerException if {@code accessToken} is null
         * @throws IllegalArgumentException if it is empty or contains whitespace or a control character
         */
        public Builder accessToken(String accessToken) {
            this.accessToken = credential("accessToken", accessToken);
            return this;
        }

        /**
         * Scheme, host and port, e.g. {@code https://api.bytenite.com} or {@code http://127.0.0.1:8080}.
         *
         * @param baseUrl an http or https URL without path, query or fragment; a trailing slash and
         *     surrounding whitespace are ignored
         * @return this builder
         * @throws NullPointerException if {@code baseUrl} is null
         * @throws IllegalArgumentException if it is not such a URL; plain http to a non-loopback host is
         *     refused later, by {@link #build()}
         */
        public Builder baseUrl(String baseUrl) {
            Objects.requireNonNull(baseUrl, "baseUrl must not be null");
            parseBaseUrl(baseUrl);
            this.baseUrl = baseUrl;
            return this;
        }

        /**
         * The route prefix of the Customer (Jobs) API (BYTENITE_CUSTOMER_ROUTE); ByteNite deprecated
         * {@code /v1/customer} in favour of {@code /v1/computing} without announcing a removal date.
         *
         * @param customerRoute the prefix; {@link CustomerRoute#CUSTOMER} by default
         * @return this builder
         * @throws NullPointerException if {@code customerRoute} is null
         */
        public Builder customerRoute(CustomerRoute customerRoute) {
            this.customerRoute = Objects.requireNonNull(customerRoute, "customerRoute must not be null");
            return this;
        }

        /**
         * How the access token is written into the {@code Authorization} header (BYTENITE_AUTH_SCHEME);
         * which forms ByteNite accepts is not documented.
         *
         * @param authScheme the scheme; {@link AuthScheme#BARE} by default, as in ByteNite's examples
         * @return this builder
         * @throws NullPointerException if {@code authScheme} is null
         */
        public Builder authScheme(AuthScheme authScheme) {
            this.authScheme = Objects.requireNonNull(authScheme, "authScheme must not be null");
            return this;
        }

        /**
         * Allows {@code http://} to hosts other than loopback. Credentials then cross the network in clear text.
         *
         * @param allowInsecureHttp true to allow it; false (the default) makes {@link #build()} refuse it
         * @return this builder
         */
        public Builder allowInsecureHttp(boolean allowInsecureHttp) {
            this.allowInsecureHttp = allowInsecureHttp;
            return this;
        }

        /**
         * Longest wait to open a connection (TCP connect and TLS handshake), per attempt.
         *
         * @param connectTimeout the timeout, positive; 10 s by default
         * @return this builder
         * @throws NullPointerException if {@code connectTimeout} is null
         * @throws IllegalArgumentException if it is zero or negative
         */
        public Builder connectTimeout(Duration connectTimeout) {
            this.connectTimeout = Durations.positive("connectTimeout", connectTimeout);
            return this;
        }

        /**
         * Longest silence while waiting for or reading a response, per attempt; not used for event
         * streams (see {@link #streamIdleTimeout(Duration)}).
         *
         * @param readTimeout the timeout, positive; 60 s by default
         * @return this builder
         * @throws NullPointerException if {@code readTimeout} is null
         * @throws IllegalArgumentException if it is zero or negative
         */
        public Builder readTimeout(Duration readTimeout) {
            this.readTimeout = Durations.positive("readTimeout", readTimeout);
            return this;
        }

        /**
         * Longest silence while sending a request, per attempt.
         *
         * @param writeTimeout the timeout, positive; 60 s by default
         * @return this builder
         * @throws NullPointerException if {@code writeTimeout} is null
         * @throws IllegalArgumentException if it is zero or negative
         */
        public Builder writeTimeout(Duration writeTimeout) {
            this.writeTimeout = Durations.positive("writeTimeout", writeTimeout);
            return this;
        }

        /**
         * Bounds each request/response call as a whole, retries included. Unset by default.
         *
         * @param callTimeout the bound, positive
         * @return this builder
         * @throws NullPointerException if {@code callTimeout} is null
         * @throws IllegalArgumentException if it is zero or negative
         */
        public Builder callTimeout(Duration callTimeout) {
            this.callTimeout = Durations.positive("callTimeout", callTimeout);
            return this;
        }

        /**
         * Longest silence tolerated on an event stream before it is treated as dropped and reconnected.
         * Whether ByteNite sends keep-alives on a quiet stream is not documented.
         *
         * @param streamIdleTimeout the timeout, positive; 2 min by default
         * @return this builder
         * @throws NullPointerException if {@code streamIdleTimeout} is null
         * @throws IllegalArgumentException if it is zero or negative
         */
        public Builder streamIdleTimeout(Duration streamIdleTimeout) {
            this.streamIdleTimeout = Durations.positive("streamIdleTimeout", streamIdleTimeout);
            return this;
        }

        /**
         * How long before the announced expiry an exchanged token is renewed (half its lifetime
         * before, for a token living less than twice the margin).
         *
         * @param tokenRenewalMargin the margin, zero or more (zero renews at expiry); 60 s by default
         * @return this builder
         * @throws NullPointerException if {@code tokenRenewalMargin} is null
         * @throws IllegalArgumentException if it is negative
         */
        public Builder tokenRenewalMargin(Duration tokenRenewalMargin) {
            Objects.requireNonNull(tokenRenewalMargin, "tokenRenewalMargin must not be null");
            if (tokenRenewalMargin.isNegative()) {
                throw new IllegalArgumentException("tokenRenewalMargin: expected zero or more but was " + tokenRenewalMargin);
            }
            this.tokenRenewalMargin = tokenRenewalMargin;
            return this;
        }

        /**
         * How many idle connections the pool keeps (default {@value #DEFAULT_MAX_IDLE_CONNECTIONS},
         * OkHttp's dispatcher limit for calls in flight): as many threads as that calling at once
         * keep reusing their connections instead of opening new ones after warm-up.
         *
         * @param maxIdleConnections zero or more; 0 closes every connection once it is idle
         * @return this builder
         * @throws IllegalArgumentException if it is negative
         */
        public Builder maxIdleConnections(int maxIdleConnections) {
            if (maxIdleConnections < 0) {
                throw new IllegalArgumentException("maxIdleConnections: expected zero or more but was " + maxIdleConnections);
            }
            this.maxIdleConnections = maxIdleConnections;
            return this;
        }

        /**
         * How long an idle pooled connection is kept. Kept short by default because calls that must
         * not be replayed (job create, run) cannot be retried when a stale connection fails.
         *
         * @param connectionKeepAlive the idle time, positive; 30 s by default, under common load-balancer idle timeouts
         * @return this builder
         * @throws NullPointerException if {@code connectionKeepAlive} is null
         * @throws IllegalArgumentException if it is zero or negative
         */
        public Builder connectionKeepAlive(Duration connectionKeepAlive) {
            this.connectionKeepAlive = Durations.positive("connectionKeepAlive", connectionKeepAlive);
            return this;
        }

        /**
         * How transient failures are retried; which failures are retried is fixed by the SDK.
         *
         * @param retry the settings; {@link RetrySettings#defaults()} by default, {@link RetrySettings#disabled()} for none
         * @return this builder
         * @throws NullPointerException if {@code retry} is null
         */
        public Builder retry(RetrySettings retry) {
            this.retry = Objects.requireNonNull(retry, "retry must not be null");
            return this;
        }

        /**
         * How the SDK logs its HTTP exchanges ({@value ByteNiteConfig#ENV_LOG}).
         *
         * @param httpLogging the level; {@link HttpLogging#DEBUG} by default
         * @return this builder
         * @throws NullPointerException if {@code httpLogging} is null
         */
        public Builder httpLogging(HttpLogging httpLogging) {
            this.httpLogging = Objects.requireNonNull(httpLogging, "httpLogging must not be null");
            return this;
        }

        /**
         * Checks the settings and makes the configuration.
         *
         * @return a new immutable configuration
         * @throws IllegalArgumentException if no credential is set, the base URL is not an http(s)
         *     URL without path, query or fragment, or it is plain http to a non-loopback host
         *     without {@link #allowInsecureHttp(boolean)}
         */
        public ByteNiteConfig build() {
            if (apiKey == null && accessToken == null) {
                throw new IllegalArgumentException("apiKey: a credential is required; set apiKey (" + ENV_API_KEY
                        + ") or accessToken (" + ENV_ACCESS_TOKEN + ")");
            }
            return new ByteNiteConfig(this, checkedBaseUrl());
        }

        private HttpUrl checkedBaseUrl() {
            HttpUrl url = parseBaseUrl(baseUrl);
            if (!url.isHttps() && !allowInsecureHttp && !isLoopback(url.host())) {
                throw new IllegalArgumentException("baseUrl: plain http is refused for non-loopback host '" + url.host()
                        + "'; use https, or allowInsecureHttp(true) (" + ENV_ALLOW_INSECURE_HTTP + "=true) if you accept "
                        + "sending credentials unencrypted");
            }
            return url;
        }

        private static HttpUrl parseBaseUrl(String baseUrl) {
            HttpUrl url = HttpUrl.parse(baseUrl.trim());
            if (url == null) {
                throw new IllegalArgumentException("baseUrl: expected an http:// or https:// URL but was '" + baseUrl + "'");
            }
            if (url.query() != null || url.fragment() != null || !"/".equals(url.encodedPath())) {
                throw new IllegalArgumentException("baseUrl: expected scheme, host and port only (no path, query or fragment) but was '"
                        + url.scheme() + "://" + url.host() + url.encodedPath() + "'");
            }
            return url;
        }

        private static boolean isLoopback(String host) {
            if ("localhost".equalsIgnoreCase(host)) {
                return true;
            }
            // Only literal addresses are checked: resolving a name here would be a network lookup.
            if (host.matches("[0-9.]+") || host.contains(":")) {
                try {
                    return InetAddress.getByName(host).isLoopbackAddress();
                } catch (java.net.UnknownHostException e) {
                    return false;
                }
            }
            return false;
        }

        private static String credential(String field, String value) {
            Objects.requireNonNull(value, field + " must not be null");
            if (value.isEmpty()) {
                throw new IllegalArgumentException(field + ": expected a non-empty value");
            }
            // Rejected rather than trimmed: a credential is never altered silently.
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                if (c <= ' ' || c == 0x7f) {
                    throw new IllegalArgumentException(field + ": must not contain whitespace or control characters (at index " + i + ")");
                }
            }
            return value;
        }

    }
}
