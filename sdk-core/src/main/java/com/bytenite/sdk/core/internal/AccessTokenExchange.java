package com.bytenite.sdk.core.internal;

import com.bytenite.sdk.core.ByteNiteConfig;
import com.bytenite.sdk.core.errors.MalformedResponseException;
import com.bytenite.sdk.core.json.ByteNiteJson;
import com.bytenite.sdk.core.spi.Operation;
import com.google.gson.Gson;
import com.google.gson.JsonObject;
import java.lang.reflect.Type;
import java.time.Clock;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;

/**
 * Exchanges the API key at {@code POST /v1/auth/access_token} ({@code {"apiKey"}} →
 * {@code {"token", "expiresIn": "3600", "scope"}}). Written by hand rather than with the generated
 * auth client so that sdk-core does not depend on an API module.
 */
public final class AccessTokenExchange implements TokenSource {
    /** Repeating an exchange only issues another token, so it is safe to retry. */
    public static final Operation OPERATION = Operation.idempotent("auth.getAccessToken");
    private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");

    /** Sends the exchange without credentials and parses the answer; supplied by {@code ByteNiteHttp}. */
    @FunctionalInterface
    public interface Sender {
        AccessToken send(Operation operation, Request request, Gson gson, Type type);
    }

    private final String apiKey;
    private final String url;
    private final Clock clock;
    private final Sender sender;

    public AccessTokenExchange(String apiKey, ByteNiteConfig config, Clock clock, Sender sender) {
        this.apiKey = apiKey;
        this.url = config.apiBaseUrl("auth") + "/access_token";
        this.clock = clock;
        this.sender = sender;
    }

    @Override
    public AccessToken fetch() {
        JsonObject body = new JsonObject();
        body.addProperty("apiKey", apiKey);
        Request request = new Request.Builder()
                .url(url)
                .post(RequestBody.create(body.toString(), JSON))
                .tag(Operation.class, OPERATION)
                .build();
        Gson gson = ByteNiteJson.gson().newBuilder()
                .registerTypeAdapter(AccessToken.class, (com.google.gson.JsonDeserializer<AccessToken>) (json, t, ctx) -> {
                    TokenResponse r = ctx.deserialize(json, TokenResponse.class);
                    if (r == null || r.token == null || r.token.isEmpty()) {
                        throw new com.google.gson.JsonParseException("the answer has no token");
                    }
                    java.time.Duration lifetime = TokenManager.lifetime(r.expiresIn);
                    return new AccessToken(r.token, clock.instant().plus(lifetime), lifetime, r.scope);
                })
                .create();
        AccessToken token = sender.send(OPERATION, request, gson, AccessToken.class);
        if (token == null) {
            throw new MalformedResponseException(OPERATION.name(), 200, null, "<empty>", null);
        }
        return token;
    }

    /** The documented answer; {@code expiresIn} arrives as a string and is read by the int64 adapter. */
    private static final class TokenResponse {
        String token;
        Long expiresIn;
        String scope;
    }
}
