package com.bytenite.sdk.core.errors;

/** A connect, read, write or whole-call timeout expired before the answer arrived. */
public class ByteNiteTimeoutException extends ByteNiteNetworkException {
    private static final long serialVersionUID = 1L;

    public ByteNiteTimeoutException(String message, String operation, boolean requestMayHaveBeenSent, Throwable cause) {
        super(message, operation, requestMayHaveBeenSent, cause);
    }
}
