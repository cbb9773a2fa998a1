package com.bytenite.sdk.core.internal;

import com.bytenite.sdk.core.ByteNiteConfig;
import com.bytenite.sdk.core.http.Sleeper;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import okhttp3.ConnectionPool;
import okhttp3.OkHttpClient;

/**
 * Builds the SDK's OkHttp clients. There is one connection pool and one dispatcher; the variants
 * are cheap {@code newBuilder()} views that share them:
 *
 * <ul>
 *   <li>{@link #base()}: User-Agent, retries, logging; no ByteNite credential. Used for signed
 *       storage URLs.
 *   <li>{@link #tokenExchange()}: the base on a connection pool of its own, so that a token
 *       exchange made in the middle of another call never leaves that call a connection the server
 *       may be closing (a server that closes every connection after answering would otherwise race
 *       the call that needed the token).
 *   <li>{@link #authenticated()}: the base plus the access token and the 401 renew-and-replay.
 *       Injected into every generated client.
 *   <li>{@link #streaming()}: the authenticated client with the stream idle timeout as read timeout.
 * </ul>
 *
 * No client has a whole-call timeout: streams must be able to stay open. Unary calls get their
 * bound per call from {@link ByteNiteConfig#callTimeout()}.
 */
public final class HttpClients {
    private final OkHttpClient base;
    private final OkHttpClient tokenExchange;
    private final OkHttpClient authenticated;
    private final OkHttpClient streaming;

    public HttpClients(ByteNiteConfig config, TokenManager tokens, Redactor redactor, Clock clock, Sleeper sleeper,
            Consumer<OkHttpClient.Builder> customizer, Telemetry telemetry) {
        OkHttpClient.Builder builder = new OkHttpClient.Builder()
                .connectionPool(new ConnectionPool(config.maxIdleConnections(),
                        config.connectionKeepAlive().toMillis(), TimeUnit.MILLISECONDS))
                .connectTimeout(config.connectTimeout())
                .readTimeout(config.readTimeout())
                .writeTimeout(config.writeTimeout())
                // OkHttp would otherwise silently resend a request (a job create included) after a
                // failure on a pooled connection; RetryInterceptor decides instead.
                .retryOnConnectionFailure(false)
                .socketFactory(new ChannelSocketFactory())
                .addInterceptor(new UserAgentInterceptor(SdkVersion.userAgent()))
                .addInterceptor(new RetryInterceptor(config.retry(), clock, sleeper, redactor, telemetry))
                .addNetworkInterceptor(new ConnectionGuard())
                .addNetworkInterceptor(new LoggingInterceptor(redactor, config.httpLogging()));
        customizer.accept(builder);
        this.base = builder.build();
        this.tokenExchange = base.newBuilder()
                .connectionPool(new ConnectionPool(1, config.connectionKeepAlive().toMillis(), TimeUnit.MILLISECONDS))
                .build();
        this.authenticated = base.newBuilder()
                .addInterceptor(new AuthInterceptor(tokens, config.authScheme(), config.baseUrl()))
                .authenticator(new TokenAuthenticator(tokens, config.authScheme()))
                .build();
        this.streaming = authenticated.newBuilder()
                .readTimeout(config.streamIdleTimeout())
                .build();
    }

    public OkHttpClient base() {
        return base;
    }

    public OkHttpClient tokenExchange() {
        return tokenExchange;
    }

    public OkHttpClient authenticated() {
        return authenticated;
    }

    public OkHttpClient streaming() {
        return streaming;
    }

    /** Releases the shared threads and connections. */
    public void shutdown() {
        base.dispatcher().executorService().shutdown();
        base.connectionPool().evictAll();
        tokenExchange.connectionPool().evictAll();
    }
}
