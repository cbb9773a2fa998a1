package com.bytenite.sdk.core.http;

import com.bytenite.sdk.core.ByteNiteConfig;
import com.bytenite.sdk.core.errors.ByteNiteApiException;
import com.bytenite.sdk.core.errors.ByteNiteException;
import com.bytenite.sdk.core.errors.ByteNiteNetworkException;
import com.bytenite.sdk.core.errors.ByteNiteTimeoutException;
import com.bytenite.sdk.core.errors.MalformedResponseException;
import com.bytenite.sdk.core.internal.AccessToken;
import com.bytenite.sdk.core.internal.AccessTokenExchange;
import com.bytenite.sdk.core.internal.ErrorMapper;
import com.bytenite.sdk.core.internal.HttpClients;
import com.bytenite.sdk.core.internal.Redactor;
import com.bytenite.sdk.core.internal.TokenManager;
import com.bytenite.sdk.core.internal.WholeBody;
import com.google.gson.Gson;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.lang.reflect.Type;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import okhttp3.Call;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * The one HTTP stack every SDK module shares: the OkHttp clients (one pool, one dispatcher), the
 * token manager, retries, logging and the mapping of failures to the SDK's exceptions.
 *
 * <p>API modules inject {@link #apiClient()} into their generated client and run each call through
 * {@link #execute(Operation, RequestSource, Gson, Type)}, which sends it, maps an error status to a
 * {@code ByteNiteApiException}, a broken connection to a {@code ByteNiteNetworkException}, and an
 * unreadable success body to a {@code MalformedResponseException}. No generated or OkHttp exception
 * reaches the caller.
 *
 * <p>Thread-safe. Close it to release connections and threads; the SDK's clients do that for you.
 */
public final class ByteNiteHttp implements AutoCloseable {
    private final ByteNiteConfig config;
    private final Clock clock;
    private final Sleeper sleeper;
    private final Redactor redactor = new Redactor();
    private final ErrorMapper errors;
    private final TokenManager tokens;
    private final HttpClients clients;
    private final Map<Class<?>, Object> shared = new ConcurrentHashMap<>();

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
        this.tokens = new TokenManager(exchange, initial, clock, config.tokenRenewalMargin(), redactor);
        this.clients = new HttpClients(config, tokens, redactor, clock, b.sleeper, b.customizer);
    }

    /** The stack for {@code config}, with the system clock and real sleeping. */
    public static ByteNiteHttp create(ByteNiteConfig config) {
        return builder(config).build();
    }

    /** For tests and advanced set-ups: a clock, a sleeper, or a customised OkHttp builder. */
    public static Builder builder(ByteNiteConfig config) {
        return new Builder(config);
    }

    public ByteNiteConfig config() {
        return config;
    }

    /** The clock the stack uses; modules use it too so tests control time in one place. */
    public Clock clock() {
        return clock;
    }

    /** How the stack waits (between retries, between polls). */
    public Sleeper sleeper() {
        return sleeper;
    }

    /** The authenticated client to inject into generated clients. Do not add a call timeout to it. */
    public OkHttpClient apiClient() {
        return clients.authenticated();
    }

    /** The authenticated client for long-lived streams: its read timeout is the stream idle timeout. */
    public OkHttpClient streamingClient() {
        return clients.streaming();
    }

    /**
     * A client without any ByteNite credential, for signed storage URLs (uploads, result
     * downloads). It shares the pool, retries and logging of the others.
     */
    public OkHttpClient externalClient() {
        return clients.base();
    }

    /** A current access token, exchanging or renewing it first if needed. */
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
     */
    public void treatAsSecret(String value) {
        redactor.rememberCredential(value);
    }

    /**
     * The one instance of {@code type} kept for this stack, made by {@code factory} on first use. For
     * modules whose state must be shared by every client built on this stack, however many there
     * are (the jobs module's one event stream for all waiters, for instance). Thread-safe: callers
     * racing on the first use get the same instance; {@code factory} must not call this method.
     *
     * @throws NullPointerException if {@code factory} returns null (nothing is kept then)
     */
    public <T> T shared(Class<T> type, Supplier<? extends T> factory) {
        return type.cast(shared.computeIfAbsent(type, t -> Objects.requireNonNull(factory.get(), "factory returned null")));
    }

    /** Masks secrets in text bound for a log or an exception message. */
    public String redact(String text) {
        return redactor.text(text);
    }

    /**
     * Sends one request/response call and parses its JSON body into {@code type} with {@code gson}.
     *
     * @return the parsed body, or null for {@code Void.class}
     * @throws IllegalArgumentException if {@code source} cannot build the request (nothing was sent)
     * @throws com.bytenite.sdk.core.errors.ByteNiteApiException for an error status, or a success
     *     status whose body is ByteNite's envelope saying {@code "ok": false} (an
     *     {@code UnexpectedStatusException} with the status and the envelope's details)
     * @throws MalformedResponseException for a success status with an empty or unreadable body
     * @throws ByteNiteNetworkException if no answer arrived ({@link ByteNiteTimeoutException} on timeouts)
     */
    public <T> T execute(Operation operation, RequestSource source, Gson gson, Type type) {
        return execute(operation, source, gson, type, Function.<T>identity());
    }

    /**
     * Like {@link #execute(Operation, RequestSource, Gson, Type)}, then turns the parsed body into
     * the caller's value with {@code mapper}. A mapper that rejects the content (a malformed
     * timestamp, say) gives a {@link MalformedResponseException} with the body's excerpt, like a
     * parse failure. The mapper is not called for an empty body.
     */
    public <T, R> R execute(Operation operation, RequestSource source, Gson gson, Type type, Function<T, R> mapper) {
        Request request = build(operation, source);
        return send(clients.authenticated(), operation, request, gson, type, mapper, false);
    }

    /**
     * Sends a call whose answer carries nothing the caller needs (the reference shows no body, or
     * an {@code ok} envelope): an empty body or any JSON is success.
     *
     * @throws com.bytenite.sdk.core.errors.ByteNiteApiException for an error status, or the envelope
     *     saying {@code "ok": false}
     * @throws MalformedResponseException for a body that is not JSON
     */
    public void executeForStatus(Operation operation, RequestSource source) {
        send(clients.authenticated(), operation, build(operation, source), com.bytenite.sdk.core.json.ByteNiteJson.gson(),
                com.google.gson.JsonElement.class, Function.identity(), true);
    }

    /**
     * Sends a request and returns its successful response unread, for downloads and streams. The
     * caller must close it. Error statuses and failures throw as in {@link #execute}.
     */
    public Response open(Operation operation, RequestSource source, OkHttpClient client) {
        return open(operation, source, client, call -> { });
    }

    /**
     * Like {@link #open(Operation, RequestSource, OkHttpClient)}, handing the call to {@code started}
     * before it is sent, so another thread can {@link Call#cancel() cancel} it (a stream being closed).
     */
    public Response open(Operation operation, RequestSource source, OkHttpClient client, Consumer<Call> started) {
        Request request = build(operation, source);
        Response response = null;
        try {
            Call call = client.newCall(request);
            started.accept(call);
            response = call.execute();
            if (!response.isSuccessful()) {
                throw errors.map(operation.name(), response, bodyText(response));
            }
            return response;
        } catch (IOException e) {
            throw networkFailure(operation, request, e);
        } catch (RuntimeException e) {
            if (response != null) {
                response.close();
            }
            throw e;
        }
    }

    /** Releases connections and threads. Calls in flight may fail afterwards. */
    @Override
    public void close() {
        clients.shutdown();
    }

    private <T, R> R send(OkHttpClient client, Operation operation, Request request, Gson gson, Type type, Function<T, R> mapper,
            boolean emptyIsFine) {
        Call call = client.newCall(request.newBuilder().tag(WholeBody.class, WholeBody.READ).build());
        config.callTimeout().ifPresent(t -> call.timeout().timeout(t.toMillis(), TimeUnit.MILLISECONDS));
        try (Response response = call.execute()) {
            String body = bodyText(response);
            if (!response.isSuccessful()) {
                throw errors.map(operation.name(), response, body);
            }
            ByteNiteApiException refused = errors.refusal(operation.name(), response, body);
            if (refused != null) {
                throw refused;
            }
            if (type == Void.class || (emptyIsFine && body.isBlank())) {
                return null;
            }
            if (body.isBlank()) {
                throw new MalformedResponseException(operation.name(), response.code(), ErrorMapper.requestIdHeader(response), "<empty>",
                        new IllegalStateException("the answer has no body"));
            }
            try {
                T parsed = gson.fromJson(body, type);
                return parsed == null ? null : mapper.apply(parsed);
            } catch (RuntimeException e) {
                throw new MalformedResponseException(operation.name(), response.code(),
                        ErrorMapper.requestIdHeader(response), redactor.excerpt(body, 200), e);
            }
        } catch (IOException e) {
            throw networkFailure(operation, request, e);
        }
    }

    private Request build(Operation operation, RequestSource source) {
        Objects.requireNonNull(operation, "operation must not be null");
        Request request;
        try {
            request = source.build();
        } catch (IllegalArgumentException | NullPointerException e) {
            throw e;
        } catch (Exception e) {
            // Generated clients throw their own checked ApiException for arguments they reject.
            throw new IllegalArgumentException(operation.name() + ": invalid arguments: " + redactor.text(e.getMessage()), e);
        }
        return request.newBuilder().tag(Operation.class, operation).build();
    }

    private AccessToken exchange(Operation operation, Request request, Gson gson, Type type) {
        return send(clients.tokenExchange(), operation, request, gson, type, Function.<AccessToken>identity(), false);
    }

    private static String bodyText(Response response) throws IOException {
        ResponseBody body = response.body();
        return body == null ? "" : body.string();
    }

    private ByteNiteException networkFailure(Operation operation, Request request, IOException e) {
        boolean mayHaveBeenSent = !(e instanceof ConnectException || e instanceof UnknownHostException
                || e instanceof NoRouteToHostException);
        String what = operation.name() + " [" + request.method() + " " + redactor.path(request.url()) + "]";
        String detail = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + redactor.text(e.getMessage()));
        String consequence = mayHaveBeenSent && !operation.isIdempotent()
                ? "; the server may have acted on the request: check before repeating it" : "";
        if (e instanceof SocketTimeoutException || (e instanceof InterruptedIOException && "timeout".equals(e.getMessage()))) {
            return new ByteNiteTimeoutException("Timed out in " + what + ": " + detail + consequence, operation.name(), mayHaveBeenSent, e);
        }
        return new ByteNiteNetworkException("Network failure in " + what + ": " + detail + consequence, operation.name(), mayHaveBeenSent, e);
    }

    /** Builder for {@link ByteNiteHttp}. */
    public static final class Builder {
        private final ByteNiteConfig config;
        private Clock clock = Clock.systemUTC();
        private Sleeper sleeper = Sleeper.SYSTEM;
        private Consumer<OkHttpClient.Builder> customizer = b -> { };

        private Builder(ByteNiteConfig config) {
            this.config = Objects.requireNonNull(config, "config must not be null");
        }

        /** The clock used for token expiry and {@code Retry-After} dates. */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock must not be null");
            return this;
        }

        /** How the SDK waits between retries. */
        public Builder sleeper(Sleeper sleeper) {
            this.sleeper = Objects.requireNonNull(sleeper, "sleeper must not be null");
            return this;
        }

        /**
         * Adjusts the shared OkHttp builder before the SDK builds it (a proxy, a socket factory,
         * certificate pinning). The SDK's interceptors are already installed; do not remove them.
         */
        public Builder customizeOkHttp(Consumer<OkHttpClient.Builder> customizer) {
            this.customizer = Objects.requireNonNull(customizer, "customizer must not be null");
            return this;
        }

        public ByteNiteHttp build() {
            return new ByteNiteHttp(this);
        }
    }
}
