package com.bytenite.sdk.core.internal;

import com.bytenite.sdk.core.AuthScheme;
import java.util.Optional;
import okhttp3.Authenticator;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.Route;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * On a 401 from the ByteNite server: renew the token once and replay the call once. A second 401
 * (or no way to renew) returns null, so the 401 reaches the caller as an authentication error.
 * Replaying is safe for every call, creating ones included: a 401 means the request was refused.
 */
final class TokenAuthenticator implements Authenticator {
    private static final Logger LOG = LoggerFactory.getLogger("com.bytenite.sdk.auth");

    private final TokenManager tokens;
    private final AuthScheme scheme;

    TokenAuthenticator(TokenManager tokens, AuthScheme scheme) {
        this.tokens = tokens;
        this.scheme = scheme;
    }

    @Override
    public Request authenticate(Route route, Response response) {
        Request rejected = response.request();
        String header = rejected.header("Authorization");
        if (header == null || response.priorResponse() != null) {
            return null;
        }
        String rejectedToken = scheme == AuthScheme.BEARER && header.startsWith("Bearer ") ? header.substring(7) : header;
        Optional<String> fresh = tokens.renewAfterRejection(rejectedToken);
        if (fresh.isEmpty()) {
            return null;
        }
        LOG.debug("{} {} answered 401; replaying once with a renewed token", rejected.method(), rejected.url().encodedPath());
        return rejected.newBuilder().header("Authorization", scheme.headerValue(fresh.get())).build();
    }
}
