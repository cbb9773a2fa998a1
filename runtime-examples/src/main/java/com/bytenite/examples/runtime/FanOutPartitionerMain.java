package com.bytenite.examples.runtime;

import com.bytenite.sdk.runtime.Run;
import com.bytenite.sdk.runtime.engines.FanOutPartitioner;

/** A fan-out partitioner engine in Java: the input copied {@code params.num_replicas} times. */
public final class FanOutPartitionerMain {
    private FanOutPartitionerMain() {
    }

    public static void main(String[] args) {
        Run.partitioner(new FanOutPartitioner());
    }
}
