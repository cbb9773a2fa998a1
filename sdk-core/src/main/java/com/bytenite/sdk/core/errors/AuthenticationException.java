package com.bytenite.sdk.core.errors;

/** The server said no valid access token (401). The SDK has already renewed the token once and replayed the call once. */
public class AuthenticationException extends ByteNiteApiException {
    private static final long serialVersionUID = 1L;

    public AuthenticationException(ApiErrorDetails details) {
        super("Not authenticated", details);
    }
}
