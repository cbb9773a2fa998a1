package com.bytenite.sdk.jobs;

import com.bytenite.sdk.core.http.ByteNiteHttp;
import com.bytenite.sdk.core.paging.Page;
import com.bytenite.sdk.core.spi.Operation;
import com.bytenite.sdk.core.spi.Pagination;
import com.bytenite.sdk.core.spi.RequestSource;
import com.bytenite.sdk.core.spi.ServiceContext;
import com.bytenite.sdk.jobs.internal.GeneratedCustomerApi;
import com.bytenite.sdk.jobs.internal.generated.model.PaginationDto;
import com.google.gson.Gson;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import okhttp3.HttpUrl;

/**
 * What the Customer API's services share: the generated client (one per stack), the route's base
 * URL, the Gson that reads the answers, and sending through the service's context.
 */
final class CustomerCalls {
    /** The generated models' Gson, plus the streaming job reader for job answers. */
    static final Gson GSON = GeneratedCustomerApi.gson().newBuilder()
            .registerTypeAdapter(JobReader.Answer.class, JobReader.ANSWER)
            .create();

    private final ServiceContext context;
    private final GeneratedCustomerApi api;
    private final HttpUrl base;

    CustomerCalls(ServiceContext context) {
        this.context = context;
        this.api = context.shared(GeneratedCustomerApi.class, () -> new GeneratedCustomerApi(context));
        this.base = HttpUrl.get(http().config().apiBaseUrl(http().config().customerRoute().segment()));
    }

    ServiceContext context() {
        return context;
    }

    ByteNiteHttp http() {
        return context.http();
    }

    GeneratedCustomerApi api() {
        return api;
    }

    /** The route's base URL ({@code …/v1/customer} or {@code …/v1/computing}), for requests built by hand. */
    HttpUrl.Builder url() {
        return base.newBuilder();
    }

    <T, R> R call(Operation op, RequestSource source, Type type, Function<T, R> mapper) {
        return context.execute(op, source, GSON, type, mapper);
    }

    static <G, T> Page<T> page(PaginationDto p, List<G> rows, Function<G, T> mapper) {
        List<T> items = new ArrayList<>();
        if (rows != null) {
            rows.forEach(row -> items.add(mapper.apply(row)));
        }
        return p == null ? Page.of(items, null, null, null) : Pagination.page(items, p.getTotal(), p.getOffset(), p.getHasNext());
    }
}
