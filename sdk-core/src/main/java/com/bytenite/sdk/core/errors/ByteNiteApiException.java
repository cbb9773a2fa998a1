package com.bytenite.sdk.core.errors;

import java.util.Optional;

/**
 * The server answered with an error status. Carries the status, the operation, the server's
 * {@code requestId} (quote it to ByteNite support) and the error envelope's code, message and
 * description. Subclasses name the status: catch the one you can handle.
 */
public class ByteNiteApiException extends ByteNiteException {
    private static final long serialVersionUID = 1L;

    private final transient ApiErrorDetails details;

    public ByteNiteApiException(ApiErrorDetails details) {
        this("Unexpected status", details);
    }

    protected ByteNiteApiException(String kind, ApiErrorDetails details) {
        super(details.summary(kind), details.operation().orElse(null), null);
        this.details = details;
    }

    public ApiErrorDetails details() {
        return details;
    }

    public int statusCode() {
        return details.status();
    }

    public Optional<String> requestId() {
        return details.requestId();
    }

    /** {@code error.code} from the envelope. */
    public Optional<Integer> errorCode() {
        return details.errorCode();
    }

    /** {@code error.message} from the envelope, or its top-level {@code message}. */
    public Optional<String> errorMessage() {
        return details.errorMessage().or(details::message);
    }

    /** {@code error.description} from the envelope. */
    public Optional<String> description() {
        return details.description();
    }

    /** True when repeating the same call later may succeed (429 and 5xx). */
    public boolean isTransient() {
        int s = statusCode();
        return s == 429 || s >= 500;
    }
}
