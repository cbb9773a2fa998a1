package com.bytenite.sdk.core.errors;

import java.util.Optional;

/** Root of every exception the SDK throws about a call to ByteNite. */
public class ByteNiteException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String operation;

    public ByteNiteException(String message, String operation, Throwable cause) {
        super(message, cause);
        this.operation = operation;
    }

    /** The SDK's name of the operation that failed, such as {@code customer.getJob}, when known. */
    public Optional<String> operation() {
        return Optional.ofNullable(operation);
    }
}
