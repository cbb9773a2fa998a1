package com.bytenite.sdk.runtime;

/** Your partitioner: splits the input into chunks. */
@FunctionalInterface
public interface Partitioner {
    void run(PartitionerContext partitioner) throws Exception;
}
