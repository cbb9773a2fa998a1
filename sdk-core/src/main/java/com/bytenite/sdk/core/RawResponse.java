package com.bytenite.sdk.core;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A call's parsed value together with what the HTTP answer said about it: status, headers and the
 * server's request id. From {@code withRawResponse()} on any service:
 *
 * <pre>{@code
 * RawResponse<Job> raw = client.jobs().withRawResponse().call(jobs -> jobs.get(jobId));
 * log.info("job {} served as request {}", raw.value().id(), raw.requestId().orElse("-"));
 * }</pre>
 *
 * <p>When one method sends several requests (a fallback route, a download per file), this
 * describes the last answer it received. Immutable.
 *
 * @param <T> the value the service method returns ({@code Void} for methods returning nothing)
 */
public final class RawResponse<T> {
    private final String operation;
    private final int statusCode;
    private final Map<String, List<String>> headers;
    private final String requestId;
    private final T value;

    private RawResponse(String operation, int statusCode, Map<String, List<String>> headers, String requestId, T value) {
        this.operation = Objects.requireNonNull(operation, "operation must not be null");
        this.statusCode = statusCode;
        TreeMap<String, List<String>> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.forEach((name, values) -> copy.put(name, List.copyOf(values)));
        this.headers = Collections.unmodifiableMap(copy);
        this.requestId = requestId;
        this.value = value;
    }

    /**
     * A raw response; the SDK makes these, tests may too.
     *
     * @param <T> the type of the value
     * @param operation the operation's name, such as {@code customer.getJob}
     * @param statusCode the HTTP status of the answer
     * @param headers the answer's headers; copied, names then compared case-insensitively
     * @param requestId null when the answer carried none
     * @param value null for methods returning nothing
     * @return a new, immutable raw response
     * @throws NullPointerException if {@code operation} or {@code headers} is null
     */
    public static <T> RawResponse<T> of(String operation, int statusCode, Map<String, List<String>> headers, String requestId, T value) {
        return new RawResponse<>(operation, statusCode, Objects.requireNonNull(headers, "headers must not be null"), requestId, value);
    }

    /**
     * The operation of the last request, such as {@code customer.getJob}.
     *
     * @return the operation's name
     */
    public String operation() {
        return operation;
    }

    /**
     * The HTTP status of the last answer.
     *
     * @return the status code, such as 200
     */
    public int statusCode() {
        return statusCode;
    }

    /**
     * Every response header, names compared case-insensitively, values in the order received.
     *
     * @return an immutable map of header name to values
     */
    public Map<String, List<String>> headers() {
        return headers;
    }

    /**
     * The first value of header {@code name}, compared case-insensitively.
     *
     * @param name the header's name
     * @return the header's first value, empty when the answer did not carry it
     * @throws NullPointerException if {@code name} is null
     */
    public Optional<String> header(String name) {
        List<String> values = headers.get(Objects.requireNonNull(name, "name must not be null"));
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    /**
     * The id the server gave this request ({@code X-Request-Id} or a similar header; ByteNite does
     * not document which it sends), for support tickets and log correlation.
     *
     * @return the request id, empty when the answer carried none
     */
    public Optional<String> requestId() {
        return Optional.ofNullable(requestId);
    }

    /**
     * What the service method returned.
     *
     * @return the value, null for methods returning nothing
     */
    public T value() {
        return value;
    }

    /** Operation, status and request id; headers and value are left out, as they may carry signed links. */
    @Override
    public String toString() {
        return "RawResponse{" + operation + ", status=" + statusCode + ", requestId=" + requestId + '}';
    }
}
