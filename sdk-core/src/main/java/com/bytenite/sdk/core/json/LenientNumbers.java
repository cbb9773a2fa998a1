package com.bytenite.sdk.core.json;

import java.math.BigDecimal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Numbers the API sends as text in fields that are informative only (a file's size, a coupon's
 * amount): one that does not parse must not fail the whole call. The caller keeps the raw text and
 * leaves the typed value empty; one WARN line (logger {@code com.bytenite.sdk.json}) says which
 * field of which operation was odd.
 */
public final class LenientNumbers {
    private static final Logger LOG = LoggerFactory.getLogger("com.bytenite.sdk.json");
    private static final int SHOWN = 40;

    private LenientNumbers() {
    }

    /**
     * The 64-bit integer in {@code raw}; null when absent, blank or not an integer.
     *
     * @param raw the text as the server sent it; surrounding spaces are ignored
     * @param operation the operation's name, for the WARN line
     * @param field the field's name, for the WARN line
     * @return the integer, or null (with a WARN line when {@code raw} held text that is not an integer)
     */
    public static Long int64(String raw, String operation, String field) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(raw.trim());
        } catch (NumberFormatException e) {
            warn(raw, operation, field, "an integer");
            return null;
        }
    }

    /**
     * The exact decimal in {@code raw}; null when absent, blank or not a number.
     *
     * @param raw the text as the server sent it; surrounding spaces are ignored
     * @param operation the operation's name, for the WARN line
     * @param field the field's name, for the WARN line
     * @return the decimal, or null (with a WARN line when {@code raw} held text that is not a number)
     */
    public static BigDecimal decimal(String raw, String operation, String field) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(raw.trim());
        } catch (NumberFormatException e) {
            warn(raw, operation, field, "a decimal number");
            return null;
        }
    }

    private static void warn(String raw, String operation, String field, String expected) {
        String shown = raw.length() > SHOWN ? raw.substring(0, SHOWN) + "…" : raw;
        LOG.warn("{}: {} is not {} ('{}'); kept as text, its number left empty", operation, field, expected,
                shown.replaceAll("\\p{Cntrl}", "?"));
    }
}
