package com.bytenite.sdk.dev;

import com.bytenite.sdk.core.paging.Page;
import com.bytenite.sdk.core.spi.Operation;
import com.bytenite.sdk.core.spi.Pagination;
import com.bytenite.sdk.core.spi.RequestSource;
import com.bytenite.sdk.core.spi.ServiceContext;
import com.bytenite.sdk.dev.internal.GeneratedDevApi;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import okhttp3.HttpUrl;

/**
 * What the Developer API's services share: the generated client (one per stack), the API's base
 * URL, sending through the service's context, and reading its paged answers.
 */
final class DevCalls {
    private final ServiceContext context;
    private final GeneratedDevApi api;
    private final HttpUrl base;

    DevCalls(ServiceContext context) {
        this.context = context;
        this.api = context.shared(GeneratedDevApi.class, () -> new GeneratedDevApi(context));
        this.base = HttpUrl.get(context.http().config().apiBaseUrl("dev"));
    }

    ServiceContext context() {
        return context;
    }

    GeneratedDevApi api() {
        return api;
    }

    /** The API's base URL ({@code …/v1/dev}), for requests built by hand. */
    HttpUrl.Builder url() {
        return base.newBuilder();
    }

    <T, R> R call(Operation op, RequestSource source, Class<T> type, Function<T, R> mapper) {
        return context.execute(op, source, GeneratedDevApi.gson(), type, mapper);
    }

    static <T> Page<T> page(JsonObject root, String arrayName, Function<JsonObject, T> row) {
        List<T> rows = new ArrayList<>();
        JsonElement data = root.get(arrayName);
        if (data != null && data.isJsonArray()) {
            data.getAsJsonArray().forEach(e -> rows.add(row.apply(e.getAsJsonObject())));
        }
        return Pagination.page(rows, root);
    }

    static String text(JsonObject o, String key) {
        JsonElement e = o.get(key);
        return e != null && e.isJsonPrimitive() ? e.getAsString() : null;
    }
}
