package com.bytenite.sdk.core.http;

import com.bytenite.sdk.core.internal.Redactor;

/** How modules' value types show credentials they hold in {@code toString()}: masked, by the stack's own rules. */
public final class Redaction {
    private Redaction() {
    }

    /**
     * {@code url} for display: path segments that look like capability tokens and the whole query
     * (where signatures live) are masked; the host and the readable path stay.
     *
     * @param url the link to show, such as a signed download URL
     * @return the link with its tokens and query masked
     * @throws NullPointerException if {@code url} is null
     */
    public static String link(String url) {
        return Redactor.link(url);
    }
}
