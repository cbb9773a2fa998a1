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
     * @param <T> what the service method returns
     * @param call calls one method of the service it is given, such as {@code jobs -> jobs.get(id)}
     * @return the method's value with the status, headers and request id of the last answer it received
     * @throws NullPointerException if {@code call} is null
     * @throws IllegalStateException if the call sent no request (a {@code Pager} sends its requests
     *     only when iterated: iterate inside the lambda)
     */
    public <T> RawResponse<T> call(Function<? super S, ? extends T> call) {
        Objects.requireNonNull(call, "call must not be null");
        return context.raw(factory, call);
    }

    /**
     * {@link #call} for methods that return nothing.
     *
     * @param call calls one method of the service it is given
     * @return the status, headers and request id of the last answer, with a null value
     * @throws NullPointerException if {@code call} is null
     * @throws IllegalStateException if the call sent no request
     */
    public RawResponse<Void> run(Consumer<? super S> call) {
        Objects.requireNonNull(call, "call must not be null");
        return context.raw(factory, service -> {
            call.accept(service);
            return null;
        });
    }
}
