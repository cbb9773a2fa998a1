package com.bytenite.sdk.core.spi;

import com.bytenite.sdk.core.RawResponse;
import com.bytenite.sdk.core.RequestOptions;
import com.bytenite.sdk.core.http.ByteNiteHttp;
import com.bytenite.sdk.core.internal.CallCancellation;
import com.bytenite.sdk.core.internal.CallRunner;
import com.bytenite.sdk.core.internal.CallScope;
import com.bytenite.sdk.core.internal.ResponseRecorder;
import com.bytenite.sdk.core.telemetry.BytesTransferred;
import com.google.gson.Gson;
import java.lang.reflect.Type;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import okhttp3.Call;
import okhttp3.OkHttpClient;
import okhttp3.Response;

/**
 * What an SDK module's service is built on: the shared stack's OkHttp clients and call execution,
 * with the {@link RequestOptions} of the view the service belongs to. Services send every call
 * through {@link #execute}, {@link #executeForStatus} or {@link #open}, so that options, raw
 * responses and async cancellation apply to all of them alike. Applications do not need this type.
 *
 * <p>Immutable and thread-safe; {@code with…} methods derive new contexts on the same stack.
 */
public final class ServiceContext {
    private final ByteNiteHttp http;
    private final CallRunner runner;
    private final Map<Class<?>, Object> shared;
    private final CallScope scope;
    /** Null for the stack's own pool, made on first use. */
    private final Executor executor;

    private ServiceContext(ByteNiteHttp http, CallRunner runner, Map<Class<?>, Object> shared, CallScope scope, Executor executor) {
        this.http = http;
        this.runner = runner;
        this.shared = shared;
        this.scope = scope;
        this.executor = executor;
    }

    /**
     * The root context of a stack; made by {@link ByteNiteHttp}, which modules ask with {@link ByteNiteHttp#context()}.
     *
     * @param http the stack whose configuration the services read
     * @param runner sends the stack's calls and owns its clients and default async pool
     * @return a context with {@link RequestOptions#none()}, running async calls on the runner's pool
     * @throws NullPointerException if {@code http} or {@code runner} is null
     */
    public static ServiceContext root(ByteNiteHttp http, CallRunner runner) {
        return new ServiceContext(Objects.requireNonNull(http, "http must not be null"), Objects.requireNonNull(runner, "runner must not be null"),
                new ConcurrentHashMap<>(), CallScope.DEFAULT, null);
    }

    /**
     * The stack this context belongs to, for its configuration ({@code http().config()}).
     *
     * @return the stack, the same for every context derived from this one
     */
    public ByteNiteHttp http() {
        return http;
    }

    /**
     * The options this context applies to every call.
     *
     * @return the merged options; {@link RequestOptions#none()} for a root context
     */
    public RequestOptions options() {
        return scope.options();
    }

    /**
     * This context with {@code options} merged over its own (values set there win; headers add up).
     *
     * @param options the options to merge over this context's
     * @return a new context on the same stack
     * @throws NullPointerException if {@code options} is null
     */
    public ServiceContext withOptions(RequestOptions options) {
        return new ServiceContext(http, runner, shared, scope.withOptions(Objects.requireNonNull(options, "options must not be null")),
                executor);
    }

    /**
     * This context running its async calls on {@code executor}; the caller owns and shuts it down.
     *
     * @param executor runs the calls given to {@link #async}; never shut down by the SDK
     * @return a new context on the same stack
     * @throws NullPointerException if {@code executor} is null
     */
    public ServiceContext withExecutor(Executor executor) {
        return new ServiceContext(http, runner, shared, scope, Objects.requireNonNull(executor, "executor must not be null"));
    }

    /**
     * This context without the raw-response recorder and async cancellation of the call it serves
     * ({@code this} when it has neither), for objects that outlive the call: a job handle's later
     * calls must neither be recorded into a finished raw response nor be cancelled with a finished
     * future.
     *
     * @return a context with the same stack, options and executor but no call hooks
     */
    public ServiceContext withoutCallHooks() {
        CallScope plain = scope.withoutHooks();
        return plain == scope ? this : new ServiceContext(http, runner, shared, plain, executor);
    }

    /**
     * The authenticated client to inject into generated clients. Do not add a call timeout to it.
     *
     * @return the stack's shared client that adds the access token and renews it on a 401
     */
    public OkHttpClient apiClient() {
        return runner.clients().authenticated();
    }

    /**
     * The authenticated client for long-lived streams: its read timeout is the stream idle timeout.
     *
     * @return the stack's shared streaming client
     */
    public OkHttpClient streamingClient() {
        return runner.clients().streaming();
    }

    /**
     * A client without any ByteNite credential, for signed storage URLs (uploads, result
     * downloads). It shares the pool, retries and logging of the others.
     *
     * @return the stack's shared client that never sends the access token
     */
    public OkHttpClient externalClient() {
        return runner.clients().base();
    }

    /**
     * The one instance of {@code type} kept for this stack, made by {@code factory} on first use, for
     * state every service on the stack must share however many views there are (the jobs module's
     * one event stream for all waiters). Callers racing on the first use get the same instance;
     * {@code factory} must not call this method.
     *
     * @param <T> the instance's type
     * @param type the key the instance is kept under, and its class
     * @param factory makes the instance; called again on a later use if it threw or returned null
     * @return the instance kept for this stack
     * @throws NullPointerException if {@code factory} returns null (nothing is kept then)
     */
    public <T> T shared(Class<T> type, Supplier<? extends T> factory) {
        return type.cast(shared.computeIfAbsent(type, t -> Objects.requireNonNull(factory.get(), "factory returned null")));
    }

    /**
     * Sends one request/response call and parses its JSON body into {@code type} with {@code gson}.
     *
     * @param <T> the parsed body's type, matching {@code type}
     * @param operation names the call in errors and logs and says whether it may be retried
     * @param source builds the request, once, before anything is sent
     * @param gson parses the body
     * @param type the body's type; {@code Void.class} ignores the body
     * @return the parsed body, or null for {@code Void.class} or a JSON {@code null} body
     * @throws IllegalArgumentException if {@code source} cannot build the request (nothing was sent)
     * @throws com.bytenite.sdk.core.errors.ByteNiteApiException for an error status, or a success
     *     status whose body is ByteNite's envelope saying {@code "ok": false}
     * @throws com.bytenite.sdk.core.errors.MalformedResponseException for a success status with an
     *     empty or unreadable body
     * @throws com.bytenite.sdk.core.errors.ByteNiteNetworkException if no answer arrived
     *     ({@code ByteNiteTimeoutException} on timeouts)
     */
    public <T> T execute(Operation operation, RequestSource source, Gson gson, Type type) {
        return execute(operation, source, gson, type, Function.<T>identity());
    }

    /**
     * Like {@link #execute(Operation, RequestSource, Gson, Type)}, then turns the parsed body into
     * the caller's value with {@code mapper}. A mapper that rejects the content gives a
     * {@code MalformedResponseException} with the body's excerpt, like a parse failure. The mapper
     * is not called for an empty body.
     *
     * @param <T> the parsed body's type, matching {@code type}
     * @param <R> the value returned
     * @param operation names the call in errors and logs and says whether it may be retried
     * @param source builds the request, once, before anything is sent
     * @param gson parses the body
     * @param type the body's type; {@code Void.class} ignores the body
     * @param mapper turns the parsed body into the value returned; not called for a null body
     * @return the mapper's value, or null for {@code Void.class} or a JSON {@code null} body
     * @throws com.bytenite.sdk.core.errors.MalformedResponseException also when {@code mapper} throws a runtime exception;
     *     other exceptions as in {@link #execute(Operation, RequestSource, Gson, Type)}
     */
    public <T, R> R execute(Operation operation, RequestSource source, Gson gson, Type type, Function<T, R> mapper) {
        return runner.execute(scope, operation, source, gson, type, mapper);
    }

    /**
     * Sends a call whose answer carries nothing the caller needs (the reference shows no body, or
     * an {@code ok} envelope): an empty body or any JSON is success; errors as in {@link #execute}.
     *
     * @param operation names the call in errors and logs and says whether it may be retried
     * @param source builds the request, once, before anything is sent
     * @throws com.bytenite.sdk.core.errors.MalformedResponseException for a success status whose body is
     *     not JSON
     */
    public void executeForStatus(Operation operation, RequestSource source) {
        runner.executeForStatus(scope, operation, source);
    }

    /**
     * Sends a request and returns its successful response unread, for downloads and streams. The
     * caller must close it. Error statuses and failures throw as in {@link #execute}. A timeout in
     * this context's options bounds the whole exchange, body included; the configuration's call
     * timeout does not apply.
     *
     * @param operation names the call in errors and logs and says whether it may be retried
     * @param source builds the request, once, before anything is sent
     * @param client sends it: {@link #apiClient()}, {@link #streamingClient()} or {@link #externalClient()}
     * @return the successful response, its body unread
     */
    public Response open(Operation operation, RequestSource source, OkHttpClient client) {
        return open(operation, source, client, call -> { });
    }

    /**
     * Like {@link #open(Operation, RequestSource, OkHttpClient)}, handing the call to {@code started}
     * before it is sent, so another thread can {@link Call#cancel() cancel} it (a stream being closed).
     *
     * @param operation names the call in errors and logs and says whether it may be retried
     * @param source builds the request, once, before anything is sent
     * @param client sends it: {@link #apiClient()}, {@link #streamingClient()} or {@link #externalClient()}
     * @param started receives the call on this thread before it is sent
     * @return the successful response, its body unread
     */
    public Response open(Operation operation, RequestSource source, OkHttpClient client, Consumer<Call> started) {
        return runner.open(scope, operation, source, client, started);
    }

    /**
     * Reports a finished or failed upload or download to the client's telemetry listener.
     *
     * @param direction upload or download
     * @param name the file's name
     * @param bytes the bytes that moved (0 when a failure left it unknown)
     * @param took how long it took, retries included
     * @param succeeded whether the file arrived whole
     */
    public void reportTransfer(BytesTransferred.Direction direction, String name, long bytes, Duration took, boolean succeeded) {
        runner.telemetry().transferred(direction, name, bytes, took, succeeded);
    }

    /**
     * Reports an event stream about to reconnect to the client's telemetry listener.
     *
     * @param attempt how many reconnections in a row, from 1
     * @param delay the wait before reconnecting
     * @param cause why the stream dropped
     */
    public void reportReconnect(int attempt, Duration delay, Throwable cause) {
        runner.telemetry().reconnecting(attempt, delay, cause);
    }

    /**
     * Runs {@code call} on a service {@code factory} makes over this context, on the executor, and
     * completes the future with its value or with the very exception it threw (not wrapped).
     * Cancelling the future cancels the HTTP call in flight and interrupts any wait; the future
     * then ends with a {@code CancellationException}.
     *
     * @param <S> the service's type
     * @param <T> the call's value type
     * @param factory makes the service over a context derived from this one; runs on this thread
     * @param call runs on the executor with the service
     * @return the call's future; completed exceptionally with a {@code RejectedExecutionException} if
     *     the executor refuses the task
     */
    public <S, T> CompletableFuture<T> async(Function<ServiceContext, S> factory, Function<? super S, ? extends T> call) {
        CallCancellation cancellation = new CallCancellation();
        S service = factory.apply(new ServiceContext(http, runner, shared, scope.cancelledBy(cancellation), executor));
        CompletableFuture<T> future = new CompletableFuture<>();
        future.whenComplete((value, failure) -> {
            if (future.isCancelled()) {
                cancellation.cancel();
            }
        });
        Runnable task = () -> {
            if (!cancellation.begin(Thread.currentThread())) {
                return;
            }
            try {
                future.complete(call.apply(service));
            } catch (RuntimeException | Error e) {
                future.completeExceptionally(e);
            } finally {
                cancellation.end();
            }
        };
        try {
            (executor != null ? executor : runner.asyncPool()).execute(task);
        } catch (RejectedExecutionException e) {
            future.completeExceptionally(e);
        }
        return future;
    }

    /**
     * Runs {@code call} on a service {@code factory} makes over this context, on this thread, and
     * returns its value with what the last answer it received said.
     *
     * @param <S> the service's type
     * @param <T> the call's value type
     * @param factory makes the service over a context derived from this one that records the answers
     * @param call runs with the service; what it throws is thrown as is
     * @return the call's value with the status, headers and request id of the last answer received
     * @throws IllegalStateException if the call sent no request
     */
    public <S, T> RawResponse<T> raw(Function<ServiceContext, S> factory, Function<? super S, ? extends T> call) {
        ResponseRecorder recorder = new ResponseRecorder();
        S service = factory.apply(new ServiceContext(http, runner, shared, scope.recordingInto(recorder), executor));
        return recorder.toRaw(call.apply(service));
    }
}
