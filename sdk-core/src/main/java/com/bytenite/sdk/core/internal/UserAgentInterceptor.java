package com.bytenite.sdk.core.internal;

import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.Response;

/** Replaces the generated clients' {@code OpenAPI-Generator/…} User-Agent with the SDK's own. */
final class UserAgentInterceptor implements Interceptor {
    private final String userAgent;

    UserAgentInterceptor(String userAgent) {
        this.userAgent = userAgent;
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        return chain.proceed(chain.request().newBuilder().header("User-Agent", userAgent).build());
    }
}
