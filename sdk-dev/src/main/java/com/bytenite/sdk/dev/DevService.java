package com.bytenite.sdk.dev;

import com.bytenite.sdk.core.ByteNiteService;
import com.bytenite.sdk.core.ServerInfo;
import com.bytenite.sdk.core.spi.ServiceContext;
import com.bytenite.sdk.dev.internal.DevOperations;
import com.google.gson.JsonObject;

/**
 * The Developer API ({@code /v1/dev}): ship apps, engines and templates the way the ByteNite Dev
 * CLI does, then activate them, inspect them, and pull them back.
 *
 * <pre>{@code
 * DevService dev = client.dev();
 * PushResult pushed = dev.apps().push(Path.of("hello-world"));
 * dev.apps().activate(pushed.component().tag().toString());
 * dev.templates().push(Path.of("hello-world/template.json"));
 * }</pre>
 */
public final class DevService extends ByteNiteService<DevService> {
    private final DevCalls calls;

    /**
     * Services are made by {@code ByteNiteClient}; this constructor is for SDK modules and tests.
     *
     * @param context the shared HTTP stack and the options this view sends with
     */
    public DevService(ServiceContext context) {
        super(context, DevService::new);
        this.calls = new DevCalls(context);
    }

    /**
     * Your apps, with this view's options.
     *
     * @return a new apps service on the same stack
     */
    public ComponentsService apps() {
        return new ComponentsService(context(), ComponentKind.APP);
    }

    /**
     * Your engines (partitioners and assemblers), with this view's options.
     *
     * @return a new engines service on the same stack
     */
    public ComponentsService engines() {
        return new ComponentsService(context(), ComponentKind.ENGINE);
    }

    /**
     * Your templates, with this view's options.
     *
     * @return a new templates service on the same stack
     */
    public DevTemplatesService templates() {
        return new DevTemplatesService(context());
    }

    /**
     * The Dev API's version and messages ({@code GET /v1/dev/info}).
     *
     * @return the information as the server sent it
     */
    public ServerInfo info() {
        return calls.call(DevOperations.GET_INFO, () -> calls.api().info().getInfoCall(null).request(), JsonObject.class,
                ServerInfo::fromJson);
    }
}
