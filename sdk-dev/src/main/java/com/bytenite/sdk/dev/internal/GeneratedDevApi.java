package com.bytenite.sdk.dev.internal;

import com.bytenite.sdk.core.json.ByteNiteJson;
import com.bytenite.sdk.core.spi.ServiceContext;
import com.bytenite.sdk.dev.internal.generated.api.AppsApi;
import com.bytenite.sdk.dev.internal.generated.api.EnginesApi;
import com.bytenite.sdk.dev.internal.generated.api.InfoApi;
import com.bytenite.sdk.dev.internal.generated.api.TemplatesApi;
import com.bytenite.sdk.dev.internal.generated.invoker.ApiClient;
import com.bytenite.sdk.dev.internal.generated.invoker.JSON;
import com.google.gson.Gson;

/**
 * The generated Developer API client wired to the shared stack: the SDK's authenticated OkHttp
 * client, the {@code /v1/dev} base path, and a Gson that has the generated model adapters plus
 * the SDK's JSON conventions. Requests are built with the generated {@code …Call()} methods and
 * sent through {@link ServiceContext#execute}; the generated {@code execute} path (static Gson, raw
 * exceptions) is never used.
 */
public final class GeneratedDevApi {
    private static final Gson GSON = ByteNiteJson.configure(JSON.getGson().newBuilder()).create();

    private final ApiClient client;

    public GeneratedDevApi(ServiceContext context) {
        this.client = new ApiClient(context.apiClient());
        client.setBasePath(context.http().config().apiBaseUrl("dev"));
    }

    /** Parses responses into the generated models. */
    public static Gson gson() {
        return GSON;
    }

    public AppsApi apps() {
        return new AppsApi(client);
    }

    public EnginesApi engines() {
        return new EnginesApi(client);
    }

    public TemplatesApi templates() {
        return new TemplatesApi(client);
    }

    public InfoApi info() {
        return new InfoApi(client);
    }
}
