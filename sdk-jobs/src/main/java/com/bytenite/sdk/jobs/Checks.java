package com.bytenite.sdk.jobs;

import java.util.Objects;

/** Argument checks shared by this package, with messages naming the field. */
final class Checks {
    private Checks() {
    }

    static String requireText(String field, String value) {
        Objects.requireNonNull(value, field + " must not be null");
        if (value.isBlank()) {
            throw new IllegalArgumentException(field + ": expected a non-blank value");
        }
        return value;
    }
}
