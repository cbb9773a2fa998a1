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

    /** Services are made by {@code ByteNiteClient}; this constructor is for SDK modules and tests. */
    public DevService(ServiceContext context) {
        super(context, DevService::new);
        this.calls = new DevCalls(context);
    }

    /** Your apps, with this view's options. */
    public ComponentsService apps() {
        return new ComponentsService(context(), ComponentKind.APP);
    }

    /** Your engines (partitioners and assemblers), with this view's options. */
    public ComponentsService engines() {
        return new ComponentsService(context(), ComponentKind.ENGINE);
    }

    /** Your templates, with this view's options. */
    public DevTemplatesService templates() {
        return new DevTemplatesService(context());
    }

    /** The Dev API's version and messages. */
    public ServerInfo info() {
        return calls.call(DevOperations.GET_INFO, () -> calls.api().info().getInfoCall(null).request(), JsonObject.class,
                ServerInfo::fromJson);
    }
}
