package com.bytenite.sdk.core.errors;

import java.util.Optional;

/** Root of every exception the SDK throws about a call to ByteNite. */
public class ByteNiteException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The SDK's name of the operation that failed, or null when not known. */
    private final String operation;

    /**
     * An exception about a call.
     *
     * @param message what went wrong; must hold no credential (the SDK redacts its own messages)
     * @param operation the SDK's name of the operation, or null when not known
     * @param cause the underlying failure, or null
     */
    public ByteNiteException(String message, String operation, Throwable cause) {
        super(message, cause);
        this.operation = operation;
    }

    /**
     * The SDK's name of the operation that failed, such as {@code customer.getJob}, when known.
     *
     * @return the operation, empty when not known
     */
    public Optional<String> operation() {
        return Optional.ofNullable(operation);
    }
}
