/**
 * The SDK's one Gson setup for ByteNite's wire conventions (int64 as strings, RFC 3339 instants, exact decimals).
 */
package com.bytenite.sdk.core.json;
