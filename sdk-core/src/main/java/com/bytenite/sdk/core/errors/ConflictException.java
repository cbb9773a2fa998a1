package com.bytenite.sdk.core.errors;

/** The server said the request conflicts with the resource's current state (409). */
public class ConflictException extends ByteNiteApiException {
    private static final long serialVersionUID = 1L;

    /**
     * The SDK's error mapping makes these; tests may too.
     *
     * @param details what the answer said; its status is normally 409
     */
    public ConflictException(ApiErrorDetails details) {
        super("Conflict", details);
    }
}
