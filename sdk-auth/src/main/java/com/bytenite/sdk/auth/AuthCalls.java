package com.bytenite.sdk.auth;

import com.bytenite.sdk.auth.internal.GeneratedAuthApi;
import com.bytenite.sdk.core.spi.Operation;
import com.bytenite.sdk.core.spi.RequestSource;
import com.bytenite.sdk.core.spi.ServiceContext;
import java.util.function.Function;

/** What the Authentication API's services share: the generated client (one per stack) and sending through the service's context. */
final class AuthCalls {
    private final ServiceContext context;
    private final GeneratedAuthApi api;

    AuthCalls(ServiceContext context) {
        this.context = context;
        this.api = context.shared(GeneratedAuthApi.class, () -> new GeneratedAuthApi(context));
    }

    GeneratedAuthApi api() {
        return api;
    }

    <T, R> R call(Operation op, RequestSource source, Class<T> type, Function<T, R> mapper) {
        return context.execute(op, source, GeneratedAuthApi.gson(), type, mapper);
    }

    /**
     * For the calls whose success body is undocumented: any JSON passes unless it is the envelope
     * saying {@code "ok": false}, which the shared stack turns into an exception.
     */
    void callForStatus(Operation op, RequestSource source) {
        context.executeForStatus(op, source);
    }
}
