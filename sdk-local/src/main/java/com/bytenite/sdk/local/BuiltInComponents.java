package com.bytenite.sdk.local;

import com.bytenite.sdk.local.run.ComponentCatalog.Kind;
import com.bytenite.sdk.local.run.EchoApp;
import com.bytenite.sdk.local.run.RuntimeEngines;
import com.bytenite.sdk.runtime.engines.FanOutPartitioner;
import com.bytenite.sdk.runtime.engines.PassthroughAssembler;
import com.bytenite.sdk.runtime.engines.PassthroughPartitioner;
import com.bytenite.sdk.runtime.engines.ZipAssembler;
import com.bytenite.sdk.local.run.RegisteredComponents;

/** The components every Local ByteNite has: the {@code echo} app and ByteNite's public engines. */
final class BuiltInComponents {
    private BuiltInComponents() {
    }

    static RegisteredComponents registered() {
        return new RegisteredComponents()
                .register(Kind.APP, "echo", new EchoApp())
                .register(Kind.PARTITIONER, "passthrough", RuntimeEngines.partitioner(new PassthroughPartitioner()))
                .register(Kind.PARTITIONER, "fanout-replica", RuntimeEngines.partitioner(new FanOutPartitioner()))
                .register(Kind.ASSEMBLER, "passthrough", RuntimeEngines.assembler(new PassthroughAssembler()))
                .register(Kind.ASSEMBLER, "zipper", RuntimeEngines.assembler(new ZipAssembler()));
    }
}
