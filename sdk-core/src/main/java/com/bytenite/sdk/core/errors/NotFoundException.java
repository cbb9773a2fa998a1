package com.bytenite.sdk.core.errors;

/** The server said the resource does not exist (404), or the route is unknown to this server. */
public class NotFoundException extends ByteNiteApiException {
    private static final long serialVersionUID = 1L;

    public NotFoundException(ApiErrorDetails details) {
        super("Not found", details);
    }
}
