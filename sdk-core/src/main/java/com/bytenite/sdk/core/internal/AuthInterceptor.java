package com.bytenite.sdk.core.internal;

import com.bytenite.sdk.core.AuthScheme;
import java.io.IOException;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Puts the current access token into {@code Authorization}, only on requests to the configured
 * ByteNite server: a token must never travel to a signed storage URL or any other host.
 */
final class AuthInterceptor implements Interceptor {
    private final TokenManager tokens;
    private final AuthScheme scheme;
    private final HttpUrl server;

    AuthInterceptor(TokenManager tokens, AuthScheme scheme, HttpUrl server) {
        this.tokens = tokens;
        this.scheme = scheme;
        this.server = server;
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        Request request = chain.request();
        if (!isSameServer(request.url(), server)) {
            return chain.proceed(request.newBuilder().removeHeader("Authorization").build());
        }
        return chain.proceed(request.newBuilder()
                .header("Authorization", scheme.headerValue(tokens.token()))
                .build());
    }

    static boolean isSameServer(HttpUrl url, HttpUrl server) {
        return url.scheme().equals(server.scheme()) && url.host().equalsIgnoreCase(server.host()) && url.port() == server.port();
    }
}
