package com.bytenite.sdk.core.errors;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * What is known about one failed call: the HTTP status, the operation, and the fields of ByteNite's
 * error envelope {@code {"ok": false, "requestId", "message", "error": {"code", "message",
 * "description"}}}. Any field the server left out is empty. The body excerpt is present only when
 * the body was not the envelope; it is short and already redacted.
 */
public final class ApiErrorDetails {
    private final int status;
    private final String operation;
    private final String method;
    private final String path;
    private final String requestId;
    private final Integer errorCode;
    private final String message;
    private final String errorMessage;
    private final String description;
    private final String bodyExcerpt;
    private final Duration retryAfter;

    private ApiErrorDetails(Builder b) {
        this.status = b.status;
        this.operation = b.operation;
        this.method = b.method;
        this.path = b.path;
        this.requestId = b.requestId;
        this.errorCode = b.errorCode;
        this.message = b.message;
        this.errorMessage = b.errorMessage;
        this.description = b.description;
        this.bodyExcerpt = b.bodyExcerpt;
        this.retryAfter = b.retryAfter;
    }

    /**
     * Starts the details of a failed call.
     *
     * @param status the HTTP status of the answer
     * @return a new builder with every other field unset
     */
    public static Builder builder(int status) {
        return new Builder(status);
    }

    /**
     * The HTTP status of the answer.
     *
     * @return the status code, such as 404
     */
    public int status() {
        return status;
    }

    /**
     * The SDK's name of the operation that failed, such as {@code customer.getJob}.
     *
     * @return the operation, empty when not known
     */
    public Optional<String> operation() {
        return Optional.ofNullable(operation);
    }

    /**
     * HTTP method of the failed request.
     *
     * @return the method, such as {@code GET}, empty when not known
     */
    public Optional<String> method() {
        return Optional.ofNullable(method);
    }

    /**
     * Path of the failed request, without its query string.
     *
     * @return the redacted path, empty when not known
     */
    public Optional<String> path() {
        return Optional.ofNullable(path);
    }

    /**
     * The server's id for the request, to quote to ByteNite support: the envelope's {@code requestId},
     * else a request-id header of the answer.
     *
     * @return the request id, empty when the answer carried none
     */
    public Optional<String> requestId() {
        return Optional.ofNullable(requestId);
    }

    /**
     * {@code error.code} of the envelope (ByteNite repeats the HTTP status there).
     *
     * @return the code, empty when absent or not an integer
     */
    public Optional<Integer> errorCode() {
        return Optional.ofNullable(errorCode);
    }

    /**
     * Top-level {@code message} of the envelope.
     *
     * @return the redacted message, empty when absent
     */
    public Optional<String> message() {
        return Optional.ofNullable(message);
    }

    /**
     * {@code error.message} of the envelope.
     *
     * @return the redacted message, empty when absent
     */
    public Optional<String> errorMessage() {
        return Optional.ofNullable(errorMessage);
    }

    /**
     * {@code error.description} of the envelope.
     *
     * @return the redacted description, empty when absent
     */
    public Optional<String> description() {
        return Optional.ofNullable(description);
    }

    /**
     * A short, redacted excerpt of a body that was not the error envelope.
     *
     * @return the excerpt, empty when the body was the envelope
     */
    public Optional<String> bodyExcerpt() {
        return Optional.ofNullable(bodyExcerpt);
    }

    /**
     * The server's {@code Retry-After}, when it sent one.
     *
     * @return the wait the server asked for, empty when it sent none
     */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }

    String summary(String kind) {
        StringBuilder sb = new StringBuilder(kind).append(" (HTTP ").append(status).append(')');
        if (operation != null) {
            sb.append(" in ").append(operation);
        }
        if (method != null && path != null) {
            sb.append(" [").append(method).append(' ').append(path).append(']');
        }
        String text = joinNonBlank(message, errorMessage, description);
        if (!text.isEmpty()) {
            sb.append(": ").append(text);
        }
        if (bodyExcerpt != null) {
            sb.append(": body was not the error envelope: \"").append(bodyExcerpt).append('"');
        }
        sb.append(" (requestId ").append(requestId == null ? "absent" : requestId).append(')');
        return sb.toString();
    }

    private static String joinNonBlank(String... parts) {
        StringBuilder sb = new StringBuilder();
        for (String part : parts) {
            if (part != null && !part.isBlank() && sb.indexOf(part) < 0) {
                if (sb.length() > 0) {
                    sb.append(" - ");
                }
                sb.append(part);
            }
        }
        return sb.toString();
    }

    /** Builder used by the SDK's error mapping and by tests. */
    public static final class Builder {
        private final int status;
        private String operation;
        private String method;
        private String path;
        private String requestId;
        private Integer errorCode;
        private String message;
        private String errorMessage;
        private String description;
        private String bodyExcerpt;
        private Duration retryAfter;

        private Builder(int status) {
            this.status = status;
        }

        /**
         * The SDK's name of the operation that failed.
         *
         * @param operation the operation, such as {@code customer.getJob}, or null when not known
         * @return this builder
         */
        public Builder operation(String operation) {
            this.operation = operation;
            return this;
        }

        /**
         * The failed request's method and path.
         *
         * @param method the HTTP method, such as {@code GET}
         * @param path the path without its query string, already redacted
         * @return this builder
         * @throws NullPointerException if {@code method} or {@code path} is null
         */
        public Builder request(String method, String path) {
            this.method = Objects.requireNonNull(method, "method");
            this.path = Objects.requireNonNull(path, "path");
            return this;
        }

        /**
         * The server's id for the request.
         *
         * @param requestId the request id, or null when the answer carried none
         * @return this builder
         */
        public Builder requestId(String requestId) {
            this.requestId = requestId;
            return this;
        }

        /**
         * The envelope's {@code error.code}.
         *
         * @param errorCode the code, or null when absent
         * @return this builder
         */
        public Builder errorCode(Integer errorCode) {
            this.errorCode = errorCode;
            return this;
        }

        /**
         * The envelope's top-level {@code message}; not redacted here, so pass it redacted.
         *
         * @param message the message, or null when absent
         * @return this builder
         */
        public Builder message(String message) {
            this.message = message;
            return this;
        }

        /**
         * The envelope's {@code error.message}; not redacted here, so pass it redacted.
         *
         * @param errorMessage the message, or null when absent
         * @return this builder
         */
        public Builder errorMessage(String errorMessage) {
            this.errorMessage = errorMessage;
            return this;
        }

        /**
         * The envelope's {@code error.description}; not redacted here, so pass it redacted.
         *
         * @param description the description, or null when absent
         * @return this builder
         */
        public Builder description(String description) {
            this.description = description;
            return this;
        }

        /**
         * An excerpt of a body that was not the envelope; not redacted here, so pass it short and redacted.
         *
         * @param bodyExcerpt the excerpt, or null when the body was the envelope
         * @return this builder
         */
        public Builder bodyExcerpt(String bodyExcerpt) {
            this.bodyExcerpt = bodyExcerpt;
            return this;
        }

        /**
         * The server's {@code Retry-After}.
         *
         * @param retryAfter the wait the server asked for, or null when it sent none
         * @return this builder
         */
        public Builder retryAfter(Duration retryAfter) {
            this.retryAfter = retryAfter;
            return this;
        }

        /**
         * Builds the details from the values set so far.
         *
         * @return new, immutable details
         */
        public ApiErrorDetails build() {
            return new ApiErrorDetails(this);
        }
    }
}
