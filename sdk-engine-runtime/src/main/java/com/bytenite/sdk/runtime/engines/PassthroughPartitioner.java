package com.bytenite.sdk.runtime.engines;

import com.bytenite.sdk.runtime.Partitioner;
import com.bytenite.sdk.runtime.PartitionerContext;
import java.nio.file.Path;

/** ByteNite's public {@code passthrough} partitioner: no fan-out, each source file becomes one chunk. */
public final class PassthroughPartitioner implements Partitioner {
    @Override
    public void run(PartitionerContext partitioner) throws Exception {
        for (Path file : partitioner.sourceFiles()) {
            partitioner.emitChunk(file);
        }
    }
}
