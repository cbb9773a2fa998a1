package com.bytenite.sdk.core.http;

import java.util.Objects;

/** Argument checks every facade makes before sending, with messages that name the field and never echo its value. */
public final class Arguments {
    private Arguments() {
    }

    /**
     * Checks that {@code value} holds text.
     *
     * @param field the name the messages give the value, such as {@code apiKey}
     * @param value the value to check; never echoed in a message
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

    /**
     * Checks a value bound for a path segment. Generated clients percent-encode {@code /}, {@code ?},
     * {@code #}, spaces and non-ASCII, but a segment that is exactly {@code .} or {@code ..} (encoded
     * or not) is a dot-segment that URL normalisation removes, moving the request to another
     * resource: such values are refused before any request.
     *
     * @param field the name the messages give the value, such as {@code id}
     * @param value the value to check
     * @return {@code value}, unchanged
     * @throws NullPointerException if {@code value} is null, naming {@code field}
     * @throws IllegalArgumentException if it is blank, {@code .} or {@code ..}, naming {@code field}
     */
    public static String requirePathSegment(String field, String value) {
        Objects.requireNonNull(value, field + " must not be null");
        if (value.isBlank()) {
            throw new IllegalArgumentException(field + ": expected a non-blank identifier");
        }
        if (value.equals(".") || value.equals("..")) {
            throw new IllegalArgumentException(field + ": '" + value + "' is not a valid identifier (a dot-segment would change the URL path)");
        }
        return value;
    }
}
