package com.bytenite.sdk.core.telemetry;

/**
 * A call about to be sent.
 *
 * @param callId unique within the client; the same id is on the call's retries and end
 * @param operation the API operation, such as {@code customer.getJob}, or {@code storage.upload}
 * @param method the HTTP method
 * @param path the URL's path (ids included; never a query string)
 */
public record CallStarted(long callId, String operation, String method, String path) {
}
