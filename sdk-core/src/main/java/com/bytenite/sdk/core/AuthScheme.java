package com.bytenite.sdk.core;

/**
 * How the access token is written into the {@code Authorization} header.
 *
 * <p>Every code example in ByteNite's documentation sends the bare token; one Postman tip and an
 * older integration send {@code Bearer <token>}. Which forms the server accepts is not documented,
 * so the scheme is configurable and defaults to {@link #BARE}.
 */
public enum AuthScheme {
    /** {@code Authorization: <token>}, as in the documentation's examples. The default. */
    BARE,
    /** {@code Authorization: Bearer <token>}. */
    BEARER;

    /**
     * Formats the header value for {@code token}.
     *
     * @param token the access token
     * @return the {@code Authorization} header's value: the token, prefixed with {@code Bearer } for {@link #BEARER}
     */
    public String headerValue(String token) {
        return this == BEARER ? "Bearer " + token : token;
    }
}
