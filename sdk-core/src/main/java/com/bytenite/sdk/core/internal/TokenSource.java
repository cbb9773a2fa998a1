package com.bytenite.sdk.core.internal;

/** Obtains a new access token; throws a {@code ByteNiteException} when it cannot. */
@FunctionalInterface
public interface TokenSource {
    AccessToken fetch();
}
