package com.bytenite.sdk.local.internal.server;

/** Turns an {@code Authorization} header into the user it belongs to. */
@FunctionalInterface
public interface Authenticator {
    /**
     * @param authorization the header as sent (a bare token or {@code Bearer <token>}), or null
     * @return the user id
     * @throws ApiException 401 when the token is missing, unknown or expired
     */
    String principal(String authorization);
}
