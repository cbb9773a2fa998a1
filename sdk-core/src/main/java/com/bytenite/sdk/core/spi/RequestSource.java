package com.bytenite.sdk.core.spi;

import okhttp3.Request;

/**
 * Builds the request of one call, typically from a generated client:
 * {@code () -> jobsApi.getJobCall(jobId, null).request()}. Exceptions it throws (the generated
 * client's checked ones included) become {@link IllegalArgumentException}s: they mean the
 * arguments could not form a request, and nothing was sent.
 */
@FunctionalInterface
public interface RequestSource {
    /**
     * Builds the request.
     *
     * @return the request to send
     * @throws Exception if the arguments cannot form a request; nothing is sent
     */
    Request build() throws Exception;
}
