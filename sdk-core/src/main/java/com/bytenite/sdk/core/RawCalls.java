package com.bytenite.sdk.core;

import com.bytenite.sdk.core.spi.ServiceContext;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A service's calls with their raw responses: every method of the service, through one typed
 * lambda, so each call returns its usual value inside a {@link RawResponse}. From
 * {@link ByteNiteService#withRawResponse()}:
 *
 * <pre>{@code
 * RawResponse<Job> raw = client.jobs().withRawResponse().call(jobs -> jobs.get(jobId));
 * int status = raw.statusCode();
 * }</pre>
 *
 * Errors are thrown exactly as the service method throws them; they carry status and request id
 * themselves.
 *
 * @param <S> the service
 */
public final class RawCalls<S> {
    private final ServiceContext context;
    private final Function<ServiceContext, S> factory;

    RawCalls(ServiceContext context, Function<ServiceContext, S> factory) {
        this.context = context;
        this.factory = factory;
    }

    /**
     * Runs {@code call} on this thread with a service that records its answers.
     *
     * @throws IllegalStateException if the call sent no request (a {@code Pager} sends its requests
     *     only when iterated: iterate inside the lambda)
     */
    public <T> RawResponse<T> call(Function<? super S, ? extends T> call) {
        Objects.requireNonNull(call, "call must not be null");
        return context.raw(factory, call);
    }

    /** {@link #call} for methods that return nothing. */
    public RawResponse<Void> run(Consumer<? super S> call) {
        Objects.requireNonNull(call, "call must not be null");
        return context.raw(factory, service -> {
            call.accept(service);
            return null;
        });
    }
}
