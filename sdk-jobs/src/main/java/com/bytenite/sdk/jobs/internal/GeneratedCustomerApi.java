package com.bytenite.sdk.jobs.internal;

import com.bytenite.sdk.core.json.ByteNiteJson;
import com.bytenite.sdk.core.spi.ServiceContext;
import com.bytenite.sdk.jobs.internal.generated.api.DataSourcesApi;
import com.bytenite.sdk.jobs.internal.generated.api.EventsApi;
import com.bytenite.sdk.jobs.internal.generated.api.InfoApi;
import com.bytenite.sdk.jobs.internal.generated.api.JobsApi;
import com.bytenite.sdk.jobs.internal.generated.api.LogsApi;
import com.bytenite.sdk.jobs.internal.generated.api.TemplatesApi;
import com.bytenite.sdk.jobs.internal.generated.invoker.ApiClient;
import com.bytenite.sdk.jobs.internal.generated.invoker.JSON;
import com.google.gson.Gson;

/**
 * The generated Customer (Jobs) API client wired to the shared stack: the SDK's authenticated
 * OkHttp client, the configured route ({@code /v1/customer} or {@code /v1/computing}), and a Gson
 * with the generated model adapters plus the SDK's JSON conventions. Requests are built with the
 * generated {@code …Call()} methods and sent through {@link ServiceContext#execute}.
 */
public final class GeneratedCustomerApi {
    private static final Gson GSON = ByteNiteJson.configure(JSON.getGson().newBuilder()).create();

    private final ApiClient client;

    public GeneratedCustomerApi(ServiceContext context) {
        this.client = new ApiClient(context.apiClient());
        client.setBasePath(context.http().config().apiBaseUrl(context.http().config().customerRoute().segment()));
    }

    /** Parses responses into the generated models. */
    public static Gson gson() {
        return GSON;
    }

    public JobsApi jobs() {
        return new JobsApi(client);
    }

    public TemplatesApi templates() {
        return new TemplatesApi(client);
    }

    public DataSourcesApi dataSources() {
        return new DataSourcesApi(client);
    }

    public LogsApi logs() {
        return new LogsApi(client);
    }

    public EventsApi events() {
        return new EventsApi(client);
    }

    public InfoApi info() {
        return new InfoApi(client);
    }
}
