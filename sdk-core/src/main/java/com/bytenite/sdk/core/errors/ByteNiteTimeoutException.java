package com.bytenite.sdk.core.errors;

/** A connect, read, write or whole-call timeout expired before the answer arrived. */
public class ByteNiteTimeoutException extends ByteNiteNetworkException {
    private static final long serialVersionUID = 1L;

    /**
     * The SDK's call execution makes these; tests may too.
     *
     * @param message which timeout expired, with no credential in it
     * @param operation the SDK's name of the operation, or null when not known
     * @param requestMayHaveBeenSent whether the server may have received and acted on the request
     * @param cause the timeout as OkHttp or the JDK reported it, or null
     */
    public ByteNiteTimeoutException(String message, String operation, boolean requestMayHaveBeenSent, Throwable cause) {
        super(message, operation, requestMayHaveBeenSent, cause);
    }
}
