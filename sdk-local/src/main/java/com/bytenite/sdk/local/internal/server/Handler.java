package com.bytenite.sdk.local.internal.server;

/** Answers one route. Throw {@link ApiException} for an error answer. */
@FunctionalInterface
public interface Handler {
    ApiResponse handle(ApiRequest request) throws Exception;
}
