package com.bytenite.sdk.core.errors;

/** The server answered with an error status the API reference does not describe. */
public class UnexpectedStatusException extends ByteNiteApiException {
    private static final long serialVersionUID = 1L;

    public UnexpectedStatusException(ApiErrorDetails details) {
        super("Unexpected status", details);
    }
}
