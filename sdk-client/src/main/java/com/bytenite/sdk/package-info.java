/**
 * The SDK's entry point, {@link com.bytenite.sdk.ByteNiteClient}: the four APIs on one shared
 * HTTP stack.
 */
package com.bytenite.sdk;
