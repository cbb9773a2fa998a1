package com.bytenite.sdk.runtime;

/** A component cannot run as set up: a bad environment, bad params, a bad name. The message says which. */
public class ComponentException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ComponentException(String message) {
        super(message);
    }

    public ComponentException(String message, Throwable cause) {
        super(message, cause);
    }
}
