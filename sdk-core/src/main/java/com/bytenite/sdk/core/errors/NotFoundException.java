package com.bytenite.sdk.core.errors;

/** The server said the resource does not exist (404), or the route is unknown to this server. */
public class NotFoundException extends ByteNiteApiException {
    private static final long serialVersionUID = 1L;

    /**
     * The SDK's error mapping makes these; tests may too.
     *
     * @param details what the answer said; its status is normally 404
     */
    public NotFoundException(ApiErrorDetails details) {
        super("Not found", details);
    }
}
