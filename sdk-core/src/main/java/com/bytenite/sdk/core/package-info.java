/**
 * The configuration a ByteNite client is built from: {@link com.bytenite.sdk.core.ByteNiteConfig} (builder and environment), {@link com.bytenite.sdk.core.RetrySettings}, {@link com.bytenite.sdk.core.AuthScheme} and {@link com.bytenite.sdk.core.CustomerRoute}.
 */
package com.bytenite.sdk.core;
