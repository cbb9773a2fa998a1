package com.bytenite.sdk.core.errors;

/** The server said the request was malformed or failed validation (400). */
public class BadRequestException extends ByteNiteApiException {
    private static final long serialVersionUID = 1L;

    public BadRequestException(ApiErrorDetails details) {
        super("Bad request", details);
    }
}
