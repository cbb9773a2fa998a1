package com.bytenite.sdk.core.http;

import java.util.Objects;

/**
 * Checks a value bound for a path segment. Generated clients percent-encode {@code /}, {@code ?},
 * {@code #}, spaces and non-ASCII, but a segment that is exactly {@code .} or {@code ..} (encoded
 * or not) is a dot-segment that URL normalisation removes, moving the request to another resource.
 * Such values are refused before any request.
 */
public final class PathParameter {
    private PathParameter() {
    }

    /**
     * @return {@code value}, unchanged
     * @throws NullPointerException if {@code value} is null, naming {@code name}
     * @throws IllegalArgumentException if it is empty, blank, {@code .} or {@code ..}, naming {@code name}
     */
    public static String require(String name, String value) {
        Objects.requireNonNull(value, name + " must not be null");
        if (value.isBlank()) {
            throw new IllegalArgumentException(name + ": expected a non-blank identifier");
        }
        if (value.equals(".") || value.equals("..")) {
            throw new IllegalArgumentException(name + ": '" + value + "' is not a valid identifier (a dot-segment would change the URL path)");
        }
        return value;
    }
}
