package com.bytenite.sdk.auth.internal;

import com.bytenite.sdk.auth.internal.generated.api.ApiKeysApi;
import com.bytenite.sdk.auth.internal.generated.api.InfoApi;
import com.bytenite.sdk.auth.internal.generated.api.SecretsApi;
import com.bytenite.sdk.auth.internal.generated.api.SessionApi;
import com.bytenite.sdk.auth.internal.generated.api.TokensApi;
import com.bytenite.sdk.auth.internal.generated.api.UsersApi;
import com.bytenite.sdk.auth.internal.generated.invoker.ApiClient;
import com.bytenite.sdk.auth.internal.generated.invoker.JSON;
import com.bytenite.sdk.core.json.ByteNiteJson;
import com.bytenite.sdk.core.spi.ServiceContext;
import com.google.gson.Gson;

/**
 * The generated Authentication API client wired to the shared stack: the SDK's authenticated
 * OkHttp client, the {@code /v1/auth} base path, and a Gson with the generated model adapters
 * plus the SDK's JSON conventions. Requests are built with the generated {@code …Call()} methods
 * and sent through {@link ServiceContext#execute}. The token exchange is not sent from here: it must
 * not carry a token, and {@code execute} always adds one, so the facade runs sdk-core's own exchange
 * instead ({@code ByteNiteHttp#exchangeApiKey}); {@link #tokens()} remains so every generated API has
 * its accessor.
 */
public final class GeneratedAuthApi {
    private static final Gson GSON = ByteNiteJson.configure(JSON.getGson().newBuilder()).create();

    private final ApiClient client;

    public GeneratedAuthApi(ServiceContext context) {
        this.client = new ApiClient(context.apiClient());
        client.setBasePath(context.http().config().apiBaseUrl("auth"));
    }

    /** Parses responses into the generated models. */
    public static Gson gson() {
        return GSON;
    }

    public TokensApi tokens() {
        return new TokensApi(client);
    }

    public ApiKeysApi apiKeys() {
        return new ApiKeysApi(client);
    }

    public SecretsApi secrets() {
        return new SecretsApi(client);
    }

    public UsersApi users() {
        return new UsersApi(client);
    }

    public SessionApi session() {
        return new SessionApi(client);
    }

    public InfoApi info() {
        return new InfoApi(client);
    }
}
