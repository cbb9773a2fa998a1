package com.bytenite.sdk.core;

import java.time.Duration;
import java.util.Objects;

/** Validation shared by the configuration builders. */
final class Durations {
    private Durations() {
    }

    static Duration positive(String field, Duration value) {
        Objects.requireNonNull(value, field + " must not be null");
        if (value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(field + ": expected a positive duration but was " + value);
        }
        return value;
    }
}
