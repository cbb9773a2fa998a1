package com.bytenite.sdk.core.errors;

/** The server said the server failed (5xx). The SDK already retried it if the call was safe to repeat. */
public class ServerException extends ByteNiteApiException {
    private static final long serialVersionUID = 1L;

    /**
     * The SDK's error mapping makes these; tests may too.
     *
     * @param details what the answer said; its status is normally 500 or above
     */
    public ServerException(ApiErrorDetails details) {
        super("Server error", details);
    }
}
