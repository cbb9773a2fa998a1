package com.bytenite.sdk.core.internal;

import com.bytenite.sdk.core.RequestOptions;
import com.bytenite.sdk.core.RetrySettings;
import com.bytenite.sdk.core.spi.Operation;
import io.github.resilience4j.core.IntervalBiFunction;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.PortUnreachableException;
import java.net.UnknownHostException;
import java.net.UnknownServiceException;
import java.security.cert.CertificateException;
import java.time.Clock;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.net.ssl.SSLPeerUnverifiedException;
import okhttp3.Request;
import okhttp3.Response;

/**
 * The SDK's one answer to "may this failure be retried?", expressed as two Resilience4j
 * configurations.
 *
 * <table>
 *   <caption>Retry table</caption>
 *   <tr><th>failure</th><th>idempotent call</th><th>non-idempotent call</th></tr>
 *   <tr><td>connection not made (refused, unknown host, no route), or a pooled connection found closed by
 *       the server before sending</td><td>retried</td><td>retried: nothing was sent</td></tr>
 *   <tr><td>failure after sending (reset, read timeout, a body cut off)</td><td>retried</td><td>never: the server may have acted</td></tr>
 *   <tr><td>429, 502, 503, 504</td><td>retried, honouring Retry-After</td><td>never</td></tr>
 *   <tr><td>other statuses, certificate errors, cancellation</td><td>never</td><td>never</td></tr>
 * </table>
 *
 * <p>A call is idempotent when its {@link Operation} says so; a request without an operation is
 * idempotent only for GET, HEAD, DELETE and OPTIONS.
 */
final class RetryPolicy {
    private static final Set<Integer> RETRYABLE_STATUSES = Set.of(429, 502, 503, 504);
    private static final Set<String> IDEMPOTENT_METHODS = Set.of("GET", "HEAD", "DELETE", "OPTIONS");

    private final int defaultAttempts;
    private final IntervalBiFunction<Response> interval;
    /** Built on first use per (idempotency, attempts): a call's options may ask for another budget. */
    private final Map<Budget, Retry> retries = new ConcurrentHashMap<>();

    private record Budget(boolean idempotent, int maxAttempts) {
    }

    RetryPolicy(RetrySettings settings, Clock clock) {
        IntervalFunction backoff = settings.jitter() > 0
                ? IntervalFunction.ofExponentialRandomBackoff(settings.initialBackoff(), settings.multiplier(),
                        settings.jitter(), settings.maxBackoff())
                : IntervalFunction.ofExponentialBackoff(settings.initialBackoff(), settings.multiplier(),
                        settings.maxBackoff());
        this.interval = (attempt, outcome) -> {
            if (outcome.isRight()) {
                var retryAfter = RetryAfter.of(outcome.get(), clock);
                if (retryAfter.isPresent()) {
                    return retryAfter.get().toMillis();
                }
            }
            return backoff.apply(attempt);
        };
        this.defaultAttempts = settings.maxAttempts();
    }

    private Retry build(Budget budget) {
        RetryConfig.Builder<Response> config = RetryConfig.<Response>custom()
                .maxAttempts(budget.maxAttempts())
                .intervalBiFunction(interval)
                .failAfterMaxAttempts(false);
        if (budget.idempotent()) {
            config.retryOnResult(r -> RETRYABLE_STATUSES.contains(r.code())).retryOnException(RetryPolicy::isTransientIoFailure);
        } else {
            config.retryOnResult(r -> false).retryOnException(RetryPolicy::failedBeforeSending);
        }
        return Retry.of(budget.idempotent() ? "bytenite-idempotent" : "bytenite-non-idempotent", config.build());
    }

    /** A fresh per-call context that counts attempts and computes each wait. */
    Retry.AsyncContext<Response> contextFor(Request request) {
        RequestOptions options = request.tag(RequestOptions.class);
        int attempts = options == null ? defaultAttempts : options.maxRetries().orElse(defaultAttempts - 1) + 1;
        return retries.computeIfAbsent(new Budget(isIdempotent(request), attempts), this::build).asyncContext();
    }

    static boolean isIdempotent(Request request) {
        Operation op = request.tag(Operation.class);
        return op != null ? op.isIdempotent() : IDEMPOTENT_METHODS.contains(request.method());
    }

    /** True when the connection was never established or found closed before sending, so the server cannot have seen the request. */
    static boolean failedBeforeSending(Throwable e) {
        return e instanceof StaleConnectionException
                || e instanceof ConnectException
                || e instanceof UnknownHostException
                || e instanceof NoRouteToHostException
                || e instanceof PortUnreachableException;
    }

    private static boolean isTransientIoFailure(Throwable e) {
        if (!(e instanceof IOException) || e instanceof UnknownServiceException || e instanceof SSLPeerUnverifiedException) {
            return false;
        }
        if (e instanceof InterruptedIOException && "Canceled".equals(e.getMessage())) {
            return false;
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof CertificateException) {
                return false;
            }
        }
        return true;
    }
}
