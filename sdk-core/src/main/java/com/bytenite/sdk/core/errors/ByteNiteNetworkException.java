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

    private final boolean requestMayHaveBeenSent;

    public ByteNiteNetworkException(String message, String operation, boolean requestMayHaveBeenSent, Throwable cause) {
        super(message, operation, cause);
        this.requestMayHaveBeenSent = requestMayHaveBeenSent;
    }

    public boolean requestMayHaveBeenSent() {
        return requestMayHaveBeenSent;
    }
}
