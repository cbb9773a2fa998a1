/**
 * The shared HTTP stack ({@link com.bytenite.sdk.core.http.ByteNiteHttp}): its configuration,
 * clock and token, the raw token exchange, and small helpers for checking arguments. Modules build
 * their services on its {@link com.bytenite.sdk.core.spi.ServiceContext}.
 */
package com.bytenite.sdk.core.http;
