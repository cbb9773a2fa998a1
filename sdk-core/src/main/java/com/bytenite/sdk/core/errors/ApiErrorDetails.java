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

    public static Builder builder(int status) {
        return new Builder(status);
    }

    public int status() {
        return status;
    }

    public Optional<String> operation() {
        return Optional.ofNullable(operation);
    }

    /** HTTP method of the failed request. */
    public Optional<String> method() {
        return Optional.ofNullable(method);
    }

    /** Path of the failed request, without its query string. */
    public Optional<String> path() {
        return Optional.ofNullable(path);
    }

    public Optional<String> requestId() {
        return Optional.ofNullable(requestId);
    }

    /** {@code error.code} of the envelope (ByteNite repeats the HTTP status there). */
    public Optional<Integer> errorCode() {
        return Optional.ofNullable(errorCode);
    }

    /** Top-level {@code message} of the envelope. */
    public Optional<String> message() {
        return Optional.ofNullable(message);
    }

    /** {@code error.message} of the envelope. */
    public Optional<String> errorMessage() {
        return Optional.ofNullable(errorMessage);
    }

    /** {@code error.description} of the envelope. */
    public Optional<String> description() {
        return Optional.ofNullable(description);
    }

    /** A short, redacted excerpt of a body that was not the error envelope. */
    public Optional<String> bodyExcerpt() {
        return Optional.ofNullable(bodyExcerpt);
    }

    /** The server's {@code Retry-After}, when it sent one. */
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

        public Builder operation(String operation) {
            this.operation = operation;
            return this;
        }

        public Builder request(String method, String path) {
            this.method = Objects.requireNonNull(method, "method");
            this.path = Objects.requireNonNull(path, "path");
            return this;
        }

        public Builder requestId(String requestId) {
            this.requestId = requestId;
            return this;
        }

        public Builder errorCode(Integer errorCode) {
            this.errorCode = errorCode;
            return this;
        }

        public Builder message(String message) {
            this.message = message;
            return this;
        }

        public Builder errorMessage(String errorMessage) {
            this.errorMessage = errorMessage;
            return this;
        }

        public Builder description(String description) {
            this.description = description;
            return this;
        }

        public Builder bodyExcerpt(String bodyExcerpt) {
            this.bodyExcerpt = bodyExcerpt;
            return this;
        }

        public Builder retryAfter(Duration retryAfter) {
            this.retryAfter = retryAfter;
            return this;
        }

        public ApiErrorDetails build() {
            return new ApiErrorDetails(this);
        }
    }
}
