package com.bytenite.sdk.core.http;

import java.util.Objects;

/** Argument checks every facade makes before sending, with messages that name the field and never echo its value. */
public final class Arguments {
    private Arguments() {
    }

    /**
     * @return {@code value}, unchanged
     * @throws NullPointerException if {@code value} is null, naming {@code field}
     * @throws IllegalArgumentException if it is blank, naming {@code field}
     */
    public static String requireText(String field, String value) {
        Objects.requireNonNull(value, field + " must not be null");
        if (value.isBlank()) {
            throw new IllegalArgumentException(field + ": expected a non-blank value");
        }
        return value;
    }
}
