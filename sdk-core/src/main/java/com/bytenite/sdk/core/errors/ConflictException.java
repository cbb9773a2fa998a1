package com.bytenite.sdk.core.errors;

/** The server said the request conflicts with the resource's current state (409). */
public class ConflictException extends ByteNiteApiException {
    private static final long serialVersionUID = 1L;

    public ConflictException(ApiErrorDetails details) {
        super("Conflict", details);
    }
}
