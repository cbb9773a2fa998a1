package com.bytenite.sdk.local;

import com.bytenite.sdk.local.run.ComponentCatalog.Kind;
import com.bytenite.sdk.local.run.EchoApp;
import com.bytenite.sdk.local.run.PassthroughEngines;
import com.bytenite.sdk.local.run.RegisteredComponents;

/** The components every Local ByteNite has: the {@code echo} app and ByteNite's public engines. */
final class BuiltInComponents {
    private BuiltInComponents() {
    }

    static RegisteredComponents registered() {
        return new RegisteredComponents()
                .register(Kind.APP, "echo", new EchoApp())
                .register(Kind.PARTITIONER, "passthrough", PassthroughEngines.PARTITIONER)
                .register(Kind.ASSEMBLER, "passthrough", PassthroughEngines.ASSEMBLER);
    }
}
