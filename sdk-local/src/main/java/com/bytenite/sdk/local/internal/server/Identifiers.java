package com.bytenite.sdk.local.internal.server;

import java.util.regex.Pattern;

/**
 * The identifiers that become folder or file names on this server (job ids, app and engine names,
 * template ids, users): 1 to 128 characters of {@code A-Z a-z 0-9 . _ -}, starting with a letter or
 * a digit, so none can be {@code .}, {@code ..}, a path or a hidden file. Checked where a request
 * enters, answering 400 with the field's name; ids of that shape (UUIDs, ByteNite's own) pass.
 */
public final class Identifiers {
    public static final int MAX_LENGTH = 128;
    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0," + (MAX_LENGTH - 1) + "}");

    private Identifiers() {
    }

    /** @return {@code value} when it is safe as one path segment; 400 naming {@code field} otherwise */
    public static String require(String value, String field) {
        if (!isSafe(value)) {
            throw ApiException.badRequest(field + " must be 1 to " + MAX_LENGTH + " characters of letters, digits, '.', '_' or '-', "
                    + "starting with a letter or digit; was '" + printable(value) + "'");
        }
        return value;
    }

    public static boolean isSafe(String value) {
        return value != null && SAFE.matcher(value).matches();
    }

    /** The value as it may be echoed in an error: bounded and without control characters. */
    private static String printable(String value) {
        if (value == null) {
            return "";
        }
        String cut = value.length() > 64 ? value.substring(0, 64) + "…" : value;
        return cut.replaceAll("\\p{Cntrl}", "?");
    }
}
