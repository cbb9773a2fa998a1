/**
 * Module-facing service-provider interface: what the SDK's API modules build their services on
 * ({@link com.bytenite.sdk.core.spi.ServiceContext}, the {@link com.bytenite.sdk.core.spi.Operation}
 * each call is tagged with, {@link com.bytenite.sdk.core.spi.RequestSource}). Applications do not
 * need it; it may change between minor versions.
 */
package com.bytenite.sdk.core.spi;
