package com.bytenite.sdk.core.errors;

/** The server said no valid access token (401). The SDK has already renewed the token once and replayed the call once. */
public class AuthenticationException extends ByteNiteApiException {
    private static final long serialVersionUID = 1L;

    /**
     * The SDK's error mapping makes these; tests may too.
     *
     * @param details what the answer said; its status is normally 401
     */
    public AuthenticationException(ApiErrorDetails details) {
        super("Not authenticated", details);
    }
}
