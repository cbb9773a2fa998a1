package com.bytenite.sdk.wallet.internal;

import com.bytenite.sdk.core.json.ByteNiteJson;
import com.bytenite.sdk.core.spi.ServiceContext;
import com.bytenite.sdk.wallet.internal.generated.api.CouponsApi;
import com.bytenite.sdk.wallet.internal.generated.api.TransactionsApi;
import com.bytenite.sdk.wallet.internal.generated.api.WalletApi;
import com.bytenite.sdk.wallet.internal.generated.invoker.ApiClient;
import com.bytenite.sdk.wallet.internal.generated.invoker.JSON;
import com.google.gson.Gson;

/**
 * The generated Wallet API client wired to the shared stack: the SDK's authenticated OkHttp
 * client, the {@code /v1/wallet} base path, and a Gson with the generated model adapters plus the
 * SDK's JSON conventions. Requests are built with the generated {@code …Call()} methods and sent
 * through {@link ServiceContext#execute}.
 */
public final class GeneratedWalletApi {
    private static final Gson GSON = ByteNiteJson.configure(JSON.getGson().newBuilder()).create();

    private final ApiClient client;

    public GeneratedWalletApi(ServiceContext context) {
        this.client = new ApiClient(context.apiClient());
        client.setBasePath(context.http().config().apiBaseUrl("wallet"));
    }

    /** Parses responses into the generated models. */
    public static Gson gson() {
        return GSON;
    }

    public WalletApi wallet() {
        return new WalletApi(client);
    }

    public TransactionsApi transactions() {
        return new TransactionsApi(client);
    }

    public CouponsApi coupons() {
        return new CouponsApi(client);
    }
}
