package com.bytenite.sdk.core.errors;

/** The server said the request was malformed or failed validation (400). */
public class BadRequestException extends ByteNiteApiException {
    private static final long serialVersionUID = 1L;

    /**
     * The SDK's error mapping makes these; tests may too.
     *
     * @param details what the answer said; its status is normally 400
     */
    public BadRequestException(ApiErrorDetails details) {
        super("Bad request", details);
    }
}
