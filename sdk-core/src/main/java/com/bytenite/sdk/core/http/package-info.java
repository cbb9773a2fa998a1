/**
 * The shared HTTP stack that every API module sends its calls through: {@link com.bytenite.sdk.core.http.ByteNiteHttp}, the {@link com.bytenite.sdk.core.spi.Operation} each call is tagged with, and small helpers for building requests safely.
 */
package com.bytenite.sdk.core.http;
