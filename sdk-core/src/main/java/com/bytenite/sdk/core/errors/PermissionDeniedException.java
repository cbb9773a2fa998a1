package com.bytenite.sdk.core.errors;

/** The server said the credential may not access this resource (403). */
public class PermissionDeniedException extends ByteNiteApiException {
    private static final long serialVersionUID = 1L;

    public PermissionDeniedException(ApiErrorDetails details) {
        super("Permission denied", details);
    }
}
