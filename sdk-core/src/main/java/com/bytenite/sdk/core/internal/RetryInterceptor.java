package com.bytenite.sdk.core.internal;

import com.bytenite.sdk.core.RetrySettings;
import com.bytenite.sdk.core.http.Sleeper;
import com.bytenite.sdk.core.spi.Operation;
import io.github.resilience4j.retry.Retry;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Repeats a call while {@link RetryPolicy} allows it, waiting with the injected {@link Sleeper}.
 * Resilience4j counts attempts and computes waits (backoff with jitter, or {@code Retry-After});
 * this class adds the total-time budget and closes every response it discards. A request tagged
 * {@link WholeBody} has its answer read here, so a body cut off mid-way counts as a failed
 * attempt; a connection found closed before sending is replaced at once, without a backoff.
 */
final class RetryInterceptor implements Interceptor {
    private static final Logger LOG = LoggerFactory.getLogger("com.bytenite.sdk.http");

    private final RetryPolicy policy;
    private final Duration maxTotalTime;
    private final Clock clock;
    private final Sleeper sleeper;
    private final Redactor redactor;
    private final Telemetry telemetry;

    RetryInterceptor(RetrySettings settings, Clock clock, Sleeper sleeper, Redactor redactor, Telemetry telemetry) {
        this.policy = new RetryPolicy(settings, clock);
        this.maxTotalTime = settings.maxTotalTime();
        this.clock = clock;
        this.sleeper = sleeper;
        this.redactor = redactor;
        this.telemetry = telemetry;
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        Request request = chain.request();
        Retry.AsyncContext<Response> context = policy.contextFor(request);
        Instant started = clock.instant();
        CallTrace trace = request.tag(CallTrace.class);
        for (int attempt = 1; ; attempt++) {
            if (trace != null) {
                trace.attempted();
            }
            Response response;
            try {
                response = readWhole(chain.proceed(request));
            } catch (IOException e) {
                long waitMillis = context.onError(e);
                if (e instanceof StaleConnectionException && waitMillis > 0) {
                    waitMillis = 0; // nothing was sent: a new connection can go at once
                }
                if (!mayRetry(chain, started, waitMillis)) {
                    throw e;
                }
                scheduled(request, trace, attempt, e.getClass().getSimpleName(), waitMillis);
                pause(waitMillis);
                continue;
            }
            long waitMillis = context.onResult(response);
            if (!mayRetry(chain, started, waitMillis)) {
                context.onComplete();
                return response;
            }
            scheduled(request, trace, attempt, "HTTP " + response.code(), waitMillis);
            response.close();
            pause(waitMillis);
        }
    }

    /** The response with its body read into memory when the request asks for it; a failed read throws. */
    private static Response readWhole(Response response) throws IOException {
        ResponseBody body = response.body();
        if (response.request().tag(WholeBody.class) == null || body == null) {
            return response;
        }
        try (response) {
            byte[] bytes = body.bytes();
            return response.newBuilder().body(ResponseBody.create(bytes, body.contentType())).build();
        }
    }

    private boolean mayRetry(Chain chain, Instant started, long waitMillis) {
        if (waitMillis < 0 || chain.call().isCanceled()) {
            return false;
        }
        Duration elapsedAfterWait = Duration.between(started, clock.instant()).plusMillis(waitMillis);
        return elapsedAfterWait.compareTo(maxTotalTime) <= 0;
    }

    private void pause(long waitMillis) throws InterruptedIOException {
        try {
            sleeper.sleep(Duration.ofMillis(waitMillis));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while waiting to retry");
        }
    }

    private void scheduled(Request request, CallTrace trace, int attempt, String failure, long waitMillis) {
        if (trace != null) {
            telemetry.retry(trace, attempt, failure, waitMillis);
        }
        log(request, attempt, failure, waitMillis);
    }

    private void log(Request request, int attempt, String failure, long waitMillis) {
        if (LOG.isDebugEnabled()) {
            Operation op = request.tag(Operation.class);
            LOG.debug("{} {} ({}) attempt {} failed with {}; retrying in {} ms", request.method(),
                    redactor.url(request.url()), op == null ? "untagged" : op.name(), attempt, failure, waitMillis);
        }
    }
}
