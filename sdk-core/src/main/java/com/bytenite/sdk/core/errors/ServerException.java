package com.bytenite.sdk.core.errors;

/** The server said the server failed (5xx). The SDK already retried it if the call was safe to repeat. */
public class ServerException extends ByteNiteApiException {
    private static final long serialVersionUID = 1L;

    public ServerException(ApiErrorDetails details) {
        super("Server error", details);
    }
}
