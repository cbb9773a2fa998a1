/**
 * The SDK's one exception tree. Everything is unchecked and extends {@link
 * com.bytenite.sdk.core.errors.ByteNiteException}:
 *
 * <ul>
 *   <li>{@link com.bytenite.sdk.core.errors.ByteNiteApiException}: the server answered with an error
 *       status; one subclass per documented status (400, 401, 403, 404, 409, 429, 5xx, other).
 *   <li>{@link com.bytenite.sdk.core.errors.MalformedResponseException}: a success status with a body
 *       that is not the documented JSON.
 *   <li>{@link com.bytenite.sdk.core.errors.ByteNiteNetworkException} and its subclass {@link
 *       com.bytenite.sdk.core.errors.ByteNiteTimeoutException}: no usable answer arrived.
 * </ul>
 *
 * <p>Messages never contain an API key, an access token, a secret key or a signed URL's query.
 * Invalid arguments are rejected before any request with {@link IllegalArgumentException} or
 * {@link NullPointerException} naming the field.
 */
package com.bytenite.sdk.core.errors;
