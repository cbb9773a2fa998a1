package com.bytenite.sdk.core.internal;

import com.bytenite.sdk.core.RawResponse;
import com.bytenite.sdk.core.spi.Operation;
import java.util.List;
import java.util.Map;
import okhttp3.Response;

/** Keeps what the last answer of one raw-response call said, to pair it with the call's value. Thread-safe. */
public final class ResponseRecorder {
    private String operation;
    private int statusCode;
    private Map<String, List<String>> headers;
    private String requestId;

    synchronized void record(Operation operation, Response response) {
        this.operation = operation.name();
        this.statusCode = response.code();
        this.headers = response.headers().toMultimap();
        this.requestId = ErrorMapper.requestIdHeader(response);
    }

    /**
     * {@code value} with the last answer recorded.
     *
     * @throws IllegalStateException if the call sent no request (a pager sends its requests only when iterated)
     */
    public synchronized <T> RawResponse<T> toRaw(T value) {
        if (operation == null) {
            throw new IllegalStateException("the call sent no request, so there is no response to report"
                    + " (a Pager sends its requests when iterated: iterate it inside the call)");
        }
        return RawResponse.of(operation, statusCode, headers, requestId, value);
    }
}
