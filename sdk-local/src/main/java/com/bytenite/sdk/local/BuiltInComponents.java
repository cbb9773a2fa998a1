package com.bytenite.sdk.local;

import com.bytenite.sdk.local.run.ComponentCatalog.Kind;
import com.bytenite.sdk.local.run.EchoApp;
import com.bytenite.sdk.local.run.RuntimeEngines;
import com.bytenite.sdk.runtime.engines.FanOutPartitioner;
import com.bytenite.sdk.runtime.engines.PassthroughAssembler;
import com.bytenite.sdk.runtime.engines.PassthroughPartitioner;
import com.bytenite.sdk.local.run.RegisteredComponents;
import com.bytenite.sdk.runtime.engines.ZipAssembler;

/** The components every Local ByteNite has: the {@code echo} app and ByteNite's public engines. */
final class BuiltInComponents {
    static final String BUILT_IN = "built in";
    private BuiltInComponents() {
    }

    static RegisteredComponents registered() {
        return new RegisteredComponents()
                .register(Kind.APP, "echo", new EchoApp(), BUILT_IN)
                .register(Kind.PARTITIONER, "passthrough", RuntimeEngines.partitioner(new PassthroughPartitioner()), BUILT_IN)
                .register(Kind.PARTITIONER, "fanout-replica", RuntimeEngines.partitioner(new FanOutPartitioner()), BUILT_IN)
                .register(Kind.ASSEMBLER, "passthrough", RuntimeEngines.assembler(new PassthroughAssembler()), BUILT_IN)
                .register(Kind.ASSEMBLER, "zipper", RuntimeEngines.assembler(new ZipAssembler()), BUILT_IN);
    }
}
