package com.bytenite.sdk.local.internal.auth;

import com.bytenite.sdk.local.internal.server.ApiRequest;
import com.bytenite.sdk.local.internal.server.ApiResponse;
import com.bytenite.sdk.local.internal.server.Bodies;
import com.bytenite.sdk.local.internal.server.Router;
import com.google.gson.JsonObject;
import java.io.IOException;

/** The Auth API: the token exchange, and (as the account grows) keys, secrets and the user. */
public final class AuthRoutes {
    private static final String BASE = "/v1/auth";

    private final TokenIssuer tokens;

    public AuthRoutes(TokenIssuer tokens) {
        this.tokens = tokens;
    }

    public void register(Router router) {
        router.add("POST", BASE + "/access_token", this::accessToken, Router.Access.OPEN);
    }

    private ApiResponse accessToken(ApiRequest r) throws IOException {
        TokenIssuer.Issued issued = tokens.exchange(Bodies.requiredString(r.jsonObject(), "apiKey"));
        JsonObject o = new JsonObject();
        o.addProperty("token", issued.token());
        o.addProperty("expiresIn", Long.toString(issued.lifetime().toSeconds()));
        o.addProperty("scope", "all");
        return ApiResponse.json(o);
    }
}
