package com.bytenite.sdk.core.internal;

import com.bytenite.sdk.core.ByteNiteConfig;
import com.bytenite.sdk.core.RequestOptions;
import com.bytenite.sdk.core.errors.ByteNiteApiException;
import com.bytenite.sdk.core.errors.ByteNiteException;
import com.bytenite.sdk.core.errors.ByteNiteNetworkException;
import com.bytenite.sdk.core.errors.ByteNiteTimeoutException;
import com.bytenite.sdk.core.errors.MalformedResponseException;
import com.bytenite.sdk.core.json.ByteNiteJson;
import com.bytenite.sdk.core.spi.Operation;
import com.bytenite.sdk.core.spi.RequestSource;
import com.google.gson.Gson;
import com.google.gson.JsonElement;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.lang.reflect.Type;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;
import okhttp3.Call;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * Sends calls and turns every outcome into a value or one of the SDK's exceptions: an error status
 * to a {@code ByteNiteApiException}, a broken connection to a {@code ByteNiteNetworkException},
 * an unreadable success body to a {@code MalformedResponseException}. Applies each call's
 * {@link CallScope}: its options, its answer recorder, its cancellation. Thread-safe.
 */
public final class CallRunner implements AutoCloseable {
    private final ByteNiteConfig config;
    private final HttpClients clients;
    private final ErrorMapper errors;
    private final Redactor redactor;
    private final Telemetry telemetry;
    private ExecutorService asyncPool;

    public CallRunner(ByteNiteConfig config, HttpClients clients, ErrorMapper errors, Redactor redactor, Telemetry telemetry) {
        this.config = config;
        this.clients = clients;
        this.errors = errors;
        this.redactor = redactor;
        this.telemetry = telemetry;
    }

    /** Where the stack reports what it does. */
    public Telemetry telemetry() {
        return telemetry;
    }

    public HttpClients clients() {
        return clients;
    }

    /**
     * Sends one request/response call on the authenticated client and parses its JSON body into
     * {@code type}, then maps it; see {@code ServiceContext#execute} for the contract.
     */
    public <T, R> R execute(CallScope scope, Operation operation, RequestSource source, Gson gson, Type type, Function<T, R> mapper) {
        Request request = build(scope, operation, source);
        return send(scope, clients.authenticated(), request, gson, type, mapper, false);
    }

    /** Sends a call whose answer carries nothing the caller needs: an empty body or any JSON is success. */
    public void executeForStatus(CallScope scope, Operation operation, RequestSource source) {
        Request request = build(scope, operation, source);
        send(scope, clients.authenticated(), request, ByteNiteJson.gson(), JsonElement.class, Function.identity(), true);
    }

    /** Sends a request and returns its successful response unread; the caller closes it. */
    public Response open(CallScope scope, Operation operation, RequestSource source, OkHttpClient client, Consumer<Call> started) {
        Request built = build(scope, operation, source);
        CallTrace trace = telemetry.start(built.tag(Operation.class), built);
        Request request = built.newBuilder().tag(CallTrace.class, trace).build();
        Response response = null;
        try {
            Call call = client.newCall(request);
            scope.options().timeout().ifPresent(t -> call.timeout().timeout(t.toMillis(), TimeUnit.MILLISECONDS));
            scope.started(call);
            started.accept(call);
            response = call.execute();
            if (!response.isSuccessful()) {
                throw errors.map(operation.name(), response, bodyText(response));
            }
            scope.answered(operation, response);
            telemetry.end(trace, response.code(), null);
            return response;
        } catch (IOException e) {
            ByteNiteException failure = networkFailure(request, e);
            telemetry.end(trace, 0, failure);
            throw failure;
        } catch (RuntimeException e) {
            telemetry.end(trace, response == null ? 0 : response.code(), e);
            if (response != null) {
                response.close();
            }
            throw e;
        }
    }

    /** The token exchange: credential-free, on its own connection pool, without any call scope. */
    public <T> T exchange(Request request, Gson gson, Type type) {
        return send(CallScope.DEFAULT, clients.tokenExchange(), request, gson, type, Function.<T>identity(), false);
    }

    /**
     * The pool async calls run on when the user gave none: cached daemon threads named
     * {@code bytenite-async-N}, made on first use and shut down by {@link #close()}.
     */
    public synchronized ExecutorService asyncPool() {
        if (asyncPool == null) {
            AtomicInteger count = new AtomicInteger();
            asyncPool = Executors.newCachedThreadPool(task -> {
                Thread thread = new Thread(task, "bytenite-async-" + count.incrementAndGet());
                thread.setDaemon(true);
                return thread;
            });
        }
        return asyncPool;
    }

    @Override
    public void close() {
        synchronized (this) {
            if (asyncPool != null) {
                asyncPool.shutdownNow();
            }
        }
        clients.shutdown();
    }

    private <T, R> R send(CallScope scope, OkHttpClient client, Request request, Gson gson, Type type, Function<T, R> mapper,
            boolean emptyIsFine) {
        Operation operation = request.tag(Operation.class);
        CallTrace trace = telemetry.start(operation, request);
        Call call = client.newCall(request.newBuilder().tag(WholeBody.class, WholeBody.READ).tag(CallTrace.class, trace).build());
        int status = 0;
        Throwable failure = null;
        scope.options().timeout().or(config::callTimeout)
                .ifPresent(t -> call.timeout().timeout(t.toMillis(), TimeUnit.MILLISECONDS));
        scope.started(call);
        try (Response response = call.execute()) {
            status = response.code();
            String body = bodyText(response);
            if (!response.isSuccessful()) {
                throw errors.map(operation.name(), response, body);
            }
            ByteNiteApiException refused = errors.refusal(operation.name(), response, body);
            if (refused != null) {
                throw refused;
            }
            scope.answered(operation, response);
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
            ByteNiteException unanswered = networkFailure(request, e);
            failure = unanswered;
            throw unanswered;
        } catch (RuntimeException | Error e) {
            failure = e;
            throw e;
        } finally {
            telemetry.end(trace, status, failure);
        }
    }

    /**
     * The request {@code source} builds, tagged with its operation (its idempotency overridden when
     * the options say so) and the options, with the options' headers added.
     */
    public Request build(CallScope scope, Operation operation, RequestSource source) {
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
        RequestOptions options = scope.options();
        Operation effective = options.idempotent()
                .map(idempotent -> idempotent ? Operation.idempotent(operation.name()) : Operation.nonIdempotent(operation.name()))
                .orElse(operation);
        Request.Builder tagged = request.newBuilder().tag(Operation.class, effective).tag(RequestOptions.class, options);
        options.headers().forEach(tagged::header);
        return tagged.build();
    }

    private static String bodyText(Response response) throws IOException {
        ResponseBody body = response.body();
        return body == null ? "" : body.string();
    }

    private ByteNiteException networkFailure(Request request, IOException e) {
        Operation operation = request.tag(Operation.class);
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
}
