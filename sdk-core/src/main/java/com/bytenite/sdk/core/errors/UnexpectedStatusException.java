package com.bytenite.sdk.core.errors;

/**
 * The server answered with an error status the API reference does not describe, or with a success
 * status and ByteNite's error envelope saying {@code "ok": false}.
 */
public class UnexpectedStatusException extends ByteNiteApiException {
    private static final long serialVersionUID = 1L;

    /**
     * The SDK's error mapping makes these; tests may too.
     *
     * @param details what the answer said, with its status (200 for an {@code "ok": false} answer)
     */
    public UnexpectedStatusException(ApiErrorDetails details) {
        super("Unexpected status", details);
    }
}
