package com.bytenite.sdk.core;

import java.util.Locale;

/**
 * How the SDK logs its HTTP exchanges (logger {@code com.bytenite.sdk.http}). Whatever the level,
 * headers are never logged and credentials are masked.
 */
public enum HttpLogging {
    /** No exchange is logged. */
    OFF,
    /** One DEBUG line per exchange, and the JSON bodies at TRACE: the logging configuration decides. The default. */
    DEBUG,
    /** One INFO line per exchange, seen under most default logging configurations; bodies are not logged. */
    INFO;

    /**
     * Reads {@code off}, {@code debug} or {@code info}, in any case.
     *
     * @param value the text
     * @return the level
     * @throws IllegalArgumentException for any other text
     */
    public static HttpLogging parse(String value) {
        switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "off":
                return OFF;
            case "debug":
                return DEBUG;
            case "info":
                return INFO;
            default:
                throw new IllegalArgumentException("expected 'off', 'debug' or 'info' but was '" + value + "'");
        }
    }
}
