package com.bytenite.sdk.core;

import com.bytenite.sdk.core.spi.ServiceContext;
import java.util.Objects;
import java.util.function.Function;

/**
 * What every resource service of the SDK offers besides its own calls: a view with other
 * {@link RequestOptions}, the same calls with their raw responses, and the same calls run
 * asynchronously.
 *
 * <pre>{@code
 * Job job = client.jobs().withOptions(RequestOptions.builder().maxRetries(0).build()).get(id);
 * RawResponse<Job> raw = client.jobs().withRawResponse().call(jobs -> jobs.get(id));
 * CompletableFuture<Job> later = client.jobs().async().call(jobs -> jobs.get(id));
 * }</pre>
 *
 * <p>Services are immutable and thread-safe; derived views share the client's connections, token
 * and threads.
 *
 * @param <S> the service type itself
 */
public abstract class ByteNiteService<S extends ByteNiteService<S>> {
    private final ServiceContext context;
    private final Function<ServiceContext, S> factory;

    /**
     * A service sending its calls through {@code context}.
     *
     * @param context the shared HTTP stack and the options of this view
     * @param factory makes this same service over another context; the views above use it
     * @throws NullPointerException if {@code context} or {@code factory} is null
     */
    protected ByteNiteService(ServiceContext context, Function<ServiceContext, S> factory) {
        this.context = Objects.requireNonNull(context, "context must not be null");
        this.factory = Objects.requireNonNull(factory, "factory must not be null");
    }

    /**
     * What the calls are sent through.
     *
     * @return this service's context
     */
    protected final ServiceContext context() {
        return context;
    }

    /**
     * The options applied to this view's calls ({@link RequestOptions#none()} unless derived).
     *
     * @return this view's options
     */
    public final RequestOptions options() {
        return context.options();
    }

    /**
     * This service with {@code options} applied to every call, merged over this view's own (values
     * set in {@code options} win; headers add up). This service is unchanged.
     *
     * @param options the options to merge over this view's own
     * @return a new view of this service
     * @throws NullPointerException if {@code options} is null
     */
    public final S withOptions(RequestOptions options) {
        return factory.apply(context.withOptions(Objects.requireNonNull(options, "options must not be null")));
    }

    /**
     * This service's calls, each with the status, headers and request id of its answer.
     *
     * @return the raw-response view of this service, with this view's options
     */
    public final RawCalls<S> withRawResponse() {
        return new RawCalls<>(context, factory);
    }

    /**
     * This service's calls run on the client's async executor (see
     * {@code ByteNiteClient.Builder#asyncExecutor}), returning {@code CompletableFuture}s.
     *
     * @return the asynchronous view of this service, with this view's options
     */
    public final AsyncCalls<S> async() {
        return new AsyncCalls<>(context, factory);
    }
}
