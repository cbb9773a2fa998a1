package com.bytenite.sdk.runtime.engines;

import com.bytenite.sdk.runtime.ComponentException;
import com.bytenite.sdk.runtime.Partitioner;
import com.bytenite.sdk.runtime.PartitionerContext;
import java.nio.file.Path;

/**
 * ByteNite's public {@code fanout-replica} partitioner: every source file copied
 * {@code num_replicas} times (params, default 1), each copy a chunk, so that many tasks work on the
 * same data. No source files, no chunks.
 */
public final class FanOutPartitioner implements Partitioner {
    static final int MAX_REPLICAS = 10_000;

    @Override
    public void run(PartitionerContext partitioner) throws Exception {
        String text = partitioner.params().string("num_replicas", "1");
        int replicas;
        try {
            replicas = Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            throw new ComponentException("PARTITIONER_PARAMS.num_replicas must be an integer but is '" + text + "'");
        }
        if (replicas < 1 || replicas > MAX_REPLICAS) {
            throw new ComponentException("PARTITIONER_PARAMS.num_replicas must be between 1 and " + MAX_REPLICAS + " but is " + replicas);
        }
        for (Path source : partitioner.sourceFiles()) {
            for (int i = 0; i < replicas; i++) {
                partitioner.emitChunk(source);
            }
        }
    }
}
