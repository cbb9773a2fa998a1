package com.bytenite.sdk.core.errors;

/** The server said the credential may not access this resource (403). */
public class PermissionDeniedException extends ByteNiteApiException {
    private static final long serialVersionUID = 1L;

    /**
     * The SDK's error mapping makes these; tests may too.
     *
     * @param details what the answer said; its status is normally 403
     */
    public PermissionDeniedException(ApiErrorDetails details) {
        super("Permission denied", details);
    }
}
