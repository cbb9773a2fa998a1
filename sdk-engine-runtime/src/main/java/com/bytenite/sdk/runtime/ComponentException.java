package com.bytenite.sdk.runtime;

/** A component cannot run as set up: a bad environment, bad params, a bad name. The message says which. */
public class ComponentException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * Makes the exception.
     *
     * @param message what is wrong, naming the component and the variable, param or name at fault
     */
    public ComponentException(String message) {
        super(message);
    }

    /**
     * Makes the exception with the failure that revealed the problem.
     *
     * @param message what is wrong, naming the component and the variable, param or name at fault
     * @param cause the underlying failure, such as a JSON parse error
     */
    public ComponentException(String message, Throwable cause) {
        super(message, cause);
    }
}
