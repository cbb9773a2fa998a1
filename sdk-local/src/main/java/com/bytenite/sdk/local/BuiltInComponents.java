package com.bytenite.sdk.local;

import com.bytenite.sdk.local.ComponentRole;
import com.bytenite.sdk.local.internal.run.EchoApp;
import com.bytenite.sdk.local.internal.run.RegisteredComponents;
import com.bytenite.sdk.local.internal.run.RuntimeEngines;
import com.bytenite.sdk.runtime.engines.FanOutPartitioner;
import com.bytenite.sdk.runtime.engines.PassthroughAssembler;
import com.bytenite.sdk.runtime.engines.PassthroughPartitioner;
import com.bytenite.sdk.runtime.engines.ZipAssembler;

/** The components every Local ByteNite has: the {@code echo} app and ByteNite's public engines. */
final class BuiltInComponents {
    static final String BUILT_IN = "built in";
    private BuiltInComponents() {
    }

    static RegisteredComponents registered() {
        return new RegisteredComponents()
                .register(ComponentRole.APP, "echo", new EchoApp(), BUILT_IN)
                .register(ComponentRole.PARTITIONER, "passthrough", RuntimeEngines.partitioner(new PassthroughPartitioner()), BUILT_IN)
                .register(ComponentRole.PARTITIONER, "fanout-replica", RuntimeEngines.partitioner(new FanOutPartitioner()), BUILT_IN)
                .register(ComponentRole.ASSEMBLER, "passthrough", RuntimeEngines.assembler(new PassthroughAssembler()), BUILT_IN)
                .register(ComponentRole.ASSEMBLER, "zipper", RuntimeEngines.assembler(new ZipAssembler()), BUILT_IN);
    }
}
