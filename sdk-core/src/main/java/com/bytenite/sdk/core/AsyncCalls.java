package com.bytenite.sdk.core;

import com.bytenite.sdk.core.spi.ServiceContext;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A service's calls run asynchronously: every method of the service, through one typed lambda, on
 * the client's async executor. From {@link ByteNiteService#async()}:
 *
 * <pre>{@code
 * CompletableFuture<Job> done = client.jobs().async().call(jobs -> jobs.awaitCompletion(id, Duration.ofMinutes(10)));
 * done.cancel(true); // stops the wait and the HTTP call in flight
 * }</pre>
 *
 * <p>The future completes with the method's value, or exceptionally with the very exception the
 * method throws (a {@code NotFoundException}, say), not a wrapper; {@code join()} and {@code get()}
 * wrap it as the JDK always does. Cancelling the future cancels the HTTP call in flight and
 * interrupts the waits between retries and polls. The default executor is a cached pool of daemon
 * threads named {@code bytenite-async-N}, shut down when the client is closed.
 *
 * @param <S> the service
 */
public final class AsyncCalls<S> {
    private final ServiceContext context;
    private final Function<ServiceContext, S> factory;

    AsyncCalls(ServiceContext context, Function<ServiceContext, S> factory) {
        this.context = context;
        this.factory = factory;
    }

    /**
     * Runs {@code call} on the executor; the argument checks of the method run there too.
     *
     * @param <T> what the service method returns
     * @param call calls one method of the service it is given, such as {@code jobs -> jobs.get(id)}
     * @return a future completed with the method's value or, exceptionally, with the exception it threw
     * @throws NullPointerException if {@code call} is null
     */
    public <T> CompletableFuture<T> call(Function<? super S, ? extends T> call) {
        Objects.requireNonNull(call, "call must not be null");
        return context.async(factory, call);
    }

    /**
     * {@link #call} for methods that return nothing.
     *
     * @param call calls one method of the service it is given
     * @return a future completed with null once the method returns, or exceptionally with the exception it threw
     * @throws NullPointerException if {@code call} is null
     */
    public CompletableFuture<Void> run(Consumer<? super S> call) {
        Objects.requireNonNull(call, "call must not be null");
        return context.async(factory, service -> {
            call.accept(service);
            return null;
        });
    }
}
