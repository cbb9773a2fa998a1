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

    /**
     * An error status without a more specific subclass; the SDK's error mapping picks the subclass.
     *
     * @param details what the answer said
     * @throws NullPointerException if {@code details} is null
     */
    public ByteNiteApiException(ApiErrorDetails details) {
        this("Unexpected status", details);
    }

    /**
     * For subclasses: the message is {@code kind} followed by the status, operation, request,
     * envelope text and request id.
     *
     * @param kind what went wrong in a few words, such as {@code Not found}
     * @param details what the answer said
     * @throws NullPointerException if {@code details} is null
     */
    protected ByteNiteApiException(String kind, ApiErrorDetails details) {
        super(details.summary(kind), details.operation().orElse(null), null);
        this.details = details;
    }

    /**
     * Everything known about the failed call.
     *
     * @return the details; null after Java deserialisation, which does not keep them
     */
    public ApiErrorDetails details() {
        return details;
    }

    /**
     * The HTTP status of the answer.
     *
     * @return the status code
     */
    public int statusCode() {
        return details.status();
    }

    /**
     * The server's id for the request; quote it to ByteNite support.
     *
     * @return the request id, empty when the answer carried none
     */
    public Optional<String> requestId() {
        return details.requestId();
    }

    /**
     * {@code error.code} from the envelope.
     *
     * @return the code, empty when absent
     */
    public Optional<Integer> errorCode() {
        return details.errorCode();
    }

    /**
     * {@code error.message} from the envelope, or its top-level {@code message}.
     *
     * @return the redacted message, empty when the envelope has neither
     */
    public Optional<String> errorMessage() {
        return details.errorMessage().or(details::message);
    }

    /**
     * {@code error.description} from the envelope.
     *
     * @return the redacted description, empty when absent
     */
    public Optional<String> description() {
        return details.description();
    }

    /**
     * Whether repeating the same call later may succeed.
     *
     * @return true for 429 and 5xx
     */
    public boolean isTransient() {
        int s = statusCode();
        return s == 429 || s >= 500;
    }
}
