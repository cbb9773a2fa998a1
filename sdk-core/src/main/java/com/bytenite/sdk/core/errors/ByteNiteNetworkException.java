package com.bytenite.sdk.core.errors;

/**
 * No usable answer arrived: the connection could not be made, broke, or was reset.
 *
 * <p>{@link #requestMayHaveBeenSent()} tells whether the server may have received and acted on the
 * request. When it is true for a call that creates something (job create, run, coupon redeem), the
 * outcome is unknown: look the resource up before trying again.
 */
public class ByteNiteNetworkException extends ByteNiteException {
    private static final long serialVersionUID = 1L;

    /** Whether the server may have received the request; see {@link #requestMayHaveBeenSent()}. */
    private final boolean requestMayHaveBeenSent;

    /**
     * The SDK's call execution makes these; tests may too.
     *
     * @param message what went wrong, with no credential in it
     * @param operation the SDK's name of the operation, or null when not known
     * @param requestMayHaveBeenSent whether the server may have received and acted on the request
     * @param cause the I/O failure, or null
     */
    public ByteNiteNetworkException(String message, String operation, boolean requestMayHaveBeenSent, Throwable cause) {
        super(message, operation, cause);
        this.requestMayHaveBeenSent = requestMayHaveBeenSent;
    }

    /**
     * Whether the server may have received and acted on the request. False means no connection was
     * made (refused, unknown host, no route), so the server never saw the request.
     *
     * @return true when the outcome of the call is unknown
     */
    public boolean requestMayHaveBeenSent() {
        return requestMayHaveBeenSent;
    }
}
